/**
 * Helpers for tests and tooling: load a source document and check that a quote or heading occurs
 * in it verbatim, modulo whitespace and hyphenation at line breaks. Node-only (uses `fs`).
 */
import fs from "node:fs";
import path from "node:path";
import type { SourceFile } from "../domain/citation";

/** Resolved directory of the shared source documents. */
export const SOURCES_DIR = path.resolve(import.meta.dirname, "../../../shared/sources");

const cache = new Map<string, string>();

export function loadSource(file: SourceFile | string): string {
  const hit = cache.get(file);
  if (hit !== undefined) return hit;
  const text = fs.readFileSync(path.join(SOURCES_DIR, file), "utf8");
  cache.set(file, text);
  return text;
}

/** Soft marker for "hyphen at a line break" (may be a hyphenation or a real hyphen). */
const SOFT = "\u0000";

/** Collapse a source text: hyphen + line break becomes a soft marker, all other whitespace goes. */
export function collapseSource(text: string): string {
  return text.replace(/-[ \t]*\r?\n\s*/g, SOFT).replace(/\s+/g, "");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * True when `quote` occurs in `source` modulo whitespace and hyphenation line breaks.
 * A hyphen followed by a line break in the source matches either nothing (hyphenation,
 * "Ge-\nsellschafter") or a hyphen in the quote ("Haus-\n und" ~ "Haus- und").
 */
export function containsVerbatim(source: string, quote: string): boolean {
  const collapsedSource = collapseSource(source);
  const chars = Array.from(quote.replace(/\s+/g, ""));
  if (chars.length === 0) return false;
  const pattern = chars
    .map((c) => (c === "-" ? `(?:-|${SOFT})` : escapeRegExp(c)))
    .join(`${SOFT}?`);
  return new RegExp(pattern, "u").test(collapsedSource);
}
