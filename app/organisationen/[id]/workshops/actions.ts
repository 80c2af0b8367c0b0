"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { AccessError } from "@/lib/server/auth/guard";
import { getPageContext } from "@/lib/server/auth/page";
import { ideaWall } from "@/lib/server/db/workshop-participation";
import { measureOptions } from "@/lib/server/db/tenant/workshop-outcomes";
import { addBlock, blockAction, createWorkshop, getWorkshop, ideaOptions, moderateIdea, moveBlock, rotatePresenterToken, setPaperCounts } from "@/lib/server/db/tenant/workshops";
import { paperKeys } from "@/lib/domain/workshop/paper";
import { BlockActionSchema, CreateWorkshopSchema, IdeaModerationSchema, MoveDirectionSchema, RatingsAdoptionSchema } from "@/lib/domain/schemas/workshop";
import { IdSchema } from "@/lib/domain/schemas/tenant";
import { blockConfigFromForm } from "@/lib/domain/workshop/block-form";
import { takeWorkshopMeasuresIntoPlan } from "@/lib/server/db/tenant/workshop-to-plan";
import { adoptWorkshopRatings } from "@/lib/server/db/tenant/workshop-to-assessment";
import { ConflictError } from "@/lib/server/db/tenant/errors";

/**
 * Server actions of the moderator pages (issue 14): plain form posts that work without JavaScript. Each checks the
 * caller through the tenant functions (lib/server/auth/guard.ts) and redirects back, with `?fehler=` on a refusal. The ids
 * are parsed inside the try, so a bad id gives a clear message instead of a 500.
 */
const KNOWN_ERRORS = ["TenantNotFoundError", "TenantInputError", "ConflictError", "AnswerRejected", "WorkshopInputError"];
const message = (error: unknown): string => {
  if (error instanceof AccessError) return error.message;
  if (error instanceof z.ZodError) return error.issues.map((i) => i.message).join(" ");
  if (error instanceof Error && KNOWN_ERRORS.includes(error.name)) return error.message;
  throw error;
};
const field = (form: FormData, name: string) => String(form.get(name) ?? "");
const withError = (path: string, error: unknown) => `${path}${path.includes("?") ? "&" : "?"}fehler=${encodeURIComponent(message(error))}`;
/** A path segment only if it is a plausible id (else the list of organisations: never a path built from junk). */
const segment = (value: string) => (/^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null);
/** Back to the control view; a presenter token the page was showing is carried along so the link stays visible. */
const controlView = (form: FormData) => {
  const orgId = segment(field(form, "orgId"));
  const workshopId = segment(field(form, "workshopId"));
  if (!orgId) return "/organisationen";
  if (!workshopId) return `/organisationen/${orgId}/workshops`;
  const token = field(form, "praesentation");
  const path = `/organisationen/${orgId}/workshops/${workshopId}`;
  return /^[A-Za-z0-9_-]{20,64}$/.test(token) ? `${path}?praesentation=${token}` : path;
};

/** Runs a control-view step: ids parsed first (inside the try), then the step; redirects back either way. */
async function controlStep(form: FormData, step: (ids: { orgId: string; workshopId: string }) => Promise<string | void>): Promise<never> {
  const back = controlView(form);
  let target = back;
  try {
    const orgId = IdSchema.parse(field(form, "orgId"));
    const workshopId = IdSchema.parse(field(form, "workshopId"));
    target = (await step({ orgId, workshopId })) ?? back;
  } catch (error) {
    target = withError(back, error);
  }
  redirect(target);
}

export async function createWorkshopAction(form: FormData): Promise<void> {
  const orgId = segment(field(form, "orgId"));
  const back = orgId ? `/organisationen/${orgId}/workshops` : "/organisationen";
  let target: string;
  try {
    const id = IdSchema.parse(field(form, "orgId"));
    const input = CreateWorkshopSchema.parse({ ags: field(form, "ags"), title: field(form, "title"), date: field(form, "date") });
    const created = await createWorkshop(await getPageContext(), id, input);
    target = `${back}/${created.id}?praesentation=${encodeURIComponent(created.presenterToken)}`;
  } catch (error) {
    target = withError(back, error);
  }
  redirect(target);
}

export async function addBlockAction(form: FormData): Promise<void> {
  await controlStep(form, async ({ orgId, workshopId }) => {
    const ctx = await getPageContext();
    const workshop = await getWorkshop(ctx, orgId, workshopId);
    const ideasBlock = (blockId: string) => {
      const block = workshop.blocks.find((b) => b.id === blockId && b.config.type === "ideas");
      if (!block) throw new z.ZodError([{ code: "custom", path: ["ideasBlockId"], message: "Bitte einen Ideen-Block dieses Workshops wählen.", input: blockId }]);
      return block.id;
    };
    const config = await blockConfigFromForm(form, {
      ideaOptions: async (blockId) => ideaOptions(await ideaWall(ctx.prisma, ideasBlock(blockId))),
      measureOptions: (ideasBlockId) => measureOptions(ctx, orgId, workshop, ideasBlockId ? ideasBlock(ideasBlockId) : null),
    });
    await addBlock(ctx, orgId, workshopId, config);
  });
}

export async function blockActionAction(form: FormData): Promise<void> {
  // No "#block-…" fragment: with JavaScript the router would treat a same-path redirect with a hash as a scroll only.
  await controlStep(form, async ({ orgId, workshopId }) => {
    await blockAction(await getPageContext(), orgId, workshopId, IdSchema.parse(field(form, "blockId")), BlockActionSchema.parse(field(form, "action")));
  });
}

