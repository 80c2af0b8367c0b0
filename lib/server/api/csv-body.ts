import { decodeTextFile, type DetectedEncoding } from "@/lib/domain/csv/encoding";
import { ProvidersCsvImportSchema } from "@/lib/domain/schemas/provider-api";
import { TenantInputError } from "@/lib/server/db/tenant/errors";
import { readBody } from "./tenant-route";

/** Raw bytes beyond this are refused before decoding (the decoded text is limited to 2 MB by the schema; UTF-16 doubles it). */
const MAX_FILE_BYTES = 4_000_000;

/** The file types a raw upload may declare; everything else is read as the JSON body `{csv, mode}`. */
const RAW_TYPES = new Set(["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", "application/octet-stream"]);

export interface CsvImportBody {
  csv: string;
  mode: "preview" | "apply";
  /** The encoding detected in a raw upload; null for the JSON body (the browser already decoded the file). */
  encoding: DetectedEncoding | null;
}

/**
 * The body of a provider CSV import (town or county): either JSON `{csv, mode}` as the app's own pages send it, or the
 * file itself (`Content-Type: text/csv`, mode as `?mode=preview|apply`) in whatever encoding the program that wrote it
 * used — UTF-8 with or without BOM, Windows-1252 (German Excel's "CSV (Trennzeichen-getrennt)"), UTF-16 — detected by
 * the same pure function the browser uses (lib/domain/csv/encoding.ts).
 */
export async function readCsvImport(request: Request): Promise<CsvImportBody> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!RAW_TYPES.has(type)) return { ...(await readBody(request, ProvidersCsvImportSchema)), encoding: null };
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > MAX_FILE_BYTES) throw new TenantInputError("Die Datei ist zu groß (höchstens 2 MB).", { field: "csv" });
  const { text, encoding } = decodeTextFile(bytes);
  const mode = new URL(request.url).searchParams.get("mode") ?? undefined;
  return { ...ProvidersCsvImportSchema.parse({ csv: text, mode }), encoding };
}
