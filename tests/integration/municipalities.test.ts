import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countTerritory, importMunicipalityRegister, searchCounties, searchMunicipalities } from "@/lib/server/db/municipalities";
import { parseGv100, Gv100ParseError } from "@/lib/server/import/gv100";
import { defaultRegisterFile, importRegisterFile } from "@/prisma/seed/municipalities";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";

const REGISTER = defaultRegisterFile();

describe.each(testDatabaseKinds)("municipality register on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await importRegisterFile(db.prisma, REGISTER);
  });
  afterAll(async () => db?.close());

  it("imports all 16 Länder, 400 Kreise, 4,597 Gemeindeverbände and 10,981 Gemeinden", async () => {
    expect(await countTerritory(db.prisma)).toEqual({ lands: 16, kreise: 400, verbaende: 4597, municipalities: 10981 });
  });

  it("stores Büsum (01051013) with 4,970 inhabitants in Kreis Dithmarschen", async () => {
    const buesum = await db.prisma.municipality.findUniqueOrThrow({ where: { ags: "01051013" }, include: { kreis: true } });
    expect(buesum.population).toBe(4970);
    expect(buesum.kreis?.name).toBe("Dithmarschen");
  });

  it("a second import changes nothing", async () => {
    const result = await importRegisterFile(db.prisma, REGISTER);
    for (const level of Object.values(result.summary)) {
      expect(level).toMatchObject({ created: 0, updated: 0, notInFile: 0 });
    }
    expect(result.summary.municipalities.unchanged).toBe(10981);
  });

  it("rejects a corrupted file with its line number and leaves the database as it was", async () => {
    const lines = fs.readFileSync(REGISTER, "utf8").split("\n");
    const buesumLine = lines.findIndex((line) => line.startsWith("60") && line.slice(10, 18) === "01051013");
    // Change Büsum's population (an update the import would make) and break a later line.
    lines[buesumLine] = lines[buesumLine]!.slice(0, 139) + "00000009999" + lines[buesumLine]!.slice(150);
    lines[9000] = lines[9000]!.slice(0, 139) + "00000ABC000" + lines[9000]!.slice(150);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gv100-")), "corrupt.txt");
    fs.writeFileSync(file, lines.join("\n"));
    await expect(importRegisterFile(db.prisma, file)).rejects.toThrow(/^Zeile 9001: .*Einwohnerzahl/);
    const buesum = await db.prisma.municipality.findUniqueOrThrow({ where: { ags: "01051013" } });
    expect(buesum.population).toBe(4970);
  });

  it("rolls the whole import back when the database rejects a record", async () => {
    const register = parseGv100(fs.readFileSync(REGISTER, "utf8"));
    const changed = register.municipalities.map((m) => (m.ags === "01051013" ? { ...m, population: 1 } : m));
    // A new municipality whose Gemeindeverband does not exist violates a foreign key at the end of the import.
    const orphan = { ...register.municipalities[0]!, ags: "01999999", verbandKey: "019999999" };
    await expect(
      importMunicipalityRegister(db.prisma, { ...register, municipalities: [...changed, orphan] }),
    ).rejects.toThrow();
    const buesum = await db.prisma.municipality.findUniqueOrThrow({ where: { ags: "01051013" } });
    expect(buesum.population).toBe(4970);
    expect(await db.prisma.municipality.count()).toBe(10981);
  });

  it("throws a Gv100ParseError for a malformed line", () => {
    expect(() => parseGv100("10 kaputt")).toThrow(Gv100ParseError);
  });

  describe("search", () => {
    it.each(["Dörentrup", "Dorentrup", "Doerentrup", "dörentrup", "Dörentr", "Dörnetrup", "05766024", "32694"])(
      "%s finds Dörentrup (05766024) first",
      async (query) => {
        const [first] = await searchMunicipalities(db.prisma, query, 5);
        expect(first).toMatchObject({ ags: "05766024", name: "Dörentrup", population: 7660, kreisName: "Lippe" });
      },
    );

    it("Hohenstein lists all three towns of that name with their counties", async () => {
      const hits = await searchMunicipalities(db.prisma, "Hohenstein", 10);
      const exact = hits.filter((hit) => hit.name === "Hohenstein");
      expect(exact.map((hit) => [hit.ags, hit.kreisName])).toEqual(
        expect.arrayContaining([
          ["06439006", "Rheingau-Taunus-Kreis"],
          ["08415090", "Reutlingen"],
          ["16062062", "Nordhausen"],
        ]),
      );
      expect(hits.slice(0, 3).every((hit) => hit.name === "Hohenstein")).toBe(true);
    });

    it("finds a word inside a name and ignores nonsense", async () => {
      const [upland] = await searchMunicipalities(db.prisma, "Upland", 5);
      expect(upland).toMatchObject({ ags: "06635022", officialName: "Willingen (Upland)" });
      expect(await searchMunicipalities(db.prisma, "xqzvwk", 5)).toEqual([]);
    });

    it.each(["Sankt Ingbert", "St. Ingbert", "St Ingbert", "Sankt"])("%s finds St. Ingbert", async (query) => {
      const hits = await searchMunicipalities(db.prisma, query, 50);
      expect(hits.map((hit) => hit.officialName)).toContain("St. Ingbert, Stadt");
    });

    it("Sankt does not list towns that merely start with St (Stuttgart)", async () => {
      const hits = await searchMunicipalities(db.prisma, "Sankt", 50);
      expect(hits.every((hit) => /^(st\.|sankt)/i.test(hit.officialName))).toBe(true);
    });

    it.each(["Lippe", "Kreis Lippe", "kreis lippe"])("%s finds the county Lippe (05766)", async (query) => {
      const [first] = await searchCounties(db.prisma, query, 5);
      expect(first).toEqual({ key: "05766", name: "Lippe", typeLabel: "Kreis", landName: "Nordrhein-Westfalen" });
    });

    it("Sankt Wendel finds the Landkreis St. Wendel; an AGS prefix or nonsense finds no county", async () => {
      expect(await searchCounties(db.prisma, "Sankt Wendel", 5)).toEqual([
        { key: "10046", name: "St. Wendel", typeLabel: "Landkreis", landName: "Saarland" },
      ]);
      expect(await searchCounties(db.prisma, "05766", 5)).toEqual([]);
      expect(await searchCounties(db.prisma, "xqzvwk", 5)).toEqual([]);
    });

    it("respects the limit and returns nothing for punctuation only", async () => {
      expect(await searchMunicipalities(db.prisma, "Berg", 3)).toHaveLength(3);
      expect(await searchMunicipalities(db.prisma, "!!!", 3)).toEqual([]);
    });
  });
});
