import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", "lib/generated/**", "data/**", "backups/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The domain is pure: plain data in, plain results out. No UI, framework, database or I/O.
    files: ["lib/domain/**/*.ts", "lib/domain/csv/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react/*", "next", "next/*", "next-intl", "next-intl/*"], message: "lib/domain ist rein: kein React/Next." },
            { group: ["@prisma/*", "@/lib/generated/*", "@/lib/server/db/*", "pg", "@electric-sql/*"], message: "lib/domain ist rein: keine Datenbank." },
            { group: ["server-only", "node:fs", "fs", "node:child_process"], message: "lib/domain ist rein: keine Ein-/Ausgabe." },
          ],
        },
      ],
    },
  },
];

export default config;
