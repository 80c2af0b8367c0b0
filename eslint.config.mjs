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

/**
 * The knowledge data files (knowledge/*.json) are read by the loader only (lib/knowledge: validated, versioned, seeded,
 * cached; issue 13). Everyone else receives the snapshot — or the part it needs — as a parameter (getKnowledgeSnapshot
 * in lib/server/db/knowledge-snapshot.ts); a static import of a data file would bypass its version.
 */
export const KNOWLEDGE_FILES_ZONE = {
  target: ["./app", "./components", "./lib/domain", "./lib/server", "./lib/client", "./proxy.ts", "./server.ts", "./scripts", "./prisma"],
  from: "./knowledge",
  message: "Wissen: die Dateien in knowledge/ liest nur der Lader (lib/knowledge); alle anderen bekommen den Wissensstand als Parameter (getKnowledgeSnapshot, issue 13).",
};

/** The syntax the one API client replaces (exported for tests/unit/layers.test.ts). */
export const API_CLIENT_RULES = [
  {
    selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='json'][arguments.length=0]",
    message: "Eine Antwort der API wird mit callApi (lib/client/api/index.ts) und dem Vertrag der Route gelesen, nicht mit .json() ungeprüft (issue 13).",
  },
  {
    selector: "CallExpression[callee.type='Identifier'][callee.name='fetch']",
    message: "Die eigene API ruft der Browser über callApi (lib/client/api/index.ts) mit dem Vertrag der Route, nicht mit fetch() (issue 13).",
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
      "import/no-restricted-paths": ["error", { basePath: import.meta.dirname, zones: [...LAYER_ZONES, KNOWLEDGE_FILES_ZONE] }],
    },
  },
  {
    // Above lib/ only the knowledge data files are fenced off (the layers of lib/ are the block before).
    files: ["app/**/*.ts", "app/**/*.tsx", "components/**/*.ts", "components/**/*.tsx", "scripts/**/*.ts", "prisma/**/*.ts", "proxy.ts", "server.ts"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "import/no-restricted-paths": ["error", { basePath: import.meta.dirname, zones: [KNOWLEDGE_FILES_ZONE] }],
    },
  },
  {
    // One typed client for the app's own API (issue 13): an answer is read with the route's contract in
    // lib/client/api/index.ts (callApi, parseEvent), never with an unchecked `response.json()` cast. Route handlers read a
    // request body with requestJson (lib/server/api/respond.ts). Tests and scripts are outside.
    files: ["app/**/*.ts", "app/**/*.tsx", "components/**/*.ts", "components/**/*.tsx", "lib/client/**/*.ts", "lib/client/**/*.tsx"],
    ignores: ["lib/client/api/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-syntax": ["error", ...API_CLIENT_RULES],
    },
  },
];

export default config;
