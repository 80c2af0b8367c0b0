import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import postcss from "postcss";
import { describe, expect, it } from "vitest";
import kernSubset, { SCAN_DIRS, kernTokens, subsetKern } from "../../scripts/postcss-kern-subset.mjs";

/**
 * The KERN stylesheet subset (issue 19, ADR 0017): the build keeps only the KERN rules whose classes the app's
 * sources name, so the one render-blocking CSS file shrinks. A used class that went missing would leave a button or
 * an alert unstyled without any test failing, hence the check against the full stylesheet.
 */
const root = path.resolve(import.meta.dirname, "../..");

function subset(css: string, sources: string[]): string {
  return subsetKern(postcss.parse(css), kernTokens(sources)).toString();
}

function classesOf(css: string): Set<string> {
  const found = new Set<string>();
  postcss.parse(css).walkRules((rule) => {
    for (const match of rule.selector.matchAll(/\.(kern-[a-zA-Z0-9_-]+)/g)) found.add(match[1]!);
  });
  return found;
}

function selectorsOf(css: string): Set<string> {
  const found = new Set<string>();
  postcss.parse(css).walkRules((rule) => {
    if (rule.parent?.type === "atrule" && /keyframes$/.test((rule.parent as postcss.AtRule).name)) return;
    for (const selector of rule.selectors) found.add(selector);
  });
  return found;
}

describe("KERN stylesheet subset", () => {
  const sample = `
:root { --kern-color-text: #111; }
[data-kern-theme=dark], .kern-dark { --kern-color-text: #eee; }
.kern-btn { padding: 1rem; }
.kern-accordion { border: 1px solid; }
.kern-card, .kern-summary { margin: 0; }
.kern-link:not(.kern-link--stretched):focus-visible { outline: 2px solid; }
.kern-alert--danger { color: red; }
.kern-alert--info { color: blue; }
.kern-loader { animation: rotation 1s linear infinite; }
@keyframes rotation { to { transform: rotate(360deg); } }
@media (min-width: 768px) { .kern-accordion { padding: 2rem; } .kern-btn { padding: 2rem; } }
@media print { .kern-kopfzeile { display: none; } }
@font-face { font-family: "Fira Sans"; src: url(fira.woff2); }
body { margin: 0; }
.space-y-kern-space-default > * { margin-top: 1rem; }
a:hover { color: var(--kern-color-text); }
`;
  const sources = [
    'export const A = () => <button className="kern-btn">x</button>;',
    "<div className={`kern-card kern-link kern-alert kern-alert--${kind}`} />",
  ];
  const out = subset(sample, sources);

  it("drops the rule of a class no source names and keeps the rule of a used one", () => {
    expect(out).not.toContain(".kern-accordion");
    expect(out).not.toContain(".kern-loader");
    expect(out).toContain(".kern-btn { padding: 1rem; }");
    expect(out).toMatch(/@media \(min-width: 768px\) \{ \.kern-btn \{ padding: 2rem; \} \}/);
  });

  it("keeps the custom properties, @font-face and the rules without a KERN class", () => {
    expect(out).toContain(":root { --kern-color-text: #111; }");
    expect(out).toContain("[data-kern-theme=dark], .kern-dark { --kern-color-text: #eee; }");
    expect(out).toContain('@font-face { font-family: "Fira Sans"');
    expect(out).toContain("body { margin: 0; }");
    expect(out).toContain(".space-y-kern-space-default > * { margin-top: 1rem; }");
    expect(out).toContain("a:hover { color: var(--kern-color-text); }");
  });

  it("keeps only the used parts of a selector list", () => {
    expect(out).toMatch(/\n\.kern-card \{ margin: 0; \}/);
    expect(out).not.toContain("kern-summary");
  });

  it("does not count a class inside :not() as needed", () => {
    expect(out).toContain(".kern-link:not(.kern-link--stretched):focus-visible");
  });

  it("keeps the whole family of a class name built at run time", () => {
    expect(out).toContain(".kern-alert--danger { color: red; }");
    expect(out).toContain(".kern-alert--info { color: blue; }");
  });

  it("drops an @media block left empty and keyframes no kept rule uses", () => {
    expect(out).not.toContain("@media print");
    expect(out).not.toContain("@keyframes rotation");
    expect(subset(sample, ['"kern-loader"'])).toContain("@keyframes rotation");
  });

  it("reads a prefix from string concatenation, and a bare `kern-${…}` keeps every class", () => {
    expect(kernTokens(['const c = "kern-icon--" + name;']).prefixes).toEqual(new Set(["kern-icon--"]));
    expect(classesOf(subset(sample, ["className={`kern-${component}`}"]))).toEqual(classesOf(sample));
    expect(kernTokens(["KERN-Klassen (kern-…) und @kern-ux/native"]).prefixes.size).toBe(0);
  });

  it("loses no KERN class or rule the app's sources use (the full stylesheet against the build's subset)", async () => {
    const full = fs.readFileSync(path.join(root, "node_modules/@kern-ux/native/dist/kern.min.css"), "utf8");
    const result = await postcss([kernSubset({ root })]).process(full, { from: undefined });
    // The sources as git knows them, every file type: a kern-… class in a file the plugin's walk skips shows here.
    const tracked = execFileSync("git", ["ls-files", "-z", ...SCAN_DIRS], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);
    const used = kernTokens(tracked.map((file) => fs.readFileSync(path.join(root, file), "utf8")));
    const isUsed = (name: string) => used.classes.has(name) || [...used.prefixes].some((prefix) => name.startsWith(prefix));
    // Every selector of the full stylesheet whose KERN classes are all used (counting those in :not() as well).
    const needed = [...selectorsOf(full)].filter((selector) => [...selector.matchAll(/\.(kern-[a-zA-Z0-9_-]+)/g)].every((m) => isUsed(m[1]!)));
    const kept = selectorsOf(result.css);
    expect(needed.length).toBeGreaterThan(200); // the scan found the app's classes at all
    expect(needed.filter((selector) => !kept.has(selector))).toEqual([]);
    // Every used class the full stylesheet styles on its own is in the subset. (kern-table__row, for example, is
    // styled only inside .kern-table--striped, which the app does not use: that rule may go.)
    const inSubset = classesOf(result.css);
    const styledAlone = [...used.classes].filter((name) => needed.some((selector) => new RegExp(`\\.${name}(?![a-zA-Z0-9_-])`).test(selector)));
    expect(styledAlone.length).toBeGreaterThan(40);
    expect(styledAlone.filter((name) => !inSubset.has(name))).toEqual([]);
    expect(result.css.length).toBeLessThan(full.length / 2);
  });
});
