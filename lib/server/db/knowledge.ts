import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CaseStudySchema, type CaseStudy } from "@/lib/knowledge/case-studies";
import { CitationSchema, SOURCE_FILES, type Citation } from "@/lib/domain/citation";
import { ComparisonCellSchema, type ComparisonCell, type ComparisonRowId, type MvzLegalForm } from "@/lib/domain/comparison/rows";
import { FactorSchema, type Factor } from "@/lib/knowledge/factors";
import { FundingProgrammeSchema, type FundingProgramme } from "@/lib/domain/funding-programmes";
import { FACTOR_CATEGORIES, MODEL_IDS, type ModelId } from "@/lib/domain/ids";
import { MeasureSchema, type Measure } from "@/lib/knowledge/measures";
import { GovernanceModelSchema, type GovernanceModel } from "@/lib/knowledge/models";
import { GuidingQuestionSchema, type GuidingQuestion } from "@/lib/knowledge/questions";
import { MunicipalRoleSchema, RoleMatrixSchema, type MunicipalRole, type RoleMatrix } from "@/lib/knowledge/roles";
import { ParameterStatusSchema, type ParameterStatus, type ParameterUnit, ParameterUnitSchema } from "@/lib/domain/rule-parameters";
import { SourceDocumentSchema, type SourceDocument } from "@/lib/knowledge/sources";
import type { FactorFilter, MeasureFilter } from "@/lib/knowledge/queries";
import { normalizeSearchText } from "@/lib/domain/search/normalize";

/**
 * Read access to the seeded knowledge base (prisma/seed/knowledge.ts writes it). Rich content is stored as JSON;
 * every read parses it with the concept's zod schema, so a page never renders an entry the schema rejects.
 */

// --- Governance models ---------------------------------------------------------------------------------------

export interface ModelComparisonEntry {
  id: ComparisonRowId;
  label_de: string;
  cell: ComparisonCell;
}
export type StoredModel = GovernanceModel & { comparison: ModelComparisonEntry[]; mvzLegalForms?: MvzLegalForm[] };

const StoredModelExtrasSchema = z.object({
  comparison: z.array(z.object({ id: z.string(), label_de: z.string(), cell: ComparisonCellSchema })),
  mvzLegalForms: z
    .array(
      z.object({
        id: z.enum(["gmbh", "eigenbetrieb", "aoer", "eg"]),
        label_de: z.string(),
        guaranteeRequired: z.boolean(),
        text_de: z.string(),
        citations: z.array(CitationSchema),
      }),
    )
    .optional(),
});

function toModel(data: unknown): StoredModel {
  const model = GovernanceModelSchema.parse(data);
  const extras = StoredModelExtrasSchema.parse(data);
  return {
    ...model,
    comparison: extras.comparison as ModelComparisonEntry[],
    ...(extras.mvzLegalForms ? { mvzLegalForms: extras.mvzLegalForms } : {}),
  };
}

const modelOrder = (id: string) => MODEL_IDS.indexOf(id as ModelId);

/** The four models in the fixed order network, MVZ, health centre, PORT. */
export async function listModels(prisma: PrismaClient): Promise<StoredModel[]> {
  const rows = await prisma.governanceModel.findMany();
  return rows.sort((a, b) => modelOrder(a.id) - modelOrder(b.id)).map((r) => toModel(r.data));
}

export async function getModel(prisma: PrismaClient, id: string): Promise<StoredModel | null> {
  const row = await prisma.governanceModel.findUnique({ where: { id } });
  return row ? toModel(row.data) : null;
}

export interface ModelComparison {
  models: Array<{ id: ModelId; title: string }>;
  rows: Array<{ id: ComparisonRowId; label_de: string; cells: Array<{ modelId: ModelId; cell: ComparisonCell }> }>;
}

/** The side-by-side comparison table (rows as in lib/domain/comparison/rows.ts, one column per model). */
export async function getModelComparison(prisma: PrismaClient): Promise<ModelComparison> {
  const models = await listModels(prisma);
  const first = models[0];
  return {
    models: models.map((m) => ({ id: m.id, title: m.title })),
    rows: (first?.comparison ?? []).map((row, index) => ({
      id: row.id,
      label_de: row.label_de,
      cells: models.map((m) => ({ modelId: m.id, cell: m.comparison[index]!.cell })),
    })),
  };
}

// --- Case studies --------------------------------------------------------------------------------------------

const CASE_KIND_ORDER = ["workshop", "port-study", "county-answer"];

export async function listCaseStudies(prisma: PrismaClient): Promise<CaseStudy[]> {
  const rows = await prisma.caseStudy.findMany();
  return rows
    .map((r) => CaseStudySchema.parse(r.data))
    .sort(
      (a, b) =>
        CASE_KIND_ORDER.indexOf(a.sourceKind) - CASE_KIND_ORDER.indexOf(b.sourceKind) || a.name.localeCompare(b.name, "de"),
    );
}

export async function getCaseStudy(prisma: PrismaClient, slug: string): Promise<CaseStudy | null> {
  const row = await prisma.caseStudy.findUnique({ where: { slug } });
  return row ? CaseStudySchema.parse(row.data) : null;
}

