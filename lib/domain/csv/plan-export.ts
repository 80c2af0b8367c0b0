import { citationParts } from "@/lib/domain/citation";
import { writeCsv } from "@/lib/domain/csv/parse";
import { buildIcs, type IcsEvent } from "@/lib/domain/plan/ics";
import { isOverdue } from "@/lib/domain/plan/progress";
import type { PlanItem, PlanItemStatus } from "@/lib/domain/plan/types";
import { formatNumber } from "@/lib/domain/format/number";
import type { Citation } from "@/lib/domain/citation";
import { FACTOR_CATEGORY_LABELS_DE, MODEL_LABELS_DE, type FactorCategory, type ModelId } from "@/lib/domain/ids";

/**
 * The action plan as files (issue 15): CSV for Excel in German (`;`, UTF-8 with BOM, CRLF, dates as TT.MM.JJJJ,
 * amounts as "12.500", formula cells neutralised by lib/domain/csv) and the due dates as iCalendar. Pure functions.
 */
export const PLAN_STATUS_DE: Record<PlanItemStatus, string> = {
  geplant: "geplant",
  in_arbeit: "in Arbeit",
  erledigt: "erledigt",
  zurueckgestellt: "zurückgestellt",
  verworfen: "verworfen",
};

export const PLAN_SOURCE_DE: Record<"catalogue" | "engine" | "workshop" | "own", string> = {
  catalogue: "Maßnahmenkatalog",
  engine: "Vorschlag der Selbsteinschätzung",
  workshop: "Workshop",
  own: "eigene Maßnahme",
};

export interface ExportPlanItem extends PlanItem {
  position: number;
  ownerLabel: string | null;
  addressesFactor: string | null;
  addressesGap: string | null;
  modelId: string | null;
  estimatedCostEuro: number | null;
  fundingProgrammeIds: readonly string[];
  source: keyof typeof PLAN_SOURCE_DE;
  citations: readonly Citation[] | null;
}

export const PLAN_CSV_HEADER = [
  "Priorität",
  "Maßnahme",
  "Status",
  "Status seit",
  "Zuständig",
  "Beginn",
  "Fällig",
  "Überfällig",
  "Geschätzte Kosten (Euro)",
  "Förderprogramme",
  "Faktor",
  "Lücke",
  "Modell",
  "Herkunft",
  "Quelle",
  "Notizen",
] as const;

/** "2027-06-30" → "30.06.2027" (what German Excel reads as a date). */
export function germanDate(iso: string | null): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

const berlinDay = (d: Date) => new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Europe/Berlin" }).format(d);

export function factorLabel(factor: string | null): string {
  return factor ? (FACTOR_CATEGORY_LABELS_DE[factor as FactorCategory] ?? factor) : "";
}
export function modelLabel(model: string | null): string {
  return model ? (MODEL_LABELS_DE[model as ModelId] ?? model) : "";
}

/** A citation in one cell: the source's short title and section (or the rule). */
function citationLine(c: Citation): string {
  const { title, where } = citationParts(c);
  return where ? `${title}, ${where}` : title;
}

export function planCsv(items: readonly ExportPlanItem[], fundingNames: ReadonlyMap<string, string>, today: string): string {
  const rows = items.map((i) => [
    String(i.position),
    i.title,
    PLAN_STATUS_DE[i.status],
    berlinDay(i.statusChangedAt),
    i.ownerLabel ?? "",
    germanDate(i.startDate),
    germanDate(i.dueDate),
    isOverdue(i, today) ? "ja" : "nein",
    i.estimatedCostEuro === null ? "" : formatNumber(i.estimatedCostEuro),
    i.fundingProgrammeIds.map((id) => fundingNames.get(id) ?? id).join(", "),
    factorLabel(i.addressesFactor),
    i.addressesGap ?? "",
    modelLabel(i.modelId),
    PLAN_SOURCE_DE[i.source],
    (i.citations ?? []).map(citationLine).join(" | "),
    i.notes ?? "",
  ]);
  return writeCsv([[...PLAN_CSV_HEADER], ...rows], ";", true);
}

/** One all-day event per open item with a due date (done and discarded items have nothing left to be due). */
export function planIcs(items: readonly ExportPlanItem[], townName: string, host: string, now: Date): string {
  const events: IcsEvent[] = items
    .filter((i) => i.dueDate !== null && i.status !== "erledigt" && i.status !== "verworfen")
    .map((i) => ({
      uid: `massnahme-${i.id}@${host}`,
      date: i.dueDate!,
      summary: `Fällig: ${i.title}`,
      description: [`Maßnahmenplan ${townName}`, `Status: ${PLAN_STATUS_DE[i.status]}`, i.ownerLabel ? `Zuständig: ${i.ownerLabel}` : null].filter(Boolean).join("\n"),
    }));
  return buildIcs(events, now, `Maßnahmenplan ${townName}`);
}
