import crypto from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { KnowledgeBase } from "@/lib/knowledge";
import { CitationSchema, type Citation } from "@/lib/domain/citation";
import type { ComparisonRow, MvzLegalForm } from "@/lib/domain/comparison/rows";
import type { FundingProgramme } from "@/lib/domain/funding-programmes";
import type { RuleParameter } from "@/lib/domain/rule-parameters";
import type { RuleSet } from "@/lib/domain/recommendation/rule-set";
import { parseKnowledgeSnapshot, type StoredSnapshot } from "@/lib/knowledge/snapshot";
import { readKnowledgeFiles } from "@/lib/knowledge/snapshot-files";
/**
 * Seeds the knowledge snapshot (the data files in knowledge/, read and validated by the one loader) into the
 * database, in ONE transaction: the whole snapshot as the `RuleSet` row of its content version (what
 * getKnowledgeSnapshot reads), and the knowledge tables as a searchable index of the same version.
 *
 * - Everything is validated first (parseKnowledgeSnapshot: all zod schemas, cross-checks, content hash);
 *   an invalid entry stops the seed before anything is written.
 * - Idempotent: rows are created, updated or left alone by key; entries the data no longer has are deleted
 *   (knowledge tables hold no tenant data). Rule-set versions are kept: saved results name their version.
 * - Skipped when the checksum of the serialised payload equals SeedState "knowledge".
 *
 * Where the rich content goes (the schema has no table of its own for it):
 * - the Abbildung 1 matrix lives in the PORT study's SourceDocument row (`data.figures.abbildung1`);
 * - the three guiding questions live in the invitation's SourceDocument row (`data.guidingQuestions`);
 * - the comparison rows are stored per model (`data.comparison`), the MVZ legal forms in the MVZ row;
 * - a rule parameter's status and note travel in its `citation` JSON (`parameterStatus`, `parameterNote`).
 * Every entry gets one Citation row per distinct citation found anywhere in its content.
 */

/** Bump when the mapping below changes, so a changed mapping reseeds although the data did not change. */
const SEED_FORMAT = 1;
export const KNOWLEDGE_SEED_KEY = "knowledge";

export const CITATION_ENTITY_TYPES = [
  "source",
  "model",
  "case-study",
  "factor",
  "measure",
  "municipal-role",
  "role-matrix",
  "guiding-question",
  "rule-parameter",
  "funding-programme",
  "rule-set",
] as const;
export type CitationEntityType = (typeof CITATION_ENTITY_TYPES)[number];

export const ROLE_MATRIX_KEY = "abbildung-1";
export const ROLE_MATRIX_SOURCE = "port-studie-rolle-der-kommunen.txt";
export const GUIDING_QUESTIONS_SOURCE = "kleinstadt-akademie-doerentrup-2025-einladung.txt";

export interface KnowledgePayload {
  format: number;
  knowledgeBase: KnowledgeBase;
  ruleParameters: RuleParameter[];
  funding: FundingProgramme[];
  ruleSet: RuleSet;
  comparison: ComparisonRow[];
  mvzLegalForms: MvzLegalForm[];
  /** The snapshot as stored in its RuleSet row. */
  stored: StoredSnapshot;
}

/** Reads and validates the knowledge data files (throws a ZodError naming the entry). */
export function buildKnowledgePayload(stored: StoredSnapshot = readKnowledgeFiles()): KnowledgePayload {
  const s = parseKnowledgeSnapshot(stored);
  const { comparisonRows, mvzLegalForms, riskChecklist: _risks, fundingProgrammes, ruleParameters, ruleSet, validFrom: _from, contentHash: _hash, questionCatalogueFallback: _fallback, ...kb } = s;
  return {
    format: SEED_FORMAT,
    knowledgeBase: kb,
    ruleParameters,
    funding: fundingProgrammes,
    ruleSet,
    comparison: comparisonRows,
    mvzLegalForms,
    stored,
  };
}

export function knowledgeChecksum(payload: KnowledgePayload): string {
  return crypto.createHash("sha256").update(JSON.stringify(payload)).digest("hex");
}

export interface TableCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}
export interface KnowledgeSeedSummary {
  version: string;
  skipped: boolean;
  checksum: string;
  tables: Record<string, TableCounts>;
  citations: number;
}

