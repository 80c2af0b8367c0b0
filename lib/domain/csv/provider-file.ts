/**
 * The provider import's file reader: an Excel workbook (.xlsx, by its zip signature or name) or a CSV text file in
 * any encoding German tools write (lib/domain/csv/encoding.ts). Gives the CSV text the import API validates, and how the
 * file was read (shown beside the preview, so a user sees "Windows-1252" rather than garbled umlauts).
 */
import { decodeTextFile, ENCODING_LABELS } from "@/lib/domain/csv/encoding";

export type ProviderFileResult = { ok: true; csv: string; readAs: string } | { ok: false; message: string };

export async function providerFileToCsv(fileName: string, data: ArrayBuffer | Uint8Array): Promise<ProviderFileResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (zip || /\.xlsx$/i.test(fileName)) {
    // Loaded on demand: exceljs is only fetched when someone picks a workbook.
    const { xlsxToCsv } = await import("@/lib/domain/csv/xlsx");
    const read = await xlsxToCsv(bytes);
    return read.ok ? { ok: true, csv: read.csv, readAs: `Excel-Arbeitsmappe, Blatt „${read.sheetName}“` } : read;
  }
  if (/\.(xls|ods|numbers)$/i.test(fileName)) {
    return { ok: false, message: "Dieses Dateiformat wird nicht gelesen. Bitte als Excel-Arbeitsmappe (.xlsx) oder als CSV speichern." };
  }
  const decoded = decodeTextFile(bytes);
  return { ok: true, csv: decoded.text, readAs: `CSV, ${ENCODING_LABELS[decoded.encoding]}` };
}
