import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CaseStudy } from "@/lib/knowledge/case-studies";
import { CitationSchema, SOURCE_FILES, type Citation } from "@/lib/domain/citation";
import type { ComparisonCell, ComparisonRowId, MvzLegalForm } from "@/lib/domain/comparison/rows";
import type { Factor } from "@/lib/knowledge/factors";
import type { FundingProgramme } from "@/lib/domain/funding-programmes";
import { FACTOR_CATEGORIES, MODEL_IDS, type ModelId } from "@/lib/domain/ids";
import type { Measure } from "@/lib/knowledge/measures";
import type { GovernanceModel } from "@/lib/knowledge/models";
import type { GuidingQuestion } from "@/lib/knowledge/questions";
import type { MunicipalRole, RoleMatrix } from "@/lib/knowledge/roles";
import type { ParameterStatus, ParameterUnit } from "@/lib/domain/rule-parameters";
import type { SourceDocument } from "@/lib/knowledge/sources";
import type { KnowledgeSnapshot } from "@/lib/knowledge/snapshot";
import type { FactorFilter, MeasureFilter } from "@/lib/knowledge/queries";
import { getKnowledgeSnapshot } from "./knowledge-snapshot";
import { normalizeSearchText } from "@/lib/domain/search/normalize";

/**
 * Read access to the knowledge for the /wissen pages and the knowledge API: every function reads the knowledge
 * snapshot (getKnowledgeSnapshot — the same one the engine, the supply check and the comparison receive), never
 * the seeded knowledge tables. `prisma` names the database whose snapshot is read (tests pass their own).
 */

const snapshotOf = (prisma: PrismaClient): Promise<KnowledgeSnapshot> => getKnowledgeSnapshot(undefined, prisma);

// --- Governance models ---------------------------------------------------------------------------------------

export interface ModelComparisonEntry {
  id: ComparisonRowId;
  label_de: string;
  cell: ComparisonCell;
}
export type StoredModel = GovernanceModel & { comparison: ModelComparisonEntry[]; mvzLegalForms?: MvzLegalForm[] };

function toModel(k: KnowledgeSnapshot, model: GovernanceModel): StoredModel {
  const comparison = k.comparisonRows.map((row) => ({ id: row.id, label_de: row.label_de, cell: row.cells[model.id] }));
  return { ...model, comparison, ...(model.id === "municipal-mvz" ? { mvzLegalForms: k.mvzLegalForms } : {}) };
}

const modelOrder = (id: string) => MODEL_IDS.indexOf(id as ModelId);

/** The four models in the fixed order network, MVZ, health centre, PORT. */
export async function listModels(prisma: PrismaClient): Promise<StoredModel[]> {
  const k = await snapshotOf(prisma);
  return [...k.models].sort((a, b) => modelOrder(a.id) - modelOrder(b.id)).map((m) => toModel(k, m));
}

export async function getModel(prisma: PrismaClient, id: string): Promise<StoredModel | null> {
  const k = await snapshotOf(prisma);
  const model = k.models.find((m) => m.id === id);
  return model ? toModel(k, model) : null;
}

export interface ModelComparison {
  models: Array<{ id: ModelId; title: string }>;
  rows: Array<{ id: ComparisonRowId; label_de: string; cells: Array<{ modelId: ModelId; cell: ComparisonCell }> }>;
}

/** The side-by-side comparison table (rows as in knowledge/comparison-rows.json, one column per model). */
export async function getModelComparison(prisma: PrismaClient): Promise<ModelComparison> {
  const k = await snapshotOf(prisma);
  const models = [...k.models].sort((a, b) => modelOrder(a.id) - modelOrder(b.id));
  return {
    models: models.map((m) => ({ id: m.id, title: m.title })),
    rows: k.comparisonRows.map((row) => ({
      id: row.id,
      label_de: row.label_de,
      cells: models.map((m) => ({ modelId: m.id, cell: row.cells[m.id] })),
    })),
  };
}

// --- Case studies --------------------------------------------------------------------------------------------

const CASE_KIND_ORDER = ["workshop", "port-study", "county-answer"];

export async function listCaseStudies(prisma: PrismaClient): Promise<CaseStudy[]> {
  const k = await snapshotOf(prisma);
  return [...k.caseStudies].sort(
    (a, b) => CASE_KIND_ORDER.indexOf(a.sourceKind) - CASE_KIND_ORDER.indexOf(b.sourceKind) || a.name.localeCompare(b.name, "de"),
  );
}

export async function getCaseStudy(prisma: PrismaClient, slug: string): Promise<CaseStudy | null> {
  return (await snapshotOf(prisma)).caseStudies.find((c) => c.slug === slug) ?? null;
}

