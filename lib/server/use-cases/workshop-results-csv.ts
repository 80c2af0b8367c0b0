import { writeCsv } from "@/lib/domain/csv/parse";
import type { BlockResult } from "@/lib/server/db/workshop-participation";
import type { BlockConfig } from "@/lib/domain/schemas/workshop";

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
  /** Entries from a paper flipchart, counted in `result` (not in the role groups). */
  paper?: number;
  result: BlockResult;
  /** Results by role group (groups of at least 5 only). */
  byRole?: ReadonlyArray<{ role: string; result: BlockResult }>;
}

const number = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2 });
const fmt = (v: number | null | undefined) => (v === null || v === undefined ? "" : number.format(v));
const CONSENSUS_RULE = "gespalten, wenn mind. 1/3 der Bewertungen außerhalb von Median ±1 liegt (Median abgerundet)";
export const GROUP_RULE = "Rollengruppen erst ab 5 Personen getrennt ausgewiesen";

/** The rule a block was counted by (dot budget, stacking, consensus rule), as text; empty when none. */
export function blockRule(config: BlockConfig): string {
  if (config.type === "dotVote") return `${config.dots} Punkte, ${config.stacking ? "Häufeln erlaubt" : "höchstens 1 Punkt pro Möglichkeit"}`;
  if (config.type === "weighting") return `${config.points} Punkte verteilen`;
  if (config.type === "ranking") return "Borda-Zählung (Rang 1 = k−1 Punkte)";
  if (config.type === "consensus") return CONSENSUS_RULE;
  return "";
}

/** The item rows of one result: [entry, count/points, mean, median]. */
function itemRows(config: BlockConfig, r: BlockResult): string[][] {
  const labels = new Map<string, string>("options" in config ? config.options.map((o) => [o.key, o.label]) : "categories" in config ? config.categories.map((c) => [c.key, c.label]) : []);
  const label = (k: string) => labels.get(k) ?? k;
  switch (r.type) {
    case "ratings":
      return Object.entries(r.result.categories).map(([key, s]) => [label(key), String(s.n), fmt(s.mean), fmt(s.median)]);
    case "choice":
      return Object.entries(r.result.counts).map(([key, count]) => [label(key), String(count), "", ""]);
    case "scale":
      return [["gesamt", String(r.result.n), fmt(r.result.mean), fmt(r.result.median)]];
    case "consensus":
      return [[r.result.split ? "gespalten" : "einig", String(r.result.outside), fmt(r.result.mean), fmt(r.result.median)]];
    case "dotVote":
      return r.result.ranking.map((x) => [label(x.key), String(x.dots), "", ""]);
    case "ranking":
      return r.result.ranking.map((x) => [label(x.key), String(x.points), "", ""]);
    case "weighting":
      return r.result.options.map((x) => [label(x.key), String(x.total), fmt(x.mean), ""]);
    case "text":
      return r.result.texts.map((text) => [text, "", "", ""]);
    case "ideas":
      return r.result.ideas.map((i) => [i.cluster ? `${i.cluster}: ${i.text}` : i.text, String(1 + i.merged), "", ""]);
  }
}

export function workshopResultsCsv(workshop: { title: string; date: string; participants: number; exportedAt: Date }, blocks: readonly ResultsCsvBlock[]): string {
  const rows: string[][] = [
    ["Workshop", workshop.title],
    ["Datum", workshop.date],
    ["Teilnehmende", String(workshop.participants)],
    ["Exportiert", workshop.exportedAt.toISOString()],
    ["Regel", GROUP_RULE],
    [],
    ["Block", "Frage", "Typ", "Regel", "Geöffnet", "Geschlossen", "Antworten", "Papier", "Gruppe", "Eintrag", "Anzahl/Punkte", "Mittelwert", "Median"],
  ];
  for (const b of blocks) {
    const head = [String(b.position), b.config.prompt, b.config.type, blockRule(b.config), b.openedAt?.toISOString() ?? "", b.closedAt?.toISOString() ?? "", String(b.n), String(b.paper ?? 0)];
    for (const item of itemRows(b.config, b.result)) rows.push([...head, "alle", ...item]);
    for (const g of b.byRole ?? []) for (const item of itemRows(b.config, g.result)) rows.push([...head, g.role === "other" ? "Weitere" : g.role, ...item]);
  }
  return writeCsv(rows, ";", true);
}

/** One line per item of a block's aggregate (label, count or points, mean, median; de-DE numbers, "" when none). */
export function blockResultLines(config: BlockConfig, r: BlockResult): { label: string; count: string; mean: string; median: string }[] {
  return itemRows(config, r).map(([label = "", count = "", mean = "", median = ""]) => ({ label, count, mean, median }));
}
