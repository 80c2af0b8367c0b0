import { PROVIDER_CSV_TEMPLATE } from "@/lib/domain/csv/providers";

/** GET /api/v1/providers/template → the CSV template of the provider inventory (`;`, UTF-8 with BOM; public). */
export function GET(): Response {
  return new Response(PROVIDER_CSV_TEMPLATE, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="versorgung-vorlage.csv"',
      "cache-control": "public, max-age=3600",
    },
  });
}
