import type { TenantContext } from "@/lib/server/auth/guard";
import { calculateSupply, supplyAnswersForAssessment, supplyParametersAt, type SupplyAssessmentAnswers, type SupplyResult } from "@/lib/domain/supply";
import type { RuleParameter } from "@/lib/domain/rule-parameters";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import type { SupplyQuery } from "@/lib/domain/schemas/provider-api";
import { assessmentPrefillFromSupply, type SupplyAssessmentPrefill } from "@/lib/domain/supply/assessment-prefill";
import { TenantNotFoundError } from "./errors";
import { listProviders, type ProviderOwner } from "./providers";
import type { z } from "zod";
import type { MunicipalitySupplySchema } from "@/lib/domain/supply/contract";
import type { Assert, Same } from "@/lib/domain/same-type";

/** The supply check of one municipality: the caller's inventory (read-authorised) through `calculateSupply`. */
export interface MunicipalitySupply {
  ags: string;
  municipality: { name: string; population: number };
  owner: ProviderOwner;
  providerCount: number;
  /** The figures, with the parameter versions used (`result.parameters`, `result.versorgungsgrad.ratio`). */
  result: SupplyResult;
  /** The same figures as `supplyAnswersForAssessment` returns them. */
  assessmentAnswers: SupplyAssessmentAnswers;
  /** Shaped like the self-assessment's answers (groups `supply` and `urgency`). */
  assessmentPrefill: SupplyAssessmentPrefill;
  /** The knowledge snapshot version whose rule parameters were used (null: parameters passed in). */
  knowledgeVersion: string | null;
}

/** The browser reads this answer with MunicipalitySupplySchema (lib/domain/supply/contract.ts): it reads exactly this type. */
export type MunicipalitySupplySchemaReadsIt = Assert<Same<z.output<typeof MunicipalitySupplySchema>, MunicipalitySupply>>;

/**
 * Computes the supply figures for `ags` with the rule parameters valid at `asOf` (default: today) of the current
 * knowledge snapshot (getKnowledgeSnapshot: the same snapshot the engine and the comparison read), the register
 * population as inhabitants, and the optional KV figure and retirement age.
 */
export async function getMunicipalitySupply(
  ctx: TenantContext,
  ags: string,
  query: SupplyQuery,
  options: { asOf?: string; parameters?: readonly RuleParameter[] } = {},
): Promise<MunicipalitySupply> {
  const inventory = await listProviders(ctx, ags);
  const municipality = await ctx.prisma.municipality.findUnique({ where: { ags }, select: { name: true, population: true } });
  if (!municipality) throw new TenantNotFoundError(`Die Gemeinde ${ags} ist nicht bekannt.`);
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const knowledge = options.parameters ? null : await getKnowledgeSnapshot(undefined, ctx.prisma);
  const params = supplyParametersAt(options.parameters ?? knowledge?.ruleParameters ?? [], asOf);
  const result = calculateSupply(
    {
      providers: inventory.providers,
      inhabitants: municipality.population,
      asOf,
      ...(query.kvFigure !== undefined ? { kvFigure: { versorgungsgrad: query.kvFigure } } : {}),
      ...(query.retirementAge !== undefined ? { retirementAge: query.retirementAge } : {}),
    },
    params,
  );
  const assessmentAnswers = supplyAnswersForAssessment(result);
  const gpPractices = inventory.providers.filter((p) => p.kind === "gp-practice").length;
  return {
    ags,
    municipality,
    owner: inventory.owner,
    providerCount: inventory.providers.length,
    knowledgeVersion: knowledge?.version ?? null,
    result,
    assessmentAnswers,
    assessmentPrefill: assessmentPrefillFromSupply(assessmentAnswers, gpPractices),
  };
}