/** All distinct citations anywhere inside a value (objects of kind "source" or "rule"), in document order. */
export function collectCitations(value: unknown): Citation[] {
  const found = new Map<string, Citation>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) {
      v.forEach(walk);
      return;
    }
    if (!v || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    if (o.kind === "source" || o.kind === "rule") {
      const parsed = CitationSchema.safeParse(o);
      if (parsed.success) {
        const c = parsed.data;
        found.set(JSON.stringify(c), c);
        return;
      }
    }
    Object.values(o).forEach(walk);
  };
  walk(value);
  return [...found.values()];
}

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Json = Prisma.InputJsonValue;

const asJson = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;
const day = (iso: string | undefined | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** Stable comparison of a stored row with an incoming one (JSON columns by value, dates as ISO days). */
function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.parse(JSON.stringify(value ?? null));
}
function sameRow(stored: Record<string, unknown>, incoming: Record<string, unknown>): boolean {
  return Object.entries(incoming).every(([k, v]) => stableStringify(normalise(stored[k])) === stableStringify(normalise(v)));
}
function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

interface SyncOps<Row extends Record<string, unknown>> {
  key: (row: Row) => string;
  storedKey: (row: Record<string, unknown>) => string;
  findAll: () => Promise<Array<Record<string, unknown>>>;
  create: (row: Row) => Promise<unknown>;
  update: (row: Row) => Promise<unknown>;
  remove: (keys: string[]) => Promise<unknown>;
}

async function sync<Row extends Record<string, unknown>>(rows: Row[], ops: SyncOps<Row>): Promise<TableCounts> {
  const stored = new Map((await ops.findAll()).map((r) => [ops.storedKey(r), r]));
  const counts: TableCounts = { created: 0, updated: 0, unchanged: 0, deleted: 0 };
  for (const row of rows) {
    const current = stored.get(ops.key(row));
    if (!current) {
      await ops.create(row);
      counts.created++;
    } else if (!sameRow(current, row)) {
      await ops.update(row);
      counts.updated++;
    } else counts.unchanged++;
  }
  const keep = new Set(rows.map(ops.key));
  const gone = [...stored.keys()].filter((k) => !keep.has(k));
  if (gone.length > 0) await ops.remove(gone);
  counts.deleted = gone.length;
  return counts;
}

interface CitationRow {
  id: string;
  entityType: CitationEntityType;
  entityKey: string;
  position: number;
  kind: string;
  sourceFile: string | null;
  section: string | null;
  quote: string | null;
  rule: string | null;
  note: string | null;
}

function citationRows(entityType: CitationEntityType, entityKey: string, content: unknown): CitationRow[] {
  return collectCitations(content).map((c, position) => ({
    id: `${entityType}:${entityKey}:${position}`,
    entityType,
    entityKey,
    position,
    kind: c.kind,
    sourceFile: c.kind === "source" ? c.source : null,
    section: c.kind === "source" ? c.section : null,
    quote: c.kind === "source" ? (c.quote ?? null) : null,
    rule: c.kind === "rule" ? c.rule : null,
    note: c.kind === "rule" ? (c.note ?? null) : null,
  }));
}