// --- Factors -------------------------------------------------------------------------------------------------

/** Success factors first, then risk factors; within each by category (PORT Fazit order) and title. */
export async function listFactors(prisma: PrismaClient, filter: FactorFilter = {}): Promise<Factor[]> {
  const rows = await prisma.factor.findMany({
    where: {
      ...(filter.kind ? { kind: filter.kind === "success" ? "SUCCESS" : "RISK" } : {}),
      ...(filter.category ? { category: filter.category } : {}),
    },
  });
  const categoryIndex = (c: string) => FACTOR_CATEGORIES.indexOf(c as (typeof FACTOR_CATEGORIES)[number]);
  return rows
    .map((r) => FactorSchema.parse(r.data))
    .sort(
      (a, b) =>
        (a.kind === b.kind ? 0 : a.kind === "success" ? -1 : 1) ||
        categoryIndex(a.category) - categoryIndex(b.category) ||
        a.title.localeCompare(b.title, "de"),
    );
}

export async function getFactor(prisma: PrismaClient, slug: string): Promise<Factor | null> {
  const row = await prisma.factor.findUnique({ where: { slug } });
  return row ? FactorSchema.parse(row.data) : null;
}

// --- Measures ------------------------------------------------------------------------------------------------

function measureText(m: Measure): string {
  return normalizeSearchText(
    [m.title, m.summary, m.field, ...m.sectors, ...m.tags, ...m.firstSteps, ...m.origin.municipalities, m.origin.note].join(" "),
  );
}

/**
 * Measures in catalogue order (KommKom as in the brochure, then Heinsberg). Field, sector, tag and catalogue are
 * exact filters; `q` matches every word of the query (case, umlauts and punctuation ignored) in title, summary,
 * tags, first steps and origin.
 */
export async function listMeasures(prisma: PrismaClient, filter: MeasureFilter = {}): Promise<Measure[]> {
  const rows = await prisma.measure.findMany({
    where: {
      ...(filter.field ? { field: filter.field } : {}),
      ...(filter.sector ? { sectors: { has: filter.sector } } : {}),
      ...(filter.tag ? { tags: { has: filter.tag } } : {}),
      ...(filter.catalogue ? { catalogue: filter.catalogue } : {}),
    },
    orderBy: { position: "asc" },
  });
  const measures = rows.map((r) => MeasureSchema.parse(r.data));
  const words = filter.q ? normalizeSearchText(filter.q).split(" ").filter(Boolean) : [];
  if (words.length === 0) return measures;
  return measures.filter((m) => {
    const text = measureText(m);
    return words.every((w) => text.includes(w));
  });
}

export async function getMeasure(prisma: PrismaClient, slug: string): Promise<Measure | null> {
  const row = await prisma.measure.findUnique({ where: { slug } });
  return row ? MeasureSchema.parse(row.data) : null;
}

/** Counts per field / sector / tag / catalogue over the whole catalogue (for filter labels). */
export async function measureFacets(
  prisma: PrismaClient,
): Promise<{
  total: number;
  fields: Record<string, number>;
  sectors: Record<string, number>;
  tags: Record<string, number>;
  catalogues: Record<string, number>;
}> {
  const rows = await prisma.measure.findMany({ select: { field: true, sectors: true, tags: true, catalogue: true } });
  const catalogues: Record<string, number> = {};
  const fields: Record<string, number> = {};
  const sectors: Record<string, number> = {};
  const tags: Record<string, number> = {};
  for (const r of rows) {
    fields[r.field] = (fields[r.field] ?? 0) + 1;
    catalogues[r.catalogue] = (catalogues[r.catalogue] ?? 0) + 1;
    for (const s of r.sectors) sectors[s] = (sectors[s] ?? 0) + 1;
    for (const t of r.tags) tags[t] = (tags[t] ?? 0) + 1;
  }
  return { total: rows.length, fields, sectors, tags, catalogues };
}

// --- Municipal roles and Abbildung 1 -------------------------------------------------------------------------

const ROLE_MATRIX_SOURCE = "port-studie-rolle-der-kommunen.txt";
const GUIDING_QUESTIONS_SOURCE = "kleinstadt-akademie-doerentrup-2025-einladung.txt";

/** The eleven Oberender roles (list order) and the Abbildung 1 matrix as printed. */
export async function getRoles(prisma: PrismaClient): Promise<{ roles: MunicipalRole[]; matrix: RoleMatrix }> {
  const [rows, source] = await Promise.all([
    prisma.municipalRole.findMany({ orderBy: { position: "asc" } }),
    prisma.sourceDocument.findUnique({ where: { file: ROLE_MATRIX_SOURCE } }),
  ]);
  const figures = z.object({ figures: z.object({ abbildung1: RoleMatrixSchema }) }).parse(source?.data);
  return { roles: rows.map((r) => MunicipalRoleSchema.parse(r.data)), matrix: figures.figures.abbildung1 };
}

// --- Sources and guiding questions ---------------------------------------------------------------------------

