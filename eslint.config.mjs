import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const UPPER = ["./app", "./components", "./proxy.ts", "./server.ts", "./scripts", "./prisma"];
/** Who may not import what: each layer of lib/ against everything above it. */
export const LAYER_ZONES = [
  {
    target: "./lib/domain",
    from: ["./lib/knowledge", "./lib/server", "./lib/client", "./lib/generated", ...UPPER],
    message: "Schichten: lib/domain ist die unterste Schicht und importiert nur lib/domain (docs/decisions/0013-layers.md).",
  },
  {
    target: "./lib/knowledge",
    from: ["./lib/server", "./lib/client", "./lib/generated", ...UPPER],
    message: "Schichten: lib/knowledge importiert nur lib/domain und lib/knowledge; die Datenbank liegt darüber in lib/server.",
  },
  {
    target: "./lib/client",
    from: ["./lib/server", "./lib/generated", ...UPPER],
    message: "Schichten: lib/client läuft im Browser und importiert nichts aus lib/server (Datenbank, Anmeldung, Mail).",
  },
  {
    target: "./lib/server",
    from: ["./lib/client", "./app", "./components", "./proxy.ts", "./server.ts", "./scripts"],
    message: "Schichten: lib/server importiert nicht aus lib/client, app/ oder components/.",
  },
];

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
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react/*", "next", "next/*", "next-intl", "next-intl/*"], message: "lib/domain ist rein: kein React/Next." },
            { group: ["@prisma/*", "pg", "@electric-sql/*", "better-auth", "better-auth/*", "nodemailer"], message: "lib/domain ist rein: keine Datenbank, keine Anmeldung, keine Mail." },
            { group: ["server-only", "node:*", "fs", "path", "child_process", "crypto", "net", "http"], message: "lib/domain ist rein: keine Ein-/Ausgabe." },
          ],
        },
      ],
    },
  },
  {
    // The layers of lib/ (docs/decisions/0013-layers.md): domain ← knowledge ← server | client ← app, components.
    // A layer imports only from the layers below it. The import resolver follows `@/…` and relative paths alike.
    // Tests sit outside the layers: a test may import whatever it needs to set up what it checks.
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "import/no-restricted-paths": ["error", { basePath: import.meta.dirname, zones: LAYER_ZONES }],
    },
  },
];

export default config;
