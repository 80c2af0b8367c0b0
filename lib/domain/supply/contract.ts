import { z } from "zod";
import { computedResult, listOf } from "@/lib/domain/api-contracts";
import type { SupplyResult } from "./supply";
import type { SupplyAssessmentPrefill } from "./assessment-prefill";

/**
 * The API contract of the supply check (GET /api/v1/municipalities/{ags}/supply, issue 13): what the supply page
 * reads of a `SupplyResult` and of the prefill for the self-check. Types only from the engine, so the browser does not
 * load the calculation.
 */
const ParameterRefSchema = z.looseObject({ key: z.string(), value: z.number(), version: z.string(), validFrom: z.string(), label_de: z.string(), source_de: z.string() });
const nullableNumber = z.number().nullable();

export const SupplyResultContract = computedResult<SupplyResult>(
  z.looseObject({
    hasData: z.boolean(),
    asOf: z.string(),
    year: z.number(),
    inhabitants: z.number(),
    retirementAge: z.number(),
    parameters: z.looseObject({ gpRatio: ParameterRefSchema, retirementAge: ParameterRefSchema.optional() }),
    doctors: listOf(),
    versorgungsgrad: z.looseObject({ value: nullableNumber, basis: z.enum(["computed", "kv"]), ratio: ParameterRefSchema }),
    forecast: listOf({ year: z.number(), countedGps: z.number(), versorgungsgrad: nullableNumber }),
    atRisk: listOf({ providerName: z.string(), leavingDoctors: listOf({ exitYear: z.number() }) }),
    gpPracticesClosingWithoutSuccessor: z.number(),
    agePyramid: listOf({ label: z.string(), gp: z.number(), other: z.number() }),
    keyFigures: listOf({ id: z.string(), label_de: z.string(), value: nullableNumber, status: z.enum(["green", "amber", "red", "grey"]), explanation_de: z.string() }),
    warnings: listOf({ message_de: z.string() }),
  }),
);

export const SupplyAssessmentPrefillContract = computedResult<SupplyAssessmentPrefill>(
  z.looseObject({
    supply: z.looseObject({ practices: z.number(), gpCount: z.number(), gpsAged60Plus: z.number(), plannedExitsWithin5Years: z.number(), versorgungsgrad: z.number().optional() }),
    urgency: z.looseObject({ practicesClosingWithoutSuccessor: z.enum(["none", "one", "several"]) }),
  }),
);

/** `{data: MunicipalitySupply}` (lib/server/db/tenant/supply.ts) as far as the page reads it. */
export const MunicipalitySupplyResponseSchema = z.object({
  data: z.looseObject({
    ags: z.string(),
    municipality: z.object({ name: z.string(), population: z.number() }),
    owner: z.looseObject({ organisationId: z.string() }),
    providerCount: z.number(),
    result: SupplyResultContract,
    assessmentPrefill: SupplyAssessmentPrefillContract,
    knowledgeVersion: z.string().nullable(),
  }),
});
