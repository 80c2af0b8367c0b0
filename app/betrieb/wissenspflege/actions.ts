"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { AccessError, authorize } from "@/lib/server/auth/guard";
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

class NumberFieldError extends Error {
  override name = "NumberFieldError";
}

/** A German number field as a number (the one parser: "1.500" is refused as ambiguous, with its reason); empty → null. */
function number(form: FormData, name: string, label: string, integer = false): number | null {
  const raw = field(form, name).replace(/€|euro/gi, "").trim();
  if (raw === "") return null;
  const parsed = parseNumber(raw, { integer });
  if (!parsed.ok) throw new NumberFieldError(`${label}: ${parsed.message}`);
  return parsed.value;
}

function message(error: unknown): string {
  if (error instanceof AccessError) return error.message;
  if (error instanceof z.ZodError) return error.issues.map((i) => i.message).join(" ");
  if (error instanceof Error && (error.name === "ConflictError" || error.name === "TenantInputError" || error.name === "TenantNotFoundError" || error.name === "NumberFieldError")) return error.message;
  throw error;
}

/** The form's fields as the API's input (only fields the form has: the schema refuses nothing the form sends). */
function inputOf(form: FormData): Record<string, unknown> {
  const kind = field(form, "kind");
  const common = { validFrom: field(form, "validFrom"), source: field(form, "source"), note: field(form, "note"), basedOn: Number(field(form, "basedOn")) };
  if (kind === "funding-programme") {
    return { kind, programmeId: field(form, "programmeId"), open: field(form, "open") === "ja", amountMaxEur: number(form, "amountMaxEur", "Höchstbetrag", true), ...common };
  }
  return { kind, key: field(form, "key"), value: number(form, "value", "Wert") ?? "", version: field(form, "version"), ...common };
}

export async function addVersionAction(form: FormData): Promise<void> {
  const anchor = field(form, "anchor").replace(/[^a-z0-9-]/g, "");
  let to: string;
  try {
    const ctx = await getPageContext();
    authorize(ctx.caller, "knowledgeVersion", "create"); // before any field is read
    const version = await addCuratedVersion(ctx, inputOf(form));
    to = `${PAGE}?gespeichert=${encodeURIComponent(version.subject)}`;
  } catch (error) {
    to = `${PAGE}?fehler=${encodeURIComponent(message(error))}&bei=${encodeURIComponent(anchor)}`;
  }
  redirect(to);
}
