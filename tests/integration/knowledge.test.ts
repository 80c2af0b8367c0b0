import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getCaseStudy,
  getGuidingQuestions,
  getMeasure,
  getModel,
  getModelComparison,
  getRoles,
  listCaseStudies,
  listCitations,
  listFactors,
  listFunding,
  listMeasures,
  listModels,
  listRuleParameters,
  listSources,
} from "@/lib/server/db/knowledge";
import { KOMMKOM_MEASURE_COUNT } from "@/lib/knowledge";
import { SOURCE_FILES } from "@/lib/domain/citation";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";
import { measureFilterSchema, measureTags } from "@/lib/knowledge/queries";
import { buildKnowledgePayload, seedKnowledge } from "@/prisma/seed/knowledge";
import { defaultRegisterFile, importRegisterFile } from "@/prisma/seed/municipalities";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";

const knowledgeBase = knowledgeFromFiles();
const FUNDING_PROGRAMMES = knowledgeBase.fundingProgrammes;
const RULE_PARAMETERS = knowledgeBase.ruleParameters;
const RULE_SET = knowledgeBase.ruleSet;
const MeasureFilterSchema = measureFilterSchema(measureTags(knowledgeBase.measures));


/** Abbildung 1 of the PORT study (chapter 3.3), typed in from the printed figure: five sites × eight columns. */
const ABBILDUNG_1 = {
  columns: [
    "Initiierung PORT",
    "Eigentümer/Gesellschafter",
    "Eigentümer Gebäude",
    "Unterstützung Gebäude",
    "Unterstützung Bedarfsermittlung",
    "(Unterstützung) Umsetzung GFP",
    "Vernetzung",
    "Unterstützung Verein",
  ],
  rows: [
    ["Büsum", "X", "X", "X", "", "X", "", "X", "X"],
    ["Landkreis Darmstadt-Dieburg", "X", "X", "", "X", "X", "", "X", "-"],
    ["Dornhan", "X", "", "", "X", "-", "(X)", "X", "X"],
    ["Hohenstein", "X", "", "", "X", "X", "X", "X", "X"],
    ["Willingen u. Diemelsee", "X", "", "", "", "X", "", "X", "X"],
  ],
};

