import { z } from "zod";
import "@/lib/domain/zod-german";
import type { Assert, Same } from "@/lib/domain/same-type";
import type { ParameterRef } from "./parameters";
import type { SupplyAssessmentAnswers, SupplyResult } from "./supply";
import type { SupplyAssessmentPrefill } from "./assessment-prefill";

/**
 * The one schema of each concept the supply check computes (GET /api/v1/municipalities/{ags}/supply, issue 13): the
 * `SupplyResult`, the figures as self-check answers and the prefill for the self-check. Every field, nested ones
 * included, with its real type; a field the server adds later is accepted and dropped (z.object strips). The types
 * stay the calculation's (types only, so the browser does not load it); the assertions at the end fail `tsc` when a
 * schema and its type drift apart. The page loads this module with import() on its first call (components/supply/api.ts).
 */
export const ParameterRefSchema = z.object({
  key: z.string(),
  value: z.number(),
  version: z.string(),
  validFrom: z.string(),
  validUntil: z.string().optional(),
  label_de: z.string(),
  source_de: z.string(),
});

const ProviderKindSchema = z.enum(["gp-practice", "specialist-practice", "pharmacy", "nursing-service", "therapy-practice"]);
const SuccessorStatusSchema = z.enum(["none", "searching", "found"]);
const nullableNumber = z.number().nullable();

const CountedDoctorSchema = z.object({
  providerIndex: z.number(),
  providerName: z.string(),
  doctorName: z.string().optional(),
  isGp: z.boolean(),
  factor: z.number(),
  factorBasis_de: z.string(),
  age: nullableNumber,
  birthYear: nullableNumber,
  exitYear: nullableNumber,
  exitBasis: z.enum(["planned", "retirement-age", "unknown"]),
  successorFound: z.boolean(),
});

const ForecastYearSchema = z.object({
  year: z.number(),
  offset: z.number(),
  countedGps: z.number(),
  versorgungsgrad: nullableNumber,
  requiredFor100: z.number(),
  requiredForUnderSupplyLine: z.number(),
  gapTo100: z.number(),
  gapToUnderSupplyLine: z.number(),
});

const AtRiskPracticeSchema = z.object({
  providerIndex: z.number(),
  providerId: z.string().optional(),
  providerName: z.string(),
  kind: ProviderKindSchema,
  successorStatus: SuccessorStatusSchema,
  leavingDoctors: z.array(z.object({ name: z.string().optional(), exitYear: z.number(), exitBasis: z.enum(["planned", "retirement-age"]), age: nullableNumber })),
  countedCapacityLeaving: z.number(),
  closes: z.boolean(),
});

const AgeBucketSchema = z.object({ label: z.string(), minAge: z.number(), maxAge: nullableNumber, gp: z.number(), other: z.number() });

const KeyFigureSchema = z.object({
  id: z.enum(["versorgungsgrad", "gps-per-100k", "average-age", "share-aged-60-plus", "capacity-at-risk", "forecast-gap"]),
  label_de: z.string(),
  value: nullableNumber,
  unit_de: z.string(),
  status: z.enum(["green", "amber", "red", "grey"]),
  explanation_de: z.string(),
  statusReason_de: z.string(),
});

const TrainingLagWarningSchema = z.object({
  line: z.enum(["under-supply", "full-supply"]),
  yearsUntilGap: z.number(),
  year: z.number(),
  trainingYears: z.number(),
  message_de: z.string(),
});

export const SupplyResultSchema = z.object({
  hasData: z.boolean(),
  asOf: z.string(),
  year: z.number(),
  inhabitants: z.number(),
  retirementAge: z.number(),
  parameters: z.object({
    gpRatio: ParameterRefSchema,
    underSupplyPercent: ParameterRefSchema,
    overSupplyPercent: ParameterRefSchema,
    gpTrainingYears: ParameterRefSchema,
    retirementAge: ParameterRefSchema,
  }),
  doctors: z.array(CountedDoctorSchema),
  gpHeadcount: z.number(),
  countedGps: z.number(),
  versorgungsgrad: z.object({
    value: nullableNumber,
    basis: z.enum(["computed", "kv"]),
    computed: nullableNumber,
    kv: z.object({ versorgungsgrad: z.number(), planningArea: z.string().optional(), publishedAt: z.string().optional() }).optional(),
    ratio: ParameterRefSchema,
  }),
  gpsPer100k: nullableNumber,
  averageGpAge: nullableNumber,
  gpsAged60Plus: z.number(),
  shareGpsAged60Plus: nullableNumber,
  forecast: z.array(ForecastYearSchema),
  firstYearBelowUnderSupplyLine: nullableNumber,
  firstYearBelow100: nullableNumber,
  atRisk: z.array(AtRiskPracticeSchema),
  gpPracticesClosingWithoutSuccessor: z.number(),
  gpExitsWithin5Years: z.number(),
  gpExitsWithin5YearsWithoutSuccessor: z.number(),
  agePyramid: z.array(AgeBucketSchema),
  keyFigures: z.array(KeyFigureSchema),
  warnings: z.array(TrainingLagWarningSchema),
});

export const SupplyAssessmentAnswersSchema = z.object({
  gpCount: z.number(),
  countedGps: z.number(),
  gpsAged60Plus: z.number(),
  gpExitsWithin5Years: z.number(),
  gpExitsWithin5YearsWithoutSuccessor: z.number(),
  versorgungsgrad: nullableNumber,
  versorgungsgradBasis: z.enum(["computed", "kv"]),
  gpPracticesClosingWithoutSuccessor: z.number(),
  yearsUntilUnderSupply: nullableNumber,
  ratioVersion: z.string(),
  asOf: z.string(),
});

export const SupplyAssessmentPrefillSchema = z.object({
  supply: z.object({
    practices: z.number(),
    gpCount: z.number(),
    gpsAged60Plus: z.number(),
    plannedExitsWithin5Years: z.number(),
    versorgungsgrad: z.number().optional(),
  }),
  urgency: z.object({ practicesClosingWithoutSuccessor: z.enum(["none", "one", "several"]) }),
});

/**
 * `{data: MunicipalitySupply}` (lib/server/db/tenant/supply.ts, which asserts at compile time that this schema reads
 * exactly its type; the domain may not import the server's).
 */
export const MunicipalitySupplySchema = z.object({
  ags: z.string(),
  municipality: z.object({ name: z.string(), population: z.number() }),
  owner: z.object({
    organisationId: z.string(),
    organisationName: z.string(),
    organisationKind: z.enum(["TOWN", "COUNTY"]),
    via: z.enum(["town-member", "county-grant", "county-member"]),
  }),
  providerCount: z.number(),
  result: SupplyResultSchema,
  assessmentAnswers: SupplyAssessmentAnswersSchema,
  assessmentPrefill: SupplyAssessmentPrefillSchema,
  knowledgeVersion: z.string().nullable(),
});
export const MunicipalitySupplyResponseSchema = z.object({ data: MunicipalitySupplySchema });

/** Each schema reads exactly its plain type: checked both ways at compile time. */
export type SupplySchemasReadTheirTypes = [
  Assert<Same<z.output<typeof ParameterRefSchema>, ParameterRef>>,
  Assert<Same<z.output<typeof SupplyResultSchema>, SupplyResult>>,
  Assert<Same<z.output<typeof SupplyAssessmentAnswersSchema>, SupplyAssessmentAnswers>>,
  Assert<Same<z.output<typeof SupplyAssessmentPrefillSchema>, SupplyAssessmentPrefill>>,
];
