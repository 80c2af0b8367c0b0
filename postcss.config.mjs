import kernSubset from "./scripts/postcss-kern-subset.mjs";

/**
 * Tailwind first: it inlines the @imports of app/globals.css (KERN UX among them). The KERN subset runs on the
 * result (its OnceExit comes after Tailwind's Once) and drops the KERN rules whose classes the sources do not use
 * (ADR 0017). The plugin is passed as an object, which Turbopack (next build's default bundler) accepts in the
 * array form.
 */
const config = { plugins: ["@tailwindcss/postcss", kernSubset()] };

export default config;
