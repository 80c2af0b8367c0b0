import { z } from "zod";
import { de } from "zod/v4/locales";

/**
 * zod's built-in messages in German (the product language), for the few checks without a message of their own.
 * Imported for its effect by every module that parses outside input (lib/server/api/respond.ts, the engine's entry point,
 * the wizard's answer parser), so the configuration is the same wherever parsing happens.
 */
z.config(de());

/** A zod error as a list of field paths and their (German) messages: what the API's 400 body and the import previews show. */
export function issuesOf(error: z.ZodError): Array<{ path: string; message: string }> {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join(".") || "(Eingabe)", message: issue.message }));
}
