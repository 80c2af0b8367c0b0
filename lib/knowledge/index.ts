import { z } from "zod";
import { MODEL_IDS } from "../domain/ids";
import { CaseStudySchema } from "./case-studies";
import { FactorSchema } from "./factors";
import { GovernanceModelSchema } from "./models";
import { KOMMKOM_MEASURE_COUNT, MeasureSchema } from "./measures";
import { GuidingQuestionSchema } from "./questions";
import { MunicipalRoleSchema, RoleMatrixSchema } from "./roles";
import { SourceDocumentSchema } from "./sources";

export const KnowledgeBaseSchema = z.object({
  version: z.string().min(1),
  sources: z.array(SourceDocumentSchema),
  models: z.array(GovernanceModelSchema),
  caseStudies: z.array(CaseStudySchema),
  factors: z.array(FactorSchema),
  measures: z.array(MeasureSchema),
  municipalRoles: z.array(MunicipalRoleSchema).length(11),
  roleMatrix: RoleMatrixSchema,
  guidingQuestions: z.array(GuidingQuestionSchema).length(3),
});
export type KnowledgeBase = z.infer<typeof KnowledgeBaseSchema>;


type Issue = z.core.$ZodIssue;

function parseEach<T>(collection: string, schema: z.ZodType<T>, items: readonly unknown[], keyOf: (x: unknown) => string): T[] {
  const issues: Issue[] = [];
  const out: T[] = [];
  items.forEach((item, index) => {
    const r = schema.safeParse(item);
    if (r.success) out.push(r.data);
    else
      for (const iss of r.error.issues)
        issues.push({ ...iss, path: [collection, index, ...iss.path], message: `${collection}[${keyOf(item)}]: ${iss.message}` });
  });
  if (issues.length > 0) throw new z.ZodError(issues);
  return out;
}

function keyOf(x: unknown): string {
  if (x && typeof x === "object") {
    const o = x as Record<string, unknown>;
    for (const k of ["slug", "id", "file"]) if (typeof o[k] === "string") return o[k];
  }
  return "?";
}

function crossIssue(path: (string | number)[], message: string): Issue {
  return { code: "custom", path, message, input: undefined };
}

/**
 * Validate the whole knowledge base with the schemas and cross-check references.
 * Throws a ZodError whose messages name the offending entry.
 */
