"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { AccessError } from "@/lib/server/auth/guard";
import { getPageContext } from "@/lib/server/auth/page";
import { addCuratedVersion } from "@/lib/server/db/tenant/curated-versions";
import { parseNumber } from "@/lib/domain/format/number";

/**
 * The curation page's server action (issue 13): a plain form post (works without JavaScript) turned into the same
 * input the API takes and handed to `addCuratedVersion` — which checks the operator, parses with THE schema
 * (lib/domain/schemas/curation.ts), checks `basedOn` and audits. Back to the page with `?gespeichert=` or `?fehler=`.
 */
const PAGE = "/betrieb/wissenspflege";
const field = (form: FormData, name: string) => String(form.get(name) ?? "");

/** A German number field as a number; text that is no number stays text, so the schema names the field. */
function number(form: FormData, name: string, integer = false): unknown {
  const raw = field(form, name).replace(/€|euro/gi, "").trim();
  if (raw === "") return null;
  const parsed = parseNumber(raw, { integer });
  return parsed.ok ? parsed.value : raw;
}

function message(error: unknown): string {
  if (error instanceof AccessError) return error.message;
  if (error instanceof z.ZodError) return error.issues.map((i) => i.message).join(" ");
  if (error instanceof Error && (error.name === "ConflictError" || error.name === "TenantInputError" || error.name === "TenantNotFoundError")) return error.message;
  throw error;
}

/** The form's fields as the API's input (only fields the form has: the schema refuses nothing the form sends). */
function inputOf(form: FormData): Record<string, unknown> {
  const kind = field(form, "kind");
  const common = { validFrom: field(form, "validFrom"), source: field(form, "source"), note: field(form, "note"), basedOn: Number(field(form, "basedOn")) };
  if (kind === "funding-programme") {
    return { kind, programmeId: field(form, "programmeId"), open: field(form, "open") === "ja", amountMaxEur: number(form, "amountMaxEur", true), ...common };
  }
  return { kind, key: field(form, "key"), value: number(form, "value") ?? "", version: field(form, "version"), ...common };
}

export async function addVersionAction(form: FormData): Promise<void> {
  const anchor = field(form, "anchor").replace(/[^a-z0-9-]/g, "");
  let to: string;
  try {
    const version = await addCuratedVersion(await getPageContext(), inputOf(form));
    to = `${PAGE}?gespeichert=${encodeURIComponent(version.subject)}`;
  } catch (error) {
    to = `${PAGE}?fehler=${encodeURIComponent(message(error))}&bei=${encodeURIComponent(anchor)}`;
  }
  redirect(to);
}
