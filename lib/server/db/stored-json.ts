import { z } from "zod";
import { issuesOf } from "@/lib/domain/zod-german";

/**
 * JSON columns are parsed with their schema on read, never cast (issue 13). A stored value that fails its schema is
 * refused here with a German message naming the column, the row and the fields, instead of travelling on with a type
 * it does not have and breaking deep in a component or the PDF writer.
 */
export class StoredDataError extends Error {
  constructor(
    message: string,
    readonly column: string,
    readonly issues: ReadonlyArray<{ path: string; message: string }>,
  ) {
    super(message);
    this.name = "StoredDataError";
  }
}

/** "path: message; …" of a refused stored value (German, the same wording as the API's 400 issues). */
export function storedIssuesText(error: z.ZodError): string {
  return issuesOf(error)
    .map((i) => `${i.path}: ${i.message}`)
    .join("; ");
}

/** `json` read from `column` of the row `row` with `schema`: the parsed value, or a StoredDataError. */
export function readStoredJson<S extends z.ZodType>(schema: S, json: unknown, column: string, row: string): z.output<S> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new StoredDataError(
    `Gespeicherte Daten in ${column} (${row}) haben nicht das erwartete Format (${storedIssuesText(parsed.error)}). Bitte melden Sie den Fehler.`,
    column,
    issuesOf(parsed.error),
  );
}

/** A JSON object as stored, kept as it is (its own schema reads it where it is used, e.g. a town package's import). */
export const StoredJsonObjectSchema = z.record(z.string(), z.unknown());
