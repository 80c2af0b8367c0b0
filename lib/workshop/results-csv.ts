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
    const labels = new Map<string, string>("options" in b.config ? b.config.options.map((o) => [o.key, o.label]) : "categories" in b.config ? b.config.categories.map((c) => [c.key, c.label]) : []);
    const label = (k: string) => labels.get(k) ?? k;
    const r = b.result;
    switch (r.type) {
      case "ratings":
        for (const [key, s] of Object.entries(r.result.categories)) rows.push([...head, label(key), String(s.n), fmt(s.mean), fmt(s.median)]);
        break;
      case "choice":
        for (const [key, count] of Object.entries(r.result.counts)) rows.push([...head, label(key), String(count), "", ""]);
        break;
      case "scale":
        rows.push([...head, "gesamt", String(r.result.n), fmt(r.result.mean), fmt(r.result.median)]);
        break;
      case "consensus":
        rows.push([...head, r.result.split ? "gespalten" : "einig", String(r.result.outside), fmt(r.result.mean), fmt(r.result.median)]);
        break;
      case "dotVote":
        for (const x of r.result.ranking) rows.push([...head, label(x.key), String(x.dots), "", ""]);
        break;
      case "ranking":
        for (const x of r.result.ranking) rows.push([...head, label(x.key), String(x.points), "", ""]);
        break;
      case "weighting":
        for (const x of r.result.options) rows.push([...head, label(x.key), String(x.total), fmt(x.mean), ""]);
        break;
      case "text":
        for (const text of r.result.texts) rows.push([...head, text, "", "", ""]);
        break;
    }
  }
  return writeCsv(rows, ";", true);
}
