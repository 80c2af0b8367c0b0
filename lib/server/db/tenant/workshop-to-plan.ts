import { authorize, type TenantContext } from "@/lib/server/auth/guard";
import { addPlanItems } from "./action-plans";
import { rankedMeasures, type RankedMeasure } from "./workshop-outcomes";
import { getWorkshop } from "./workshops";
import { TenantInputError } from "./errors";
import type { NewPlanItemInput } from "@/lib/domain/schemas/action-plan";
import { formatNumber } from "@/lib/domain/format/number";

/** The stable key of a ranked measure on the results page's form: block position and the catalogue slug or the idea's title. */
export const rankedMeasureKey = (m: RankedMeasure): string => `${m.block.position}:${m.slug ?? m.title}`;

/** A ranked measure as a new plan item: catalogue measures keep their slug (and so their citation), ideas are the workshop's. */
export function planItemFromRanked(m: RankedMeasure, workshopTitle: string): NewPlanItemInput {
  const votes = `${formatNumber(m.votes)} ${m.votes === 1 ? "Stimme" : "Stimmen"} im Workshop „${workshopTitle}“, Block ${m.block.position} („${m.block.prompt}“)`;
  return m.source === "catalogue" && m.slug
    ? { source: "catalogue", sourceRef: m.slug, notes: votes }
    : { source: "workshop", sourceRef: `Workshop-Idee`, title: m.title.slice(0, 200), notes: `${votes}. ${m.citation}` };
}

/**
 * Takes the chosen ranked measures and ideas of a workshop into the town's action plan (issue 14 "the ranked measures
 * into the town's action plan", issue 15 "items taken … from a workshop's ranked measures and ideas"): never silently —
 * the moderator or editor picks them on the results page; the plan's own resource decides who may add (editors and
 * admins), and the items land in one transaction with the plan's audit entry.
 */
export async function takeWorkshopMeasuresIntoPlan(ctx: TenantContext, organisationId: string, workshopId: string, keys: readonly string[]): Promise<{ ags: string; added: number }> {
  authorize(ctx.caller, "plan", "create", organisationId);
  const workshop = await getWorkshop(ctx, organisationId, workshopId);
  const chosen = new Set(keys);
  const ranked = (await rankedMeasures(ctx, organisationId, workshopId)).filter((m) => chosen.has(rankedMeasureKey(m)));
  if (ranked.length === 0) throw new TenantInputError("Bitte mindestens eine Maßnahme auswählen.");
  const { added } = await addPlanItems(ctx, organisationId, workshop.ags, ranked.map((m) => planItemFromRanked(m, workshop.title)));
  return { ags: workshop.ags, added: added.length };
}