// --- Factors -------------------------------------------------------------------------------------------------

/** Success factors first, then risk factors; within each by category (PORT Fazit order) and title. */
export async function listFactors(prisma: PrismaClient, filter: FactorFilter = {}): Promise<Factor[]> {
  const categoryIndex = (c: string) => FACTOR_CATEGORIES.indexOf(c as (typeof FACTOR_CATEGORIES)[number]);
  return (await snapshotOf(prisma)).factors
    .filter((f) => (!filter.kind || f.kind === filter.kind) && (!filter.category || f.category === filter.category))
    .sort(
      (a, b) =>
        (a.kind === b.kind ? 0 : a.kind === "success" ? -1 : 1) ||
        categoryIndex(a.category) - categoryIndex(b.category) ||
        a.title.localeCompare(b.title, "de"),
    );
}

export async function getFactor(prisma: PrismaClient, slug: string): Promise<Factor | null> {
  return (await snapshotOf(prisma)).factors.find((f) => f.slug === slug) ?? null;
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
  const measures = (await snapshotOf(prisma)).measures.filter(
    (m) =>
      (!filter.field || m.field === filter.field) &&
      (!filter.sector || m.sectors.includes(filter.sector)) &&
      (!filter.tag || m.tags.includes(filter.tag)) &&
      (!filter.catalogue || m.catalogue === filter.catalogue),
  );
  const words = filter.q ? normalizeSearchText(filter.q).split(" ").filter(Boolean) : [];
  if (words.length === 0) return measures;
  return measures.filter((m) => {
    const text = measureText(m);
    return words.every((w) => text.includes(w));
  });
}

export async function getMeasure(prisma: PrismaClient, slug: string): Promise<Measure | null> {
  return (await snapshotOf(prisma)).measures.find((m) => m.slug === slug) ?? null;
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
  const measures = (await snapshotOf(prisma)).measures;
  const catalogues: Record<string, number> = {};
  const fields: Record<string, number> = {};
  const sectors: Record<string, number> = {};
  const tags: Record<string, number> = {};
  for (const m of measures) {
    fields[m.field] = (fields[m.field] ?? 0) + 1;
    catalogues[m.catalogue] = (catalogues[m.catalogue] ?? 0) + 1;
    for (const s of m.sectors) sectors[s] = (sectors[s] ?? 0) + 1;
    for (const t of m.tags) tags[t] = (tags[t] ?? 0) + 1;
  }
  return { total: measures.length, fields, sectors, tags, catalogues };
}

// --- Municipal roles and Abbildung 1 -------------------------------------------------------------------------

/** The eleven Oberender roles (list order) and the Abbildung 1 matrix as printed. */
export async function getRoles(prisma: PrismaClient): Promise<{ roles: MunicipalRole[]; matrix: RoleMatrix }> {
  const k = await snapshotOf(prisma);
  return { roles: k.municipalRoles, matrix: k.roleMatrix };
}

// --- Sources and guiding questions ---------------------------------------------------------------------------

/** The five source documents in the order of lib/domain/citation.ts. */
export async function listSources(prisma: PrismaClient): Promise<SourceDocument[]> {
  const order = (file: string) => SOURCE_FILES.indexOf(file as (typeof SOURCE_FILES)[number]);
  return [...(await snapshotOf(prisma)).sources].sort((a, b) => order(a.file) - order(b.file));
}

/** The three guiding questions of the Dörentrup invitation with their cited answers. */
export async function getGuidingQuestions(prisma: PrismaClient): Promise<GuidingQuestion[]> {
  return (await snapshotOf(prisma)).guidingQuestions;
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

/** All parameter versions of the snapshot, by key and validity. */
export async function listRuleParameters(prisma: PrismaClient): Promise<StoredRuleParameter[]> {
  return [...(await snapshotOf(prisma)).ruleParameters]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0))
    .map((p) => ({
      key: p.key,
      version: p.version,
      value: p.value,
      unit: p.unit,
      label: p.label_de,
      validFrom: p.validFrom,
      validUntil: p.validUntil ?? null,
      status: p.status,
      note: p.note_de ?? null,
      citation: p.citation,
    }));
}

/** Funding programmes per Land (optionally one Land), by Land code and name. */
export async function listFunding(prisma: PrismaClient, landCode?: string): Promise<FundingProgramme[]> {
  return (await snapshotOf(prisma)).fundingProgrammes
    .filter((f) => !landCode || f.landCode === landCode)
    .sort((a, b) => (a.landCode < b.landCode ? -1 : a.landCode > b.landCode ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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
