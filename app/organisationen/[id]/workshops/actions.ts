"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { AccessError } from "@/lib/auth/guard";
import { getPageContext } from "@/lib/auth/page";
import { addBlock, blockAction, createWorkshop, rotatePresenterToken } from "@/lib/db/tenant/workshops";
import { BlockActionSchema, CreateWorkshopSchema, type BlockConfig } from "@/lib/schemas/workshop";
import { IdSchema } from "@/lib/schemas/tenant";
import { consensusTemplate, ideasTemplate, MODERATOR_TEMPLATES, modelVoteTemplate, ratingsTemplate, weightingTemplate } from "@/lib/workshop/templates";

/**
 * Server actions of the moderator pages (issue 14): plain form posts that work without JavaScript. Each checks the
 * caller through the tenant functions (lib/auth/guard.ts) and redirects back, with `?fehler=` on a refusal.
 */
const message = (error: unknown): string => {
  if (error instanceof AccessError) return error.message;
  if (error instanceof z.ZodError) return error.issues.map((i) => i.message).join(" ");
  if (error instanceof Error && (error.name === "TenantNotFoundError" || error.name === "ConflictError" || error.name === "AnswerRejected")) return error.message;
  throw error;
};
const field = (form: FormData, name: string) => String(form.get(name) ?? "");
const withError = (path: string, error: unknown) => `${path}${path.includes("?") ? "&" : "?"}fehler=${encodeURIComponent(message(error))}`;
/** Back to the control view; a presenter token the page was showing is carried along so the link stays visible. */
const controlView = (orgId: string, workshopId: string, form: FormData) => {
  const token = field(form, "praesentation");
  const path = `/organisationen/${orgId}/workshops/${workshopId}`;
  return /^[A-Za-z0-9_-]{20,64}$/.test(token) ? `${path}?praesentation=${token}` : path;
};

export async function createWorkshopAction(form: FormData): Promise<void> {
  const orgId = IdSchema.parse(field(form, "orgId"));
  const back = `/organisationen/${orgId}/workshops`;
  let target: string;
  try {
    const input = CreateWorkshopSchema.parse({ ags: field(form, "ags"), title: field(form, "title"), date: field(form, "date") });
    const created = await createWorkshop(await getPageContext(), orgId, input);
    target = `${back}/${created.id}?praesentation=${encodeURIComponent(created.presenterToken)}`;
  } catch (error) {
    target = withError(back, error);
  }
  redirect(target);
}

function templateConfig(key: string, statement: string): BlockConfig {
  switch (z.enum(MODERATOR_TEMPLATES, { error: "Bitte eine Vorlage wählen." }).parse(key)) {
    case "ratings":
      return ratingsTemplate();
    case "modelVote":
      return modelVoteTemplate();
    case "ideasConcerns":
      return ideasTemplate("concerns");
    case "ideasStakeholders":
      return ideasTemplate("stakeholders");
    case "weighting":
      return weightingTemplate();
    case "consensus":
      return consensusTemplate(z.string().trim().min(1, "Bitte eine Aussage eingeben.").max(300, "Die Aussage ist zu lang (höchstens 300 Zeichen).").parse(statement));
  }
}

export async function addBlockAction(form: FormData): Promise<void> {
  const orgId = IdSchema.parse(field(form, "orgId"));
  const workshopId = IdSchema.parse(field(form, "workshopId"));
  const back = controlView(orgId, workshopId, form);
  let target = back;
  try {
    await addBlock(await getPageContext(), orgId, workshopId, templateConfig(field(form, "template"), field(form, "statement")));
  } catch (error) {
    target = withError(back, error);
  }
  redirect(target);
}

export async function blockActionAction(form: FormData): Promise<void> {
  const orgId = IdSchema.parse(field(form, "orgId"));
  const workshopId = IdSchema.parse(field(form, "workshopId"));
  const back = controlView(orgId, workshopId, form);
  // No "#block-…" fragment: with JavaScript the router would treat a same-path redirect with a hash as a scroll only.
  let target = back;
  try {
    await blockAction(await getPageContext(), orgId, workshopId, IdSchema.parse(field(form, "blockId")), BlockActionSchema.parse(field(form, "action")));
  } catch (error) {
    target = withError(back, error);
  }
  redirect(target);
}

export async function rotatePresenterAction(form: FormData): Promise<void> {
  const orgId = IdSchema.parse(field(form, "orgId"));
  const workshopId = IdSchema.parse(field(form, "workshopId"));
  const back = `/organisationen/${orgId}/workshops/${workshopId}`;
  let target: string;
  try {
    const token = await rotatePresenterToken(await getPageContext(), orgId, workshopId);
    target = `${back}?praesentation=${encodeURIComponent(token)}`;
  } catch (error) {
    target = withError(back, error);
  }
  redirect(target);
}