async function writeAll(tx: Transaction, payload: KnowledgePayload): Promise<Omit<KnowledgeSeedSummary, "skipped" | "checksum">> {
  const kb = payload.knowledgeBase;
  const version = kb.version;
  const tables: Record<string, TableCounts> = {};
  const citations: CitationRow[] = [];

  // Sources (with Abbildung 1 and the guiding questions attached to the document they come from).
  const sourceRows = kb.sources.map((s) => {
    const data: Record<string, unknown> = { ...s };
    if (s.file === ROLE_MATRIX_SOURCE) data.figures = { abbildung1: kb.roleMatrix };
    if (s.file === GUIDING_QUESTIONS_SOURCE) data.guidingQuestions = kb.guidingQuestions;
    citations.push(...citationRows("source", s.file, s));
    return { file: s.file, title: s.title, description: s.contents, data: asJson(data) };
  });
  citations.push(...citationRows("role-matrix", ROLE_MATRIX_KEY, kb.roleMatrix));
  for (const q of kb.guidingQuestions) citations.push(...citationRows("guiding-question", q.slug, q));
  tables.sources = await sync(sourceRows, {
    key: (r) => r.file,
    storedKey: (r) => String(r.file),
    findAll: () => tx.sourceDocument.findMany(),
    create: (r) => tx.sourceDocument.create({ data: r }),
    update: (r) => tx.sourceDocument.update({ where: { file: r.file }, data: r }),
    remove: (keys) => tx.sourceDocument.deleteMany({ where: { file: { in: keys } } }),
  });

  // Governance models (+ their column of the comparison table).
  const modelRows = kb.models.map((m) => {
    const comparison = payload.comparison.map((row) => ({ id: row.id, label_de: row.label_de, cell: row.cells[m.id] }));
    const data: Record<string, unknown> = { ...m, comparison };
    if (m.id === "municipal-mvz") data.mvzLegalForms = payload.mvzLegalForms;
    citations.push(...citationRows("model", m.id, m));
    return { id: m.id, title: m.title, carrier: m.isCarrier, data: asJson(data), version };
  });
  tables.models = await sync(modelRows, {
    key: (r) => r.id,
    storedKey: (r) => String(r.id),
    findAll: () => tx.governanceModel.findMany(),
    create: (r) => tx.governanceModel.create({ data: r }),
    update: (r) => tx.governanceModel.update({ where: { id: r.id }, data: r }),
    remove: (keys) => tx.governanceModel.deleteMany({ where: { id: { in: keys } } }),
  });

  const caseRows = kb.caseStudies.map((c) => {
    citations.push(...citationRows("case-study", c.slug, c));
    return {
      slug: c.slug,
      title: c.name,
      municipalityAgs: c.municipalityAgs[0] ?? null,
      kreisKey: c.countyKey ?? null,
      data: asJson(c),
      version,
    };
  });
  tables.caseStudies = await sync(caseRows, {
    key: (r) => r.slug,
    storedKey: (r) => String(r.slug),
    findAll: () => tx.caseStudy.findMany(),
    create: (r) => tx.caseStudy.create({ data: r }),
    update: (r) => tx.caseStudy.update({ where: { slug: r.slug }, data: r }),
    remove: (keys) => tx.caseStudy.deleteMany({ where: { slug: { in: keys } } }),
  });

  const factorRows = kb.factors.map((f) => {
    citations.push(...citationRows("factor", f.slug, f));
    return {
      slug: f.slug,
      kind: f.kind === "success" ? ("SUCCESS" as const) : ("RISK" as const),
      category: f.category,
      title: f.title,
      data: asJson(f),
      version,
    };
  });
  tables.factors = await sync(factorRows, {
    key: (r) => r.slug,
    storedKey: (r) => String(r.slug),
    findAll: () => tx.factor.findMany(),
    create: (r) => tx.factor.create({ data: r }),
    update: (r) => tx.factor.update({ where: { slug: r.slug }, data: r }),
    remove: (keys) => tx.factor.deleteMany({ where: { slug: { in: keys } } }),
  });

  const measureRows = kb.measures.map((m, position) => {
    citations.push(...citationRows("measure", m.slug, m));
    return {
      slug: m.slug,
      catalogue: m.catalogue,
      field: m.field,
      title: m.title,
      sectors: [...m.sectors],
      tags: [...m.tags],
      position,
      data: asJson(m),
      version,
    };
  });
  tables.measures = await sync(measureRows, {
    key: (r) => r.slug,
    storedKey: (r) => String(r.slug),
    findAll: () => tx.measure.findMany(),
    create: (r) => tx.measure.create({ data: r }),
    update: (r) => tx.measure.update({ where: { slug: r.slug }, data: r }),
    remove: (keys) => tx.measure.deleteMany({ where: { slug: { in: keys } } }),
  });

  const roleRows = kb.municipalRoles.map((r) => {
    citations.push(...citationRows("municipal-role", r.slug, r));
    return { slug: r.slug, title: r.label, position: r.position, data: asJson(r), version };
  });
  tables.municipalRoles = await sync(roleRows, {
    key: (r) => r.slug,
    storedKey: (r) => String(r.slug),
    findAll: () => tx.municipalRole.findMany(),
    create: (r) => tx.municipalRole.create({ data: r }),
    update: (r) => tx.municipalRole.update({ where: { slug: r.slug }, data: r }),
    remove: (keys) => tx.municipalRole.deleteMany({ where: { slug: { in: keys } } }),
  });

  const parameterKey = (key: string, v: string) => `${key}@${v}`;
  const parameterRows = payload.ruleParameters.map((p) => {
    citations.push(...citationRows("rule-parameter", parameterKey(p.key, p.version), p));
    return {
      key: p.key,
      version: p.version,
      value: p.value,
      unit: p.unit,
      label: p.label_de,
      validFrom: day(p.validFrom)!,
      validUntil: day(p.validUntil),
      citation: asJson({ ...p.citation, parameterStatus: p.status, parameterNote: p.note_de ?? null }),
    };
  });
  tables.ruleParameters = await sync(parameterRows, {
    key: (r) => parameterKey(r.key, r.version),
    storedKey: (r) => parameterKey(String(r.key), String(r.version)),
    findAll: () => tx.ruleParameter.findMany(),
    create: (r) => tx.ruleParameter.create({ data: r }),
    update: (r) => tx.ruleParameter.update({ where: { key_version: { key: r.key, version: r.version } }, data: r }),
    remove: async (keys) => {
      for (const k of keys) {
        const [key, v] = k.split("@") as [string, string];
        await tx.ruleParameter.delete({ where: { key_version: { key, version: v } } });
      }
    },
  });

  const fundingRows = payload.funding.map((f) => {
    citations.push(...citationRows("funding-programme", f.id, f));
    return {
      id: f.id,
      landCode: f.landCode,
      name: f.name,
      data: asJson(f),
      validFrom: day(f.validFrom),
      validUntil: day(f.validUntil),
      version,
    };
  });
  tables.funding = await sync(fundingRows, {
    key: (r) => r.id,
    storedKey: (r) => String(r.id),
    findAll: () => tx.fundingProgramme.findMany(),
    create: (r) => tx.fundingProgramme.create({ data: r }),
    update: (r) => tx.fundingProgramme.update({ where: { id: r.id }, data: r }),
    remove: (keys) => tx.fundingProgramme.deleteMany({ where: { id: { in: keys } } }),
  });

  // Rule set: upsert the current version; older versions stay (saved results name the version).
  const rs = payload.ruleSet;
  citations.push(...citationRows("rule-set", rs.version, rs));
  const ruleSetRow = { version: payload.stored.manifest.version, validFrom: day(payload.stored.manifest.validFrom)!, data: asJson(payload.stored) };
  tables.ruleSets = await sync([ruleSetRow], {
    key: (r) => r.version,
    storedKey: (r) => String(r.version),
    findAll: () => tx.ruleSet.findMany({ where: { version: rs.version } }),
    create: (r) => tx.ruleSet.create({ data: r }),
    update: (r) => tx.ruleSet.update({ where: { version: r.version }, data: r }),
    remove: async () => {},
  });

  // Citations: replaced as a whole (they have no identity of their own beyond entity and position).
  await tx.citation.deleteMany({ where: { entityType: { in: [...CITATION_ENTITY_TYPES] } } });
  const byId = new Map(citations.map((c) => [c.id, c]));
  await tx.citation.createMany({ data: [...byId.values()] });

  return { version, tables, citations: byId.size };
}

