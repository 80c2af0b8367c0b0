import crypto from "node:crypto";
import { z } from "zod";
import { SOURCE_TITLES } from "../domain/citation";
import { parseKnowledgeBase, type KnowledgeBase } from "./index";
import { ComparisonRowSchema, MvzLegalFormSchema, RiskCheckItemSchema, type ComparisonRow, type MvzLegalForm, type RiskCheckItem } from "../domain/comparison/rows";
import { FundingProgrammeTableSchema, type FundingProgramme } from "../domain/funding-programmes";
import { RuleParameterTableSchema, type RuleParameter } from "../domain/rule-parameters";
import { RuleSetSchema, type RuleSet } from "../domain/recommendation/rule-set";
import { QuestionCatalogueSchema, type QuestionCatalogue } from "./questions";
import { assessmentQuestionsOf } from "../domain/assessment/questions";
import currentCatalogueFile from "../../knowledge/question-catalogue.json";

/**
 * The knowledge snapshot: ALL content the product reasons with (models, case studies, factors, measures, roles,
 * guiding questions, the comparison table, the risk checklist, funding programmes, rule parameters, the
 * engine's rule set and the self-check's question texts) as one versioned, validated value. The content lives in the data files under `knowledge/`
 * (reviewable JSON); the seed stores each version in the `RuleSet` table; at run time the server reads it back
 * through `getKnowledgeSnapshot` (lib/server/db/knowledge-snapshot.ts). Tests and DB-less CLIs read the files through
 * the same parser (`parseKnowledgeSnapshot`). See docs/decisions/0006-knowledge-snapshot.md.
 */

/** The data files of one snapshot (file name without `.json` → snapshot field). */
export const SNAPSHOT_FILES = {
  sources: "sources",
  models: "models",
  caseStudies: "case-studies",
  factors: "factors",
  measures: "measures",
  municipalRoles: "municipal-roles",
  roleMatrix: "role-matrix",
  guidingQuestions: "guiding-questions",
  comparisonRows: "comparison-rows",
  mvzLegalForms: "mvz-legal-forms",
  riskChecklist: "risk-checklist",
  fundingProgrammes: "funding-programmes",
  ruleParameters: "rule-parameters",
  ruleSet: "rule-set",
  questionCatalogue: "question-catalogue",
} as const;
export type SnapshotPart = keyof typeof SNAPSHOT_FILES;

