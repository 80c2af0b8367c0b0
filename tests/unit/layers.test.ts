import fs from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { folderCycles, libFolderGraph, ROOT } from "@/tests/support/import-graph";

/**
 * The layers of lib/ (docs/decisions/0013-layers.md): domain ← knowledge ← server | client ← app, components.
 * Lint refuses an import that goes up a layer, written with `@/…` or relatively; lib/ has no folder cycle.
 */

const LAYERS = ["client", "domain", "generated", "knowledge", "server"];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The messages of one rule for `code` linted as if it were `file` (a probe; nothing is written). */
const lintWith = (ruleId: string) => async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === ruleId).map((m) => m.message);
};

describe("lint enforces the layers", () => {
  const lint = lintWith("import/no-restricted-paths");

  it.each([
    ["domain → server via @/", "lib/domain/probe.ts", 'import { getPrisma } from "@/lib/server/db/client";\nexport const x = getPrisma;\n', "lib/domain"],
    ["domain → server, relative", "lib/domain/money/probe.ts", 'import { getPrisma } from "../../server/db/client";\nexport const x = getPrisma;\n', "lib/domain"],
    ["domain → knowledge, relative", "lib/domain/probe.ts", 'import { readKnowledgeFiles } from "../knowledge/snapshot-files";\nexport const x = readKnowledgeFiles;\n', "lib/domain"],
    ["knowledge → server, relative", "lib/knowledge/probe.ts", 'import { getKnowledgeSnapshot } from "../server/db/knowledge-snapshot";\nexport const x = getKnowledgeSnapshot;\n', "lib/knowledge"],
    ["client → server, even a type", "lib/client/probe.ts", 'import type { Caller } from "@/lib/server/auth/guard";\nexport type X = Caller;\n', "lib/client"],
    ["server → client", "lib/server/probe.ts", 'import { browserScenarioStore } from "@/lib/client/scenario-store";\nexport const x = browserScenarioStore;\n', "lib/server"],
  ])("%s fails lint", async (_label, file, code, layer) => {
    const messages = await lint(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`Schichten: ${layer}`);
  });

  it.each([
    ["domain → domain, relative", "lib/domain/money/probe.ts", 'import { CARRIER_MODEL_IDS } from "../ids";\nexport const x = CARRIER_MODEL_IDS;\n'],
    ["knowledge → domain", "lib/knowledge/probe.ts", 'import { CitationsSchema } from "@/lib/domain/citation";\nexport const x = CitationsSchema;\n'],
    ["server → knowledge", "lib/server/probe.ts", 'import { loadKnowledgeSnapshot } from "@/lib/knowledge/snapshot";\nexport const x = loadKnowledgeSnapshot;\n'],
  ])("%s passes lint", async (_label, file, code) => {
    expect(await lint(file, code)).toEqual([]);
  });

  // The knowledge data files: only the loader reads them (issue 13); everyone else gets the snapshot as a parameter.
  it.each([
    ["domain", "lib/domain/assessment/probe.ts", 'import catalogue from "../../../knowledge/question-catalogue.json";\nexport const x = catalogue;\n'],
    ["server", "lib/server/probe.ts", 'import rules from "@/knowledge/rule-set.json";\nexport const x = rules;\n'],
    ["a page", "app/probe/page.tsx", 'import measures from "@/knowledge/measures.json";\nexport const x = measures;\n'],
    ["a script", "scripts/probe.ts", 'import catalogue from "../knowledge/question-catalogue.json";\nexport const x = catalogue;\n'],
  ])("a data file of knowledge/ imported by %s fails lint", async (_label, file, code) => {
    const messages = await lint(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Wissen: die Dateien in knowledge/ liest nur der Lader");
  });

  it("the loader (lib/knowledge) may import a data file", async () => {
    expect(await lint("lib/knowledge/probe.ts", 'import catalogue from "../../knowledge/question-catalogue.json";\nexport const x = catalogue;\n')).toEqual([]);
  });
});

describe("lint allows one client for the app's own API (lib/client/api/index.ts)", () => {
  const lint = lintWith("no-restricted-syntax");
  const UNCHECKED = 'export async function load(): Promise<unknown> {\n  const response = await fetch("/api/v1/x");\n  return response.json();\n}\n';

  it.each([["components/probe.tsx"], ["app/probe/page.tsx"], ["lib/client/probe.ts"]])("fetch() and an unchecked .json() fail lint in %s", async (file) => {
    const messages = await lint(file, UNCHECKED);
    expect(messages).toHaveLength(2);
    expect(messages.join("\n")).toMatch(/callApi \(lib\/client\/api\/index\.ts\) mit dem Vertrag der Route, nicht mit fetch\(\)/);
    expect(messages.join("\n")).toMatch(/nicht mit \.json\(\) ungeprüft/);
  });

  it.each([
    ["the client itself", "lib/client/api/index.ts", UNCHECKED],
    ["a test", "components/probe.test.tsx", UNCHECKED],
    ["a script", "scripts/probe.ts", UNCHECKED],
    ["a route's JSON answer", "app/api/probe/route.ts", 'import { NextResponse } from "next/server";\nexport const GET = () => NextResponse.json({ data: 1 });\n'],
    ["callApi with a contract", "components/probe.tsx", 'import { z } from "zod";\nimport { callApi } from "@/lib/client/api";\nexport const load = () => callApi("/api/v1/x", z.object({ data: z.number() }));\n'],
  ])("%s passes", async (_label, file, code) => {
    expect(await lint(file, code)).toEqual([]);
  });
});

describe("the folders of lib/", () => {
  it("are the layers, nothing else", () => {
    const entries = fs.readdirSync(path.join(ROOT, "lib")).sort();
    expect(entries).toEqual(LAYERS);
  });

  it("have no import cycle between folders", () => {
    expect(folderCycles(libFolderGraph())).toEqual([]);
  });

  it("the cycle finder finds a cycle when there is one", () => {
    const graph = new Map([
      ["lib/server/db", new Set(["lib/server/auth", "lib/domain"])],
      ["lib/server/auth", new Set(["lib/server/mail"])],
      ["lib/server/mail", new Set(["lib/server/db"])],
      ["lib/domain", new Set<string>()],
    ]);
    expect(folderCycles(graph)).toEqual([["lib/server/db", "lib/server/auth", "lib/server/mail", "lib/server/db"]]);
  });
});