/** The five source documents in the order of lib/domain/citation.ts. */
export async function listSources(prisma: PrismaClient): Promise<SourceDocument[]> {
  const rows = await prisma.sourceDocument.findMany();
  const order = (file: string) => SOURCE_FILES.indexOf(file as (typeof SOURCE_FILES)[number]);
  return rows.sort((a, b) => order(a.file) - order(b.file)).map((r) => SourceDocumentSchema.parse(r.data));
}

/** The three guiding questions of the Dörentrup invitation with their cited answers. */
export async function getGuidingQuestions(prisma: PrismaClient): Promise<GuidingQuestion[]> {
  const source = await prisma.sourceDocument.findUnique({ where: { file: GUIDING_QUESTIONS_SOURCE } });
  return z.object({ guidingQuestions: z.array(GuidingQuestionSchema) }).parse(source?.data).guidingQuestions;
}

// --- Rule parameters and funding -----------------------------------------------------------------------------

export interface StoredRuleParameter {
  key: string;
  version: string;
  value: number;
  unit: ParameterUnit;
  label: string;
  validFrom: string;
  validUntil: string | null;
  status: ParameterStatus;
  note: string | null;
  citation: Citation;
}

const ParameterCitationSchema = z.object({ parameterStatus: ParameterStatusSchema, parameterNote: z.string().nullable() });

/** All stored parameter versions, by key and validity. */
export async function listRuleParameters(prisma: PrismaClient): Promise<StoredRuleParameter[]> {
  const rows = await prisma.ruleParameter.findMany({ orderBy: [{ key: "asc" }, { validFrom: "asc" }] });
  return rows.map((r) => {
    const extras = ParameterCitationSchema.parse(r.citation);
    return {
      key: r.key,
      version: r.version,
      value: r.value,
      unit: ParameterUnitSchema.parse(r.unit),
      label: r.label,
      validFrom: r.validFrom.toISOString().slice(0, 10),
      validUntil: r.validUntil ? r.validUntil.toISOString().slice(0, 10) : null,
      status: extras.parameterStatus,
      note: extras.parameterNote,
      citation: CitationSchema.parse(r.citation),
    };
  });
}

/** Funding programmes per Land (optionally one Land), by Land code and name. */
export async function listFunding(prisma: PrismaClient, landCode?: string): Promise<FundingProgramme[]> {
  const rows = await prisma.fundingProgramme.findMany({
    where: landCode ? { landCode } : {},
    orderBy: [{ landCode: "asc" }, { name: "asc" }],
  });
  return rows.map((r) => FundingProgrammeSchema.parse(r.data));
}

// --- Citations -----------------------------------------------------------------------------------------------

export interface StoredCitation {
  position: number;
  citation: Citation;
}

/** The citation rows of one entry (entity types as in prisma/seed/knowledge.ts, e.g. "measure"). */
export async function listCitations(prisma: PrismaClient, entityType: string, entityKey: string): Promise<StoredCitation[]> {
  const rows = await prisma.citation.findMany({ where: { entityType, entityKey }, orderBy: { position: "asc" } });
  return rows.map((r) => ({
    position: r.position,
    citation: CitationSchema.parse(
      r.kind === "source"
        ? { kind: "source", source: r.sourceFile, section: r.section, ...(r.quote ? { quote: r.quote } : {}) }
        : { kind: "rule", rule: r.rule, ...(r.note ? { note: r.note } : {}) },
    ),
  }));
}

/** Version and checksum of the seeded knowledge base, or null before the first seed. */
export async function getKnowledgeSeedState(prisma: PrismaClient): Promise<{ checksum: string; appliedAt: Date; version: string | null } | null> {
  const row = await prisma.seedState.findUnique({ where: { key: "knowledge" } });
  if (!row) return null;
  const version = z.object({ version: z.string() }).safeParse(row.summary);
  return { checksum: row.checksum, appliedAt: row.appliedAt, version: version.success ? version.data.version : null };
}

// --- Places of a case study ----------------------------------------------------------------------------------

export interface CaseStudyPlaces {
  municipalities: Array<{ ags: string; name: string; officialName: string }>;
  kreis: { key: string; name: string } | null;
  land: { code: string; name: string } | null;
}

/** The municipalities, county and Land a case study names, as stored in the register (unknown keys are left out). */
export async function getCaseStudyPlaces(prisma: PrismaClient, caseStudy: Pick<CaseStudy, "municipalityAgs" | "countyKey">): Promise<CaseStudyPlaces> {
  const [municipalities, kreis] = await Promise.all([
    prisma.municipality.findMany({
      where: { ags: { in: [...caseStudy.municipalityAgs] } },
      select: { ags: true, name: true, officialName: true },
    }),
    caseStudy.countyKey
      ? prisma.kreis.findUnique({ where: { key: caseStudy.countyKey }, select: { key: true, name: true, land: { select: { code: true, name: true } } } })
      : null,
  ]);
  const order = (ags: string) => caseStudy.municipalityAgs.indexOf(ags);
  return {
    municipalities: municipalities.sort((a, b) => order(a.ags) - order(b.ags)),
    kreis: kreis ? { key: kreis.key, name: kreis.name } : null,
    land: kreis ? kreis.land : null,
  };
}