export async function moveBlockAction(form: FormData): Promise<void> {
  await controlStep(form, async ({ orgId, workshopId }) => {
    await moveBlock(await getPageContext(), orgId, workshopId, IdSchema.parse(field(form, "blockId")), MoveDirectionSchema.parse(field(form, "direction")));
  });
}

/** Idea moderation: `op` = hide | show | merge (with `into`) | unmerge | cluster (with `cluster`, empty = none). */
export async function moderateIdeaAction(form: FormData): Promise<void> {
  await controlStep(form, async ({ orgId, workshopId }) => {
    const ideaId = IdSchema.parse(field(form, "ideaId"));
    const op = z.enum(["hide", "show", "merge", "unmerge", "cluster"], { error: "Unbekannte Aktion." }).parse(field(form, "op"));
    const change = IdeaModerationSchema.parse(
      op === "hide"
        ? { hidden: true }
        : op === "show"
          ? { hidden: false }
          : op === "merge"
            ? { mergedIntoId: z.string().min(1, "Bitte die Idee wählen, mit der zusammengeführt wird.").parse(field(form, "into")) }
            : op === "unmerge"
              ? { mergedIntoId: null }
              : { cluster: field(form, "cluster").trim() || null },
    );
    await moderateIdea(await getPageContext(), orgId, workshopId, ideaId, change);
  });
}

/** Paper counts of a block: one number field per key (`n:<key>`, lib/domain/workshop/paper.ts); empty = 0. */
export async function paperCountsAction(form: FormData): Promise<void> {
  await controlStep(form, async ({ orgId, workshopId }) => {
    const ctx = await getPageContext();
    const blockId = IdSchema.parse(field(form, "blockId"));
    const block = (await getWorkshop(ctx, orgId, workshopId)).blocks.find((b) => b.id === blockId);
    if (!block) throw new z.ZodError([{ code: "custom", path: ["blockId"], message: "Den Block gibt es nicht (mehr).", input: blockId }]);
    const Count = z.coerce.number({ error: "Papierstimmen: bitte Zahlen eingeben." }).int("Papierstimmen sind ganze Zahlen.").min(0, "Papierstimmen sind ganze Zahlen ab 0.").max(10000, "Höchstens 10.000 pro Feld.");
    const counts = Object.fromEntries(paperKeys(block.config).map((k) => [k.key, Count.parse(field(form, `n:${k.key}`) || "0")]));
    await setPaperCounts(ctx, orgId, workshopId, blockId, counts);
  });
}

export async function rotatePresenterAction(form: FormData): Promise<void> {
  await controlStep(form, async ({ orgId, workshopId }) => {
    const token = await rotatePresenterToken(await getPageContext(), orgId, workshopId);
    return `/organisationen/${orgId}/workshops/${workshopId}?praesentation=${encodeURIComponent(token)}`;
  });
}

/**
 * The results page's "In den Maßnahmenplan übernehmen": the chosen ranked measures and ideas become plan items of the
 * workshop's town; then on to the plan. A refusal (no right to add to the plan, nothing chosen) goes back to the results.
 */
export async function takeMeasuresIntoPlanAction(form: FormData): Promise<void> {
  const orgId = segment(field(form, "orgId"));
  const workshopId = segment(field(form, "workshopId"));
  const back = orgId && workshopId ? `/organisationen/${orgId}/workshops/${workshopId}/ergebnisse` : "/organisationen";
  let target = back;
  try {
    const org = IdSchema.parse(field(form, "orgId"));
    const workshop = IdSchema.parse(field(form, "workshopId"));
    const keys = z.array(z.string().max(300)).max(200).parse(form.getAll("measure").map(String));
    const ctx = await getPageContext();
    const { ags } = await takeWorkshopMeasuresIntoPlan(ctx, org, workshop, keys);
    target = `/gemeinde/${ags}/massnahmenplan?org=${encodeURIComponent(org)}`;
  } catch (error) {
    target = withError(back, error);
  }
  redirect(target);
}

/**
 * The editor's confirmation of a ratings block's proposal (issue 14): the chosen answers go into the self-assessment
 * (one transaction, guarded by the version the page showed). Back to the confirmation page with what happened; a
 * stale version comes back as `?konflikt=<version>&auswahl=…` so the page shows both: the choice and what is stored now.
 */
export async function adoptRatingsAction(form: FormData): Promise<void> {
  const orgId = segment(field(form, "orgId"));
  const workshopId = segment(field(form, "workshopId"));
  const blockId = segment(field(form, "blockId"));
  const back = orgId && workshopId && blockId ? `/organisationen/${orgId}/workshops/${workshopId}/ergebnisse/bewertungen/${blockId}` : "/organisationen";
  let target = back;
  const fields = form.getAll("field").map(String);
  const version = Number(field(form, "version"));
  try {
    const ids = { org: IdSchema.parse(field(form, "orgId")), workshop: IdSchema.parse(field(form, "workshopId")), block: IdSchema.parse(field(form, "blockId")) };
    const body = RatingsAdoptionSchema.parse({ version, fields });
    const saved = await adoptWorkshopRatings(await getPageContext(), ids.org, ids.workshop, ids.block, body);
    target = `${back}?uebernommen=${saved.changed}&version=${saved.version}&regeln=${encodeURIComponent(saved.ruleSetVersion ?? "")}`;
  } catch (error) {
    if (error instanceof ConflictError) {
      const chosen = fields.filter((f) => /^[a-zA-Z]+\.[a-zA-Z0-9]+$/.test(f)).slice(0, 100).join(",");
      target = `${back}?konflikt=${Number.isInteger(version) ? version : 0}&auswahl=${encodeURIComponent(chosen)}`;
    } else target = withError(back, error);
  }
  redirect(target);
}