describe.each(testDatabaseKinds)("knowledge base on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await importRegisterFile(db.prisma, defaultRegisterFile());
    const first = await seedKnowledge(db.prisma);
    expect(first.skipped).toBe(false);
  });
  afterAll(async () => db?.close());

  it("validates the whole payload before writing", () => {
    expect(() => buildKnowledgePayload()).not.toThrow();
  });

  it("is idempotent: a second run is skipped by checksum, a forced run changes nothing", async () => {
    const second = await seedKnowledge(db.prisma);
    expect(second.skipped).toBe(true);
    const citationsBefore = await db.prisma.citation.count();
    const forced = await seedKnowledge(db.prisma, () => {}, { force: true });
    for (const [table, counts] of Object.entries(forced.tables)) {
      expect({ table, ...counts }).toMatchObject({ table, created: 0, updated: 0, deleted: 0 });
    }
    expect(await db.prisma.citation.count()).toBe(citationsBefore);
  });

  it("deletes entries the data no longer has and restores them", async () => {
    const payload = buildKnowledgePayload();
    const kb = payload.knowledgeBase;
    const fewer = { ...payload, knowledgeBase: { ...kb, factors: kb.factors.slice(1) } };
    const result = await seedKnowledge(db.prisma, () => {}, { payload: fewer });
    expect(result.tables.factors).toMatchObject({ deleted: 1, created: 0 });
    expect(await getFactorCount()).toBe(kb.factors.length - 1);
    expect(await db.prisma.citation.count({ where: { entityType: "factor", entityKey: kb.factors[0]!.slug } })).toBe(0);
    const back = await seedKnowledge(db.prisma);
    expect(back.tables.factors).toMatchObject({ created: 1, deleted: 0 });
    expect(await getFactorCount()).toBe(kb.factors.length);
  });
  const getFactorCount = () => db.prisma.factor.count();

  it("stores as many entries as the data has", async () => {
    expect(await db.prisma.sourceDocument.count()).toBe(5);
    expect(await db.prisma.governanceModel.count()).toBe(4);
    expect(await db.prisma.caseStudy.count()).toBe(knowledgeBase.caseStudies.length);
    expect(await db.prisma.factor.count()).toBe(knowledgeBase.factors.length);
    expect(await db.prisma.measure.count()).toBe(knowledgeBase.measures.length);
    expect(await db.prisma.measure.count({ where: { catalogue: "kommkom" } })).toBe(KOMMKOM_MEASURE_COUNT);
    expect(KOMMKOM_MEASURE_COUNT).toBe(33);
    expect(await db.prisma.measure.count({ where: { catalogue: "heinsberg" } })).toBeGreaterThanOrEqual(6);
    expect(await db.prisma.municipalRole.count()).toBe(11);
    expect(await db.prisma.ruleParameter.count()).toBe(RULE_PARAMETERS.length);
    expect(await db.prisma.fundingProgramme.count()).toBe(FUNDING_PROGRAMMES.length);
    expect(await db.prisma.ruleSet.findUnique({ where: { version: RULE_SET.version } })).not.toBeNull();
    expect((await listModels(db.prisma)).map((m) => m.id)).toEqual(["provider-network", "municipal-mvz", "health-centre", "port"]);
    expect(await getGuidingQuestions(db.prisma)).toHaveLength(3);
    expect((await listSources(db.prisma)).map((s) => s.file)).toHaveLength(5);
    expect(await listRuleParameters(db.prisma)).toHaveLength(RULE_PARAMETERS.length);
    expect(await listFunding(db.prisma)).toHaveLength(FUNDING_PROGRAMMES.length);
  });

  it("reads entries back equal to the data", async () => {
    expect(await getCaseStudy(db.prisma, "buesum")).toEqual(knowledgeBase.caseStudies.find((c) => c.slug === "buesum"));
    const measure = knowledgeBase.measures[0]!;
    expect(await getMeasure(db.prisma, measure.slug)).toEqual(measure);
    const mvz = await getModel(db.prisma, "municipal-mvz");
    expect(mvz?.mvzLegalForms?.map((f) => f.id)).toEqual(["gmbh", "eigenbetrieb", "aoer", "eg"]);
    expect(await getModel(db.prisma, "gibt-es-nicht")).toBeNull();
    const comparison = await getModelComparison(db.prisma);
    expect(comparison.rows.length).toBeGreaterThan(0);
    for (const row of comparison.rows) expect(row.cells.map((c) => c.modelId)).toEqual(comparison.models.map((m) => m.id));
  });

  it("every case study's municipality AGS and county key exist after the register import", async () => {
    const cases = await listCaseStudies(db.prisma);
    expect(cases.map((c) => c.slug).sort()).toEqual(knowledgeBase.caseStudies.map((c) => c.slug).sort());
    for (const c of cases) {
      for (const ags of c.municipalityAgs) {
        expect(await db.prisma.municipality.findUnique({ where: { ags } }), `${c.slug}: AGS ${ags}`).not.toBeNull();
      }
      if (c.countyKey) expect(await db.prisma.kreis.findUnique({ where: { key: c.countyKey } }), `${c.slug}: Kreis ${c.countyKey}`).not.toBeNull();
    }
    const buesum = await db.prisma.caseStudy.findUniqueOrThrow({ where: { slug: "buesum" } });
    expect(buesum.municipalityAgs).toBe("01051013");
  });

  it("every model, case study, factor and measure has a citation row whose source file exists", async () => {
    const entries: Array<[string, string[]]> = [
      ["model", knowledgeBase.models.map((m) => m.id)],
      ["case-study", knowledgeBase.caseStudies.map((c) => c.slug)],
      ["factor", knowledgeBase.factors.map((f) => f.slug)],
      ["measure", knowledgeBase.measures.map((m) => m.slug)],
    ];
    for (const [entityType, keys] of entries) {
      for (const key of keys) {
        const rows = await db.prisma.citation.findMany({ where: { entityType, entityKey: key, kind: "source" } });
        expect(rows.length, `${entityType} ${key}`).toBeGreaterThanOrEqual(1);
        for (const row of rows) expect(SOURCE_FILES as readonly string[], row.sourceFile!).toContain(row.sourceFile);
      }
    }
    const files = await db.prisma.citation.findMany({ where: { kind: "source" }, distinct: ["sourceFile"], select: { sourceFile: true } });
    for (const f of files) expect(SOURCE_FILES as readonly string[], f.sourceFile!).toContain(f.sourceFile);
    expect((await listCitations(db.prisma, "measure", knowledgeBase.measures[0]!.slug))[0]?.citation.kind).toBe("source");
  });

  it("the roles matrix from the database equals Abbildung 1 cell by cell", async () => {
    const { roles, matrix } = await getRoles(db.prisma);
    expect(roles).toHaveLength(11);
    expect(roles.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(matrix.columns.map((c) => c.heading)).toEqual(ABBILDUNG_1.columns);
    expect(matrix.rows).toHaveLength(ABBILDUNG_1.rows.length);
    ABBILDUNG_1.rows.forEach(([site, ...cells], i) => {
      expect(matrix.rows[i]!.site).toBe(site);
      cells.forEach((value, j) => expect(matrix.rows[i]!.cells[j], `${site} × ${ABBILDUNG_1.columns[j]}`).toBe(value));
    });
    const used = new Set(matrix.rows.flatMap((r) => r.cells));
    expect([...used].sort()).toEqual(["", "(X)", "-", "X"]);
  });

  describe("measure filters", () => {
    const filter = (input: Record<string, string>) => MeasureFilterSchema.parse(input);

    it("without a filter lists the whole catalogue in order", async () => {
      const all = await listMeasures(db.prisma);
      expect(all.map((m) => m.slug)).toEqual(knowledgeBase.measures.map((m) => m.slug));
    });

    it.each(["Marketing", "Infrastruktur", "Aus-, Fort- & Weiterbildung", "Digitalisierung", "Vernetzung"])(
      "field %s returns exactly that field's measures",
      async (field) => {
        const hits = await listMeasures(db.prisma, filter({ field }));
        expect(hits.map((m) => m.slug)).toEqual(knowledgeBase.measures.filter((m) => m.field === field).map((m) => m.slug));
        expect(hits.length).toBeGreaterThan(0);
      },
    );

    it("field and sector combine", async () => {
      const hits = await listMeasures(db.prisma, filter({ field: "Infrastruktur", sector: "Pflege" }));
      const expected = knowledgeBase.measures.filter((m) => m.field === "Infrastruktur" && (m.sectors as readonly string[]).includes("Pflege"));
      expect(hits.map((m) => m.slug)).toEqual(expected.map((m) => m.slug));
    });

    it("tag and catalogue filter", async () => {
      const hits = await listMeasures(db.prisma, filter({ tag: "Wohnraum" }));
      expect(hits.length).toBeGreaterThanOrEqual(2);
      for (const m of hits) expect(m.tags).toContain("Wohnraum");
      const heinsberg = await listMeasures(db.prisma, filter({ catalogue: "heinsberg" }));
      expect(heinsberg.every((m) => m.catalogue === "heinsberg")).toBe(true);
    });

    it("free text ignores case and umlauts and needs every word", async () => {
      const a = await listMeasures(db.prisma, filter({ q: "messe" }));
      expect(a.map((m) => m.slug)).toContain("messe-gesundheitsberufe");
      const b = await listMeasures(db.prisma, filter({ q: "Gesundheitsberufe MESSE" }));
      expect(b.map((m) => m.slug)).toContain("messe-gesundheitsberufe");
      expect(await listMeasures(db.prisma, filter({ q: "messe xyzzy" }))).toEqual([]);
    });

    it("rejects unknown values with a German message naming the field", () => {
      const r = MeasureFilterSchema.safeParse({ field: "Kochen" });
      expect(r.success).toBe(false);
      expect(r.error!.issues[0]!.path).toEqual(["field"]);
      expect(r.error!.issues[0]!.message).toMatch(/„field“.*Marketing/);
      expect(MeasureFilterSchema.safeParse({ sector: "Zahnmedizin" }).success).toBe(false);
      expect(MeasureFilterSchema.parse({ field: "", sector: "" })).toEqual({});
    });
  });

  it("factor filter by kind", async () => {
    const risks = await listFactors(db.prisma, { kind: "risk" });
    expect(risks.length).toBe(knowledgeBase.factors.filter((f) => f.kind === "risk").length);
    expect(risks.every((f) => f.kind === "risk")).toBe(true);
  });
});
