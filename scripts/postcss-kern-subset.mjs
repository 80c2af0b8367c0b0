/**
 * PostCSS plugin (issue 19, ADR 0017): keeps only the part of the KERN UX stylesheet the app uses. The whole
 * kern.min.css is 35 kB gzip of the only render-blocking file of every page; the app uses a fraction of its
 * components (and few of its ~50 icons, each an inline SVG).
 *
 * At build time it scans the app's sources (app/, components/, lib/, messages/: .ts, .tsx, .css, .json) for tokens
 * `kern-…`. A token that ends in "-" or "_" (`kern-alert--${kind}`, `"kern-icon--" + name`) keeps its whole prefix
 * family; a bare `kern-${…}` keeps every KERN class. Then, on the CSS after Tailwind has inlined the imports
 * (OnceExit runs after @tailwindcss/postcss's Once), it
 * - keeps every rule that declares a custom property (:root, [data-kern-theme], .kern-light, …) as it is;
 * - keeps, of every other rule, the selectors that name no `.kern-…` class or only used ones (classes inside
 *   `:not(…)` do not count: `.kern-link:not(.kern-link--stretched)` matches without the negated class), and drops
 *   the rule when none is left;
 * - drops @media/@supports blocks left empty and @keyframes no kept rule (or custom property) animates with.
 * Rules that use no KERN class (Tailwind's, the app's own, KERN's element resets) are left alone.
 */
import fs from "node:fs";
import path from "node:path";

export const SCAN_DIRS = ["app", "components", "lib", "messages"];
const SCAN_EXTENSIONS = new Set([".ts", ".tsx", ".css", ".json"]);
const SKIP_DIRS = new Set(["node_modules", "generated"]);

/** Every file the scan reads, below `dirs` of `rootDir`. */
export function scannedFiles(rootDir, dirs = SCAN_DIRS) {
  const files = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".")) walk(full);
      } else if (SCAN_EXTENSIONS.has(path.extname(entry.name))) files.push(full);
    }
  };
  for (const dir of dirs) walk(path.join(rootDir, dir));
  return files.sort();
}

/**
 * The KERN class names in `texts`: `classes` (whole names) and `prefixes` (families of classes built at run time).
 * `kern-` followed by `${` or by a closing quote and `+` is the prefix "kern-" itself (every KERN class).
 */
export function kernTokens(texts) {
  const classes = new Set();
  const prefixes = new Set();
  for (const text of texts) {
    for (const match of text.matchAll(/kern-[a-z0-9_-]*/g)) {
      const token = match[0];
      const after = text.slice(match.index + token.length, match.index + token.length + 4);
      if (token === "kern-") {
        if (/^(\$\{|["'`]\s*\+)/.test(after)) prefixes.add(token);
      } else if (/[-_]$/.test(token)) prefixes.add(token);
      else classes.add(token);
    }
  }
  return { classes, prefixes };
}

/** The KERN classes a selector needs to match, ignoring those inside `:not(…)`. */
export function requiredKernClasses(selector) {
  let text = selector;
  for (;;) {
    const start = text.indexOf(":not(");
    if (start === -1) break;
    let depth = 0;
    let end = start + 4;
    for (; end < text.length; end++) {
      if (text[end] === "(") depth++;
      else if (text[end] === ")" && --depth === 0) break;
    }
    text = text.slice(0, start) + text.slice(end + 1);
  }
  return [...text.matchAll(/\.(kern-[a-zA-Z0-9_-]+)/g)].map((m) => m[1]);
}

function isUsed(name, used) {
  if (used.classes.has(name)) return true;
  for (const prefix of used.prefixes) if (name.startsWith(prefix)) return true;
  return false;
}

/** Trims `root` (a PostCSS Root) to the rules `used` ({ classes, prefixes }) needs; see the file comment. */
export function subsetKern(root, used) {
  root.walkRules((rule) => {
    if (rule.parent?.type === "atrule" && /keyframes$/i.test(rule.parent.name)) return;
    if (rule.some((node) => node.type === "decl" && node.prop.startsWith("--"))) return;
    const kept = rule.selectors.filter((selector) => requiredKernClasses(selector).every((name) => isUsed(name, used)));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  const removeEmpty = (container) => {
    container.each((node) => {
      if (node.type !== "atrule" || !node.nodes || /keyframes$/i.test(node.name)) return;
      removeEmpty(node);
      if (node.nodes.length === 0 && /^(media|supports|layer|container)$/i.test(node.name)) node.remove();
    });
  };
  removeEmpty(root);
  const animated = new Set();
  // Custom properties count as well: Tailwind's `animate-*` utilities read the animation from `--animate-*`.
  root.walkDecls(/^(animation(-name)?|--.*)$/i, (decl) => {
    for (const word of decl.value.split(/[\s,]+/)) animated.add(word);
  });
  root.walkAtRules(/keyframes$/i, (atRule) => {
    if (!animated.has(atRule.params.trim())) atRule.remove();
  });
  return root;
}

/** The plugin: `{ root }` is the project folder to scan (default: the working directory of the build). */
export default function kernSubset(options = {}) {
  const rootDir = options.root ?? process.cwd();
  return {
    postcssPlugin: "kern-subset",
    OnceExit(root, { result }) {
      if (!root.toString().includes(".kern-")) return;
      const files = scannedFiles(rootDir);
      const used = kernTokens(files.map((file) => fs.readFileSync(file, "utf8")));
      // A scan of the wrong folder would drop every KERN component: fail the build instead.
      if (used.classes.size + used.prefixes.size === 0) throw new Error(`kern-subset: no kern-… class found in ${SCAN_DIRS.join(", ")} below ${rootDir}`);
      subsetKern(root, used);
      // A development server rebuilds the CSS when a scanned file changes.
      for (const dir of SCAN_DIRS) result.messages.push({ type: "dir-dependency", plugin: "kern-subset", dir: path.join(rootDir, dir), glob: "**/*.{ts,tsx,css,json}", parent: result.opts.from });
    },
  };
}
kernSubset.postcss = true;
