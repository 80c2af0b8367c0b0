import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_BASE_NAMESPACES } from "@/i18n/namespaces";

/**
 * Client components get only the message namespaces their route hands them (components/ClientMessages.tsx): the
 * base namespaces from the root layout plus those of every `<ClientMessages namespaces={[…]}>` in the layouts above
 * the page. This follows each page's imports and checks that every `useTranslations("x")` in a client component
 * finds its namespace — a missing one would show message keys instead of text.
 */
const root = path.resolve(import.meta.dirname, "../..");
const app = path.join(root, "app");

function resolveImport(from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return undefined;
  for (const ending of ["", ".tsx", ".ts", "/index.tsx", "/index.ts"]) {
    const file = base + ending;
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return undefined;
}

/** Namespaces used by client code reachable from `file` ("*" for useTranslations() without a namespace). */
function clientNamespaces(file: string, seen = new Set<string>(), inClient = false): Set<string> {
  const out = new Set<string>();
  if (seen.has(`${file}|${inClient}`) || file.includes(`${path.sep}lib${path.sep}generated${path.sep}`)) return out;
  seen.add(`${file}|${inClient}`);
  const source = fs.readFileSync(file, "utf8");
  const client = inClient || /^\s*["']use client["']/.test(source);
  if (client) for (const m of source.matchAll(/useTranslations\(\s*(?:["']([\w.]+)["'])?\s*\)/g)) out.add(m[1]?.split(".")[0] ?? "*");
  const specs = [...source.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g), ...source.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)];
  for (const m of specs) {
    const target = resolveImport(file, m[1]!);
    if (target) for (const n of clientNamespaces(target, seen, client)) out.add(n);
  }
  return out;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Namespaces provided to a file in `dir`: the base plus each layout's ClientMessages list from app/ down to dir. */
function providedNamespaces(dir: string): Set<string> {
  const provided = new Set<string>(CLIENT_BASE_NAMESPACES);
  for (let d = dir; d.startsWith(app); d = path.dirname(d)) {
    const layout = path.join(d, "layout.tsx");
    if (!fs.existsSync(layout)) continue;
    for (const m of fs.readFileSync(layout, "utf8").matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/g)) {
      for (const n of m[1]!.matchAll(/["'](\w+)["']/g)) provided.add(n[1]!);
    }
  }
  return provided;
}

describe("client messages", () => {
  const files = walk(app).filter((f) => /(?:^|[/\\])(page|layout|error|not-found|template|loading)\.tsx$/.test(f));

  it.each(files.map((f) => [path.relative(root, f), f] as const))("%s: every client namespace is handed down", (_, file) => {
    const needed = [...clientNamespaces(file)];
    const provided = providedNamespaces(path.dirname(file));
    expect(needed).not.toContain("*");
    expect(needed.filter((n) => !provided.has(n))).toEqual([]);
  });

  it("the start page and the knowledge pages hand no knowledge, assessment or comparison messages to the client", () => {
    for (const dir of [app, path.join(app, "wissen"), path.join(app, "wissen", "massnahmen")]) {
      const provided = providedNamespaces(dir);
      for (const heavy of ["knowledge", "assessment", "comparison", "supply"]) expect(provided.has(heavy)).toBe(false);
    }
  });
});