export function parseKnowledgeBase(kb: unknown): KnowledgeBase {
  const raw = z.object({ version: z.string().min(1) }).loose().parse(kb) as Record<string, unknown>;
  const arr = (k: string): readonly unknown[] => {
    const v = raw[k];
    if (!Array.isArray(v)) throw new z.ZodError([crossIssue([k], `${k}: Liste fehlt.`)]);
    return v;
  };
  const parsed: KnowledgeBase = {
    version: raw.version as string,
    sources: parseEach("sources", SourceDocumentSchema, arr("sources"), keyOf),
    models: parseEach("models", GovernanceModelSchema, arr("models"), keyOf),
    caseStudies: parseEach("caseStudies", CaseStudySchema, arr("caseStudies"), keyOf),
    factors: parseEach("factors", FactorSchema, arr("factors"), keyOf),
    measures: parseEach("measures", MeasureSchema, arr("measures"), keyOf),
    municipalRoles: z.array(MunicipalRoleSchema).length(11).parse(raw.municipalRoles),
    roleMatrix: RoleMatrixSchema.parse(raw.roleMatrix),
    guidingQuestions: parseEach("guidingQuestions", GuidingQuestionSchema, arr("guidingQuestions"), keyOf),
  };

  const issues: Issue[] = [];
  const unique = (name: string, keys: string[]) => {
    const seen = new Set<string>();
    keys.forEach((k, i) => {
      if (seen.has(k)) issues.push(crossIssue([name, i], `${name}[${k}]: Schlüssel doppelt.`));
      seen.add(k);
    });
  };
  unique("sources", parsed.sources.map((s) => s.file));
  unique("models", parsed.models.map((m) => m.id));
  unique("caseStudies", parsed.caseStudies.map((c) => c.slug));
  unique("factors", parsed.factors.map((f) => f.slug));
  unique("measures", parsed.measures.map((m) => m.slug));
  unique("municipalRoles", parsed.municipalRoles.map((r) => r.slug));
  unique("guidingQuestions", parsed.guidingQuestions.map((q) => q.slug));

  const modelIds = new Set<string>(parsed.models.map((m) => m.id));
  for (const id of MODEL_IDS)
    if (!modelIds.has(id)) issues.push(crossIssue(["models"], `models[${id}]: Modell fehlt.`));
  const caseSlugs = new Set(parsed.caseStudies.map((c) => c.slug));

  parsed.caseStudies.forEach((c, i) => {
    for (const id of c.modelIds)
      if (!modelIds.has(id)) issues.push(crossIssue(["caseStudies", i], `caseStudies[${c.slug}]: unbekanntes Modell „${id}“.`));
    if (c.municipalityAgs.length === 0 && c.countyKey === undefined)
      issues.push(crossIssue(["caseStudies", i], `caseStudies[${c.slug}]: AGS oder Kreisschlüssel nötig.`));
    for (const ags of c.municipalityAgs)
      if (c.countyKey !== undefined && !ags.startsWith(c.countyKey))
        issues.push(crossIssue(["caseStudies", i], `caseStudies[${c.slug}]: AGS ${ags} liegt nicht im Kreis ${c.countyKey}.`));
    // model ↔ case consistency
    for (const id of c.modelIds) {
      const m = parsed.models.find((x) => x.id === id);
      if (m && !m.caseStudySlugs.includes(c.slug))
        issues.push(crossIssue(["caseStudies", i], `caseStudies[${c.slug}]: Modell ${id} führt den Fall nicht.`));
    }
    if (c.port) {
      const p = parsed.models.find((x) => x.id === "port");
      if (p && !p.caseStudySlugs.includes(c.slug))
        issues.push(crossIssue(["caseStudies", i], `caseStudies[${c.slug}]: PORT-Modell führt den Fall nicht.`));
    }
  });
  parsed.models.forEach((m, i) => {
    for (const s of m.caseStudySlugs)
      if (!caseSlugs.has(s)) issues.push(crossIssue(["models", i], `models[${m.id}]: unbekannte Fallstudie „${s}“.`));
    for (const pc of m.portCarriers ?? []) {
      if (!modelIds.has(pc.carrier)) issues.push(crossIssue(["models", i], `models[${m.id}]: unbekannter Träger „${pc.carrier}“.`));
      for (const s of pc.sites)
        if (!caseSlugs.has(s)) issues.push(crossIssue(["models", i], `models[${m.id}]: unbekannter PORT-Standort „${s}“.`));
    }
  });
  parsed.roleMatrix.rows.forEach((r, i) => {
    if (!caseSlugs.has(r.caseStudySlug))
      issues.push(crossIssue(["roleMatrix", "rows", i], `roleMatrix[${r.site}]: unbekannte Fallstudie „${r.caseStudySlug}“.`));
  });
  const kommkomCount = parsed.measures.filter((m) => m.catalogue === "kommkom").length;
  if (kommkomCount !== KOMMKOM_MEASURE_COUNT)
    issues.push(crossIssue(["measures"], `measures: ${kommkomCount} KommKom-Maßnahmen, erwartet ${KOMMKOM_MEASURE_COUNT}.`));

  if (issues.length > 0) throw new z.ZodError(issues);
  return parsed;
}

export { KOMMKOM_MEASURE_COUNT, MEASURE_FIELDS, SECTORS } from "./measures";
export { OBERENDER_ROLE_SLUGS, ROLE_MATRIX_CELL_VALUES } from "./roles";
export type { SourceDocument } from "./sources";
export type { GovernanceModel, Requirement, RequirementLevel, ControlLevel, PortCarrier } from "./models";
export type { CaseStudy, Disagreement } from "./case-studies";
export type { Factor, FactorKind, ModelEffect } from "./factors";
export type { Measure, MeasureField, Sector, MeasureCatalogue } from "./measures";
export type { MunicipalRole, RoleMatrix, RoleMatrixCell, RoleMatrixColumn, RoleMatrixRow, OberenderRoleSlug } from "./roles";
export type { GuidingQuestion } from "./questions";
export type { CitedText, CitedStatements } from "./common";
