import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NAMESPACES } from "@/i18n/namespaces";

const root = path.resolve(import.meta.dirname, "../../messages");

function keys(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

describe("messages", () => {
  it.each(NAMESPACES)("namespace %s has the same keys in German and English", (namespace) => {
    const de = JSON.parse(fs.readFileSync(path.join(root, "de", `${namespace}.json`), "utf8"));
    const en = JSON.parse(fs.readFileSync(path.join(root, "en", `${namespace}.json`), "utf8"));
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });

  it("every namespace file is registered", () => {
    const files = fs.readdirSync(path.join(root, "de")).map((file) => file.replace(/\.json$/, ""));
    expect(files.sort()).toEqual([...NAMESPACES].sort());
  });
});
