"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { AccessError } from "@/lib/server/auth/guard";
import { getPageContext } from "@/lib/server/auth/page";
import { addPlanItems, deletePlanItem, getActionPlan, reorderPlan, updatePlanItem } from "@/lib/server/db/tenant/action-plans";
import { parseNumber } from "@/lib/domain/format/number";
import { NewPlanItemSchema, PlanTargetSchema, UpdatePlanItemSchema, type PlanTarget } from "@/lib/domain/schemas/action-plan";
import { IdSchema } from "@/lib/domain/schemas/tenant";

/**
 * Server actions of the plan page (issue 15; a county's own plan at /kreis/{key}/massnahmenplan posts here too):
 * plain form posts that work without JavaScript. Each goes through the
 * tenant functions (authorisation, concurrency, audit) and redirects back to the plan; a refusal comes back as
 * `?fehler=` with the German message, nothing changed.
 */
const field = (form: FormData, name: string) => String(form.get(name) ?? "");
const optional = (form: FormData, name: string): string | null | undefined => (form.has(name) ? field(form, name).trim() || null : undefined);

function message(error: unknown): string {
  if (error instanceof AccessError) return error.message;
  if (error instanceof z.ZodError) return error.issues.map((i) => i.message).join(" ");
  if (error instanceof Error && (error.name === "TenantNotFoundError" || error.name === "ConflictError" || error.name === "TenantInputError" || error.name === "CostError")) return error.message;
  throw error;
}

class CostError extends Error {
  override name = "CostError";
}

/** The German cost field ("12.500") as whole euros; empty → null; absent → unchanged. */
function cost(form: FormData): number | null | undefined {
  if (!form.has("estimatedCost")) return undefined;
  const text = field(form, "estimatedCost").replace(/€|euro/gi, "").trim();
  if (text === "") return null;
  const parsed = parseNumber(text, { integer: true });
  if (!parsed.ok) throw new CostError(`Geschätzte Kosten: ${parsed.message}`);
  return parsed.value;
}

/** The item fields of the form (shared by "add" and "edit"); a field the form does not carry stays undefined. */
function itemFields(form: FormData) {
  const owner = optional(form, "ownerMembershipId");
  return {
    addressesFactor: optional(form, "addressesFactor"),
    addressesGap: optional(form, "addressesGap"),
    modelId: optional(form, "modelId"),
    ...(owner !== undefined ? { ownerMembershipId: owner } : {}),
    ownerText: optional(form, "ownerText"),
    startDate: optional(form, "startDate"),
    dueDate: optional(form, "dueDate"),
    estimatedCostEuro: cost(form),
    ...(form.has("fundingShown") ? { fundingProgrammeIds: form.getAll("funding").map(String) } : {}),
    notes: optional(form, "notes"),
  };
}

const defined = <T extends Record<string, unknown>>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

interface Target {
  orgId: string;
  /** A town's AGS, or `{ kreisKey }` for a county's own plan (the form's "ags" field has 5 digits then). */
  ags: PlanTarget;
  back: string;
}
function target(form: FormData): Target {
  const orgId = IdSchema.parse(field(form, "orgId"));
  const ags = PlanTargetSchema.parse(field(form, "ags"));
  const page = typeof ags === "string" ? `/gemeinde/${ags}/massnahmenplan` : `/kreis/${ags.kreisKey}/massnahmenplan`;
  return { orgId, ags, back: `${page}?org=${encodeURIComponent(orgId)}` };
}

/**
 * Runs the change and redirects back to the plan. No "#massnahme-…" fragment: with JavaScript the router would treat
 * a same-path redirect with a hash as a scroll only and not show the saved state.
 */
async function run(form: FormData, action: (t: Target) => Promise<void>): Promise<never> {
  const t = target(form);
  let to = t.back;
  try {
    await action(t);
  } catch (error) {
    to = `${t.back}&fehler=${encodeURIComponent(message(error))}`;
  }
  redirect(to);
}

export async function addItemAction(form: FormData): Promise<void> {
  await run(form, async ({ orgId, ags }) => {
    const source = field(form, "source") || "own";
    const input = NewPlanItemSchema.parse(defined({ ...itemFields(form), title: optional(form, "title") ?? undefined, source, sourceRef: optional(form, "sourceRef") }));
    await addPlanItems(await getPageContext(), orgId, ags, [input], { planVersion: Number(field(form, "planVersion")) });
  });
}

export async function updateItemAction(form: FormData): Promise<void> {
  await run(form, async ({ orgId, ags }) => {
    const itemId = IdSchema.parse(field(form, "itemId"));
    const input = UpdatePlanItemSchema.parse(
      defined({ ...itemFields(form), version: Number(field(form, "version")), title: optional(form, "title") ?? undefined, status: optional(form, "status") ?? undefined }),
    );
    await updatePlanItem(await getPageContext(), orgId, ags, itemId, input);
  });
}

/** Moves an item one place up or down in the priority order (a reorder with the plan's version). */
export async function moveItemAction(form: FormData): Promise<void> {
  await run(form, async ({ orgId, ags }) => {
    const itemId = IdSchema.parse(field(form, "itemId"));
    const direction = z.enum(["up", "down"]).parse(field(form, "direction"));
    const ctx = await getPageContext();
    const plan = await getActionPlan(ctx, orgId, ags);
    const ids = plan.items.map((i) => i.id);
    const at = ids.indexOf(itemId);
    const to = direction === "up" ? at - 1 : at + 1;
    if (at < 0 || to < 0 || to >= ids.length) return;
    [ids[at], ids[to]] = [ids[to]!, ids[at]!];
    await reorderPlan(ctx, orgId, ags, { version: Number(field(form, "planVersion")), itemIds: ids });
  });
}

export async function deleteItemAction(form: FormData): Promise<void> {
  await run(form, async ({ orgId, ags }) => {
    await deletePlanItem(await getPageContext(), orgId, ags, IdSchema.parse(field(form, "itemId")));
  });
}
