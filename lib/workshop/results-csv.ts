import { writeCsv } from "@/lib/csv/parse";
import type { BlockResult } from "@/lib/db/workshop-participation";
import type { BlockConfig } from "@/lib/schemas/workshop";

/**
 * CSV export of a workshop's results (issue 14): `;`-separated, UTF-8 with BOM (opens correctly in Excel), one row
 * per block × item, with participant count, timestamps and the rules used (dot budget, stacking, consensus rule).
 * Numbers in de-DE notation (decimal comma).
 */
export interface ResultsCsvBlock {
  position: number;
  config: BlockConfig;
  openedAt: Date | null;
  closedAt: Date | null;
  n: number;
  result: BlockResult;
}

const number = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2 });
const fmt = (v: number | null | undefined) => (v === null || v === undefined ? "" : number.format(v));
const CONSENSUS_RULE = "gespalten, wenn mind. 1/3 der Bewertungen außerhalb von Median ±1 liegt (Median abgerundet)";

function rule(config: BlockConfig): string {
  if (config.type === "dotVote") return `${config.dots} Punkte, ${config.stacking ? "Häufeln erlaubt" : "höchstens 1 Punkt pro Möglichkeit"}`;
  if (config.type === "weighting") return `${config.points} Punkte verteilen`;
  if (config.type === "ranking") return "Borda-Zählung (Rang 1 = k−1 Punkte)";
  if (config.type === "consensus") return CONSENSUS_RULE;
  return "";
}

export function workshopResultsCsv(workshop: { title: string; date: string; participants: number; exportedAt: Date }, blocks: readonly ResultsCsvBlock[]): string {
  const rows: string[][] = [
    ["Workshop", workshop.title],
    ["Datum", workshop.date],
    ["Teilnehmende", String(workshop.participants)],
    ["Exportiert", workshop.exportedAt.toISOString()],
    [],
    ["Block", "Frage", "Typ", "Regel", "Geöffnet", "Geschlossen", "Antworten", "Eintrag", "Anzahl/Punkte", "Mittelwert", "Median"],
  ];
  for (const b of blocks) {
    const head = [String(b.position), b.config.prompt, b.config.type, rule(b.config), b.openedAt?.toISOString() ?? "", b.closedAt?.toISOString() ?? "", String(b.n)];
    for (const line of blockResultLines(b.config, b.result)) rows.push([...head, line.label, line.count, line.mean, line.median]);
  }
  return writeCsv(rows, ";", true);
}

/** One line per item of a block's aggregate (label, count or points, mean, median; de-DE numbers, "" when none). */
export function blockResultLines(config: BlockConfig, r: BlockResult): { label: string; count: string; mean: string; median: string }[] {
  const labels = new Map<string, string>("options" in config ? config.options.map((o) => [o.key, o.label]) : "categories" in config ? config.categories.map((c) => [c.key, c.label]) : []);
  const label = (k: string) => labels.get(k) ?? k;
  const line = (l: string, count: string, m = "", md = "") => ({ label: l, count, mean: m, median: md });
  switch (r.type) {
    case "ratings":
      return Object.entries(r.result.categories).map(([key, s]) => line(label(key), String(s.n), fmt(s.mean), fmt(s.median)));
    case "choice":
      return Object.entries(r.result.counts).map(([key, count]) => line(label(key), String(count)));
    case "scale":
      return [line("gesamt", String(r.result.n), fmt(r.result.mean), fmt(r.result.median))];
    case "consensus":
      return [line(r.result.split ? "gespalten" : "einig", String(r.result.outside), fmt(r.result.mean), fmt(r.result.median))];
    case "dotVote":
      return r.result.ranking.map((x) => line(label(x.key), String(x.dots)));
    case "ranking":
      return r.result.ranking.map((x) => line(label(x.key), String(x.points)));
    case "weighting":
      return r.result.options.map((x) => line(label(x.key), String(x.total), fmt(x.mean)));
    case "text":
      return r.result.texts.map((text) => line(text, ""));
  }
}