export const KnowledgeManifestSchema = z.strictObject({
  /** Content version "JJJJ-MM-TT.n"; bump it whenever any data file changes (a test enforces it). */
  version: z.string().regex(/^\d{4}-\d{2}-\d{2}\.\d+$/, "Version im Format JJJJ-MM-TT.n"),
  validFrom: z.iso.date(),
  /** sha256 of the canonical content (contentHash()); recomputed by a test. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  note: z.string().min(1),
});
export type KnowledgeManifest = z.infer<typeof KnowledgeManifestSchema>;

/** The raw content: one value per data file, unvalidated. */
export type RawKnowledgeContent = Record<SnapshotPart, unknown>;

export interface KnowledgeSnapshot extends Omit<KnowledgeBase, "version"> {
  version: string;
  validFrom: string;
  contentHash: string;
  comparisonRows: ComparisonRow[];
  mvzLegalForms: MvzLegalForm[];
  riskChecklist: RiskCheckItem[];
  fundingProgrammes: FundingProgramme[];
  ruleParameters: RuleParameter[];
  ruleSet: RuleSet;
  /**
   * The question texts (join them with the code's fields by `assessmentQuestionsOf`, lib/domain/assessment/questions.ts).
   * Snapshots stored before the catalogue became knowledge (up to 2026-12-02.1) carry none: for them the loader takes
   * the catalogue of the data files this build ships (`currentQuestionCatalogue`), which is what those versions showed
   * — their texts were code then, the same build's — and `questionCatalogueFallback` says so.
   */
  questionCatalogue: QuestionCatalogue;
  /** True when the stored snapshot had no catalogue and `questionCatalogue` is the build's (see above). */
  questionCatalogueFallback: boolean;
}

/** What a stored snapshot looks like (RuleSet.data): the manifest plus the raw content. */
export interface StoredSnapshot {
  manifest: KnowledgeManifest;
  content: RawKnowledgeContent;
}

const SNAPSHOT_PARTS = Object.keys(SNAPSHOT_FILES) as [SnapshotPart, ...SnapshotPart[]];
/**
 * A stored snapshot (RuleSet.data) parsed on read: the manifest, and the content as one value per data file
 * (parseKnowledgeSnapshot then parses each with its schema and checks the hash; a part a later version dropped
 * stays in, so the hash of an older snapshot still matches).
 */
export const StoredSnapshotSchema = z.object({ manifest: KnowledgeManifestSchema, content: z.looseRecord(z.enum(SNAPSHOT_PARTS), z.unknown()) });

let current: QuestionCatalogue | undefined;
/**
 * The question catalogue of the data files this build ships (knowledge/question-catalogue.json, bundled), validated
 * like a stored one: the fallback for snapshots stored without a catalogue. Parsed once.
 */
export function currentQuestionCatalogue(): QuestionCatalogue {
  return (current ??= parseQuestionCatalogue(currentCatalogueFile));
}

/**
 * Validates a question catalogue: the zod schema, then the fit with the code's fields — a question, step or answer
 * text that is missing or has no field is refused with German messages (QuestionCatalogueError).
 */
export function parseQuestionCatalogue(raw: unknown): QuestionCatalogue {
  const catalogue = QuestionCatalogueSchema.parse(raw);
  assessmentQuestionsOf(catalogue);
  return catalogue;
}

/** Stable JSON (object keys sorted) so that the hash does not depend on key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

/**
 * sha256 over the canonical content of all data files. A part a stored snapshot does not have (it was added to
 * the knowledge later, like the question catalogue) is left out, so older versions keep their hash.
 */
export function contentHash(content: RawKnowledgeContent): string {
  const parts = (Object.keys(SNAPSHOT_FILES) as SnapshotPart[])
    .sort()
    .filter((k) => content[k] !== undefined)
    .map((k) => `${k}=${canonical(content[k])}`);
  return crypto.createHash("sha256").update(parts.join("\n")).digest("hex");
}

/**
 * THE loader: validates a stored or file snapshot with the zod schemas and the cross-checks and returns the
 * typed snapshot. Throws a ZodError naming the offending entry. `checkHash` (default true) also fails when the
 * content differs from the manifest's hash, i.e. when content changed without a version bump.
 */
export function parseKnowledgeSnapshot(stored: StoredSnapshot, options: { checkHash?: boolean } = {}): KnowledgeSnapshot {
  const manifest = KnowledgeManifestSchema.parse(stored.manifest);
  const c = stored.content;
  if (options.checkHash !== false) {
    const actual = contentHash(c);
    if (actual !== manifest.contentHash)
      throw new Error(
        `Wissensstand ${manifest.version}: Inhalt geändert, aber Version nicht erhöht (Hash ${actual} ≠ ${manifest.contentHash}). ` +
          "Version und contentHash in knowledge/manifest.json anpassen (npm run knowledge:hash).",
      );
  }
  const kb = parseKnowledgeBase({
    version: manifest.version,
    sources: c.sources,
    models: c.models,
    caseStudies: c.caseStudies,
    factors: c.factors,
    measures: c.measures,
    municipalRoles: c.municipalRoles,
    roleMatrix: c.roleMatrix,
    guidingQuestions: c.guidingQuestions,
  });
  for (const s of kb.sources) {
    const titles = SOURCE_TITLES[s.file];
    if (titles.short !== s.shortTitle || titles.full !== s.title)
      throw new Error(`sources[${s.file}]: Titel weicht von SOURCE_TITLES (lib/domain/citation.ts) ab.`);
  }
  const ruleSet = RuleSetSchema.parse(c.ruleSet);
  if (ruleSet.version !== manifest.version)
    throw new Error(`Regelwerk-Version ${ruleSet.version} ≠ Wissensstand ${manifest.version}.`);
  return {
    ...kb,
    version: manifest.version,
    validFrom: manifest.validFrom,
    contentHash: manifest.contentHash,
    comparisonRows: ComparisonRowSchema.array().parse(c.comparisonRows),
    mvzLegalForms: MvzLegalFormSchema.array().parse(c.mvzLegalForms),
    riskChecklist: RiskCheckItemSchema.array().parse(c.riskChecklist),
    fundingProgrammes: FundingProgrammeTableSchema.parse(c.fundingProgrammes),
    ruleParameters: RuleParameterTableSchema.parse(c.ruleParameters),
    ruleSet,
    questionCatalogue: c.questionCatalogue === undefined ? currentQuestionCatalogue() : parseQuestionCatalogue(c.questionCatalogue),
    questionCatalogueFallback: c.questionCatalogue === undefined,
  };
}

/** Where snapshots come from: the database (server) or the data files (seed, tests, DB-less CLI). */
export interface KnowledgeSource {
  /** A short name for messages ("Datenbank", "Dateien"). */
  readonly name: string;
  /** The newest stored version. */
  currentVersion(): Promise<string>;
  /** The stored snapshot of a version, or null. */
  read(version: string): Promise<StoredSnapshot | null>;
}

const caches = new WeakMap<KnowledgeSource, Map<string, Promise<KnowledgeSnapshot>>>();

/**
 * The one cached loader behind every consumer: the snapshot of `version` (default: the source's newest) read
 * from `source` and parsed once per source and version. A version's content never changes (a change is a new
 * version), so caching per version is safe for any number of instances.
 */
export async function loadKnowledgeSnapshot(source: KnowledgeSource, version?: string): Promise<KnowledgeSnapshot> {
  const v = version ?? (await source.currentVersion());
  let cache = caches.get(source);
  if (!cache) caches.set(source, (cache = new Map()));
  const hit = cache.get(v);
  if (hit) return hit;
  const pending = source.read(v).then((stored) => {
    if (!stored) throw new KnowledgeVersionNotFoundError(v, source.name);
    return parseKnowledgeSnapshot(stored);
  });
  cache.set(v, pending);
  pending.catch(() => cache.delete(v));
  return pending;
}

export class KnowledgeVersionNotFoundError extends Error {
  constructor(
    readonly version: string,
    sourceName: string,
  ) {
    super(`Wissensstand ${version} ist nicht gespeichert (${sourceName}).`);
    this.name = "KnowledgeVersionNotFoundError";
  }
}
