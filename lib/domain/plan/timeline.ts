import type { AtRiskPractice, ForecastYear } from "@/lib/domain/supply";
import type { PlanItem } from "./types";

/**
 * The plan beside the town's clock (issue 15). Inputs come from the pure supply calculation (lib/domain/supply):
 * the forecast years and the practices at risk. `trainingYears` is the GP training lag, about eleven years —
 * source: Kreis Heinsberg, Beantwortung der Anfrage, question 5 ("rund elf Jahre"), see lib/knowledge/factors.ts;
 * the caller passes it in so the figure stays in the knowledge base.
 */
export interface TimelineMarker {
  year: number;
  kind: "under-supply" | "practice-loses-doctors" | "training-ready";
  label_de: string;
}

export interface TimelineRow {
  itemId: string;
  title: string;
  startYear: number | null;
  dueYear: number | null;
  /** Done before the first year the Versorgungsgrad falls below 75 % (null when it never does in the horizon). */
  beforeGap: boolean | null;
}

export interface PlanTimeline {
  markers: TimelineMarker[];
  rows: TimelineRow[];
  /** First forecast year below the under-supply line (75 %), or null. */
  underSupplyYear: number | null;
}

const yearOf = (iso: string | null) => (iso ? Number(iso.slice(0, 4)) : null);

export function underSupplyYear(forecast: readonly ForecastYear[], line = 75): number | null {
  return forecast.find((f) => f.versorgungsgrad !== null && f.versorgungsgrad < line)?.year ?? null;
}

export function planTimeline(items: readonly PlanItem[], forecast: readonly ForecastYear[], atRisk: readonly AtRiskPractice[], currentYear: number, trainingYears: number): PlanTimeline {
  const gapYear = underSupplyYear(forecast);
  const markers: TimelineMarker[] = [];
  if (gapYear !== null) markers.push({ year: gapYear, kind: "under-supply", label_de: "Versorgungsgrad unter 75 %" });
  for (const practice of atRisk) {
    const last = Math.max(...practice.leavingDoctors.map((d) => d.exitYear));
    if (Number.isFinite(last)) markers.push({ year: last, kind: "practice-loses-doctors", label_de: `${practice.providerName}: ${practice.closes ? "alle Ärztinnen und Ärzte gehen" : "Ärztinnen oder Ärzte gehen"}` });
  }
  markers.push({ year: currentYear + trainingYears, kind: "training-ready", label_de: `Nachwuchs, der heute beginnt, ist fertig (rund ${trainingYears} Jahre)` });
  markers.sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
  const rows = items
    .filter((i) => i.status !== "verworfen")
    .map((i) => {
      const dueYear = yearOf(i.dueDate);
      return { itemId: i.id, title: i.title, startYear: yearOf(i.startDate), dueYear, beforeGap: gapYear === null || dueYear === null ? null : dueYear < gapYear };
    });
  return { markers, rows, underSupplyYear: gapYear };
}
