import fs from "node:fs";
import path from "node:path";

/**
 * The folder graph of lib/: an edge A → B when a (non-test) file in folder A imports a module in folder B, through
 * `@/…` or a relative path, type-only imports included. Used by tests/unit/layers.test.ts.
 */
export const ROOT = path.resolve(import.meta.dirname, "../..");

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"'\n]+)["']/g;
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx", ""];

/** The .ts/.tsx files below a folder, without tests and generated code (also used by tests/support/gender-forms.ts). */
export function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, out);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

function resolveModule(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith("./") || specifier.startsWith("../")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The modules a file loads when it loads: static imports and re-exports, not `import type` and not `import()`. */
const STATIC_SPECIFIER = /^\s*(?:import|export)\s+(?!type\s)(?:[^;"']*?\sfrom\s*)?["']([^"'\n]+)["']/gm;

/**
 * The packages (bare specifiers such as "zod") that the browser loads with the first paint of every page: everything
 * the client components reachable from the given entry files (the root layout, its 404 page) import statically,
 * through project files. A file is a client component from its `"use client"` on, and so is all it imports.
 */
export function firstLoadClientPackages(entries: string[]): Map<string, string> {
  const packages = new Map<string, string>(); // package → the client file that imports it
  const visited = new Set<string>();
  const queue = entries.map((entry) => ({ file: path.join(ROOT, entry), client: false }));
  while (queue.length > 0) {
    const { file, client: inherited } = queue.shift()!;
    const key = `${file}:${inherited}`;
    if (visited.has(key)) continue;
    visited.add(key);
    const source = fs.readFileSync(file, "utf8");
    const client = inherited || /^\s*["']use client["']/.test(source);
    for (const [, specifier] of source.matchAll(STATIC_SPECIFIER)) {
      const target = resolveModule(file, specifier!);
      if (target) queue.push({ file: target, client });
      else if (client && !specifier!.startsWith(".") && !specifier!.startsWith("@/") && !packages.has(specifier!)) packages.set(specifier!, path.relative(ROOT, file));
    }
  }
  return packages;
}

export type FolderGraph = Map<string, Set<string>>;

export function libFolderGraph(): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const file of sourceFiles(path.join(ROOT, "lib"))) {
    const from = path.relative(ROOT, path.dirname(file));
    for (const [, specifier] of fs.readFileSync(file, "utf8").matchAll(SPECIFIER)) {
      const target = resolveModule(file, specifier!);
      if (!target) continue;
      const to = path.relative(ROOT, path.dirname(target));
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** Every cycle of folders, each as the path A → … → A (one per strongly connected component). */
export function folderCycles(graph: FolderGraph): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  for (const start of graph.keys()) {
    if (done.has(start)) continue;
    // Depth-first search for a path back to `start`.
    const stack: { node: string; path: string[] }[] = [{ node: start, path: [start] }];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const { node, path: trail } = stack.pop()!;
      for (const next of graph.get(node) ?? []) {
        if (next === start) {
          cycles.push([...trail, start]);
          trail.forEach((n) => done.add(n));
          stack.length = 0;
          break;
        }
        if (!seen.has(next)) {
          seen.add(next);
          stack.push({ node: next, path: [...trail, next] });
        }
      }
    }
    done.add(start);
  }
  return cycles;
}