/**
 * Writes the knowledge base unless the stored checksum equals the payload's. Returns what was done.
 * `force` reseeds even when the checksum is unchanged (tests, repair).
 */
export async function seedKnowledge(
  prisma: PrismaClient,
  log: (message: string) => void = () => {},
  options: { force?: boolean; payload?: KnowledgePayload } = {},
): Promise<KnowledgeSeedSummary> {
  const payload = options.payload ?? buildKnowledgePayload();
  const checksum = knowledgeChecksum(payload);
  const state = await prisma.seedState.findUnique({ where: { key: KNOWLEDGE_SEED_KEY } });
  if (!options.force && state?.checksum === checksum) {
    log(`Wissensstand ${payload.knowledgeBase.version} ist aktuell.`);
    return { version: payload.knowledgeBase.version, skipped: true, checksum, tables: {}, citations: 0 };
  }
  const summary = await prisma.$transaction(
    async (tx) => {
      const result = await writeAll(tx, payload);
      const stored = asJson({ ...result, checksum });
      await tx.seedState.upsert({
        where: { key: KNOWLEDGE_SEED_KEY },
        create: { key: KNOWLEDGE_SEED_KEY, checksum, summary: stored },
        update: { checksum, summary: stored, appliedAt: new Date() },
      });
      return result;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  const t = summary.tables;
  log(
    `Wissensbasis ${summary.version} geschrieben: ` +
      Object.entries(t)
        .map(([name, c]) => `${name} ${c.created} neu/${c.updated} geändert/${c.deleted} gelöscht`)
        .join(", ") +
      `; ${summary.citations} Belege.`,
  );
  return { ...summary, skipped: false, checksum };
}
