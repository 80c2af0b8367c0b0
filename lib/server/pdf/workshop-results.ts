import { formatNumber } from "@/lib/domain/format/number";
import type { ModerationDetail } from "@/lib/domain/workshop/moderation-detail";
import type { BlockConfig } from "@/lib/domain/schemas/workshop";
import type { BlockResult } from "@/lib/server/db/workshop-participation";
import { blockResultLines, blockRule, GROUP_RULE } from "@/lib/server/use-cases/workshop-results-csv";
import { longDate } from "./town-report";
import { COLOURS, PdfWriter } from "./writer";

/**
 * A workshop's results as a PDF (issue 14 "CSV and PDF export with the participant count, timestamps and the rules
 * used, the moderation log"), with the town report's machinery (lib/server/pdf/writer.ts: A4, tagged, embedded font,
 * "Seite n von m"): every block with its numbers (overall and by role group ≥ 5, the same lines as the CSV), the rule
 * it was counted by, the collective radar as a table beside the self-check's profile, and the moderation log. Input is
 * plain data (the results page's); the output is the file. German only, like the town report.
 */
export interface WorkshopPdfBlock {
  id: string;
  position: number;
  config: BlockConfig;
  status: "DRAFT" | "OPEN" | "CLOSED" | "REVEALED";
  openedAt: Date | null;
  closedAt: Date | null;
  n: number;
  paper: number;
  overall: BlockResult;
  byRole: ReadonlyArray<{ role: string; result: BlockResult }>;
}

export interface WorkshopPdfData {
  workshop: { title: string; date: string; townName: string; ags: string };
  organisation: string;
  participants: number;
  createdAt: Date;
  blocks: readonly WorkshopPdfBlock[];
  /** The self-check's readiness 0–100 per category (null: no self-check saved). */
  readiness: ReadonlyArray<{ category: string; score: number }> | null;
  log: ReadonlyArray<{ createdAt: Date; actor: string | null; action: string; detail: ModerationDetail }>;
}

export const WORKSHOP_PDF_CHAPTERS = ["Überblick", "Ergebnisse der Blöcke", "Moderationsprotokoll"] as const;

const STATUS: Record<WorkshopPdfBlock["status"], string> = { DRAFT: "Entwurf", OPEN: "offen", CLOSED: "geschlossen", REVEALED: "freigegeben" };
const TYPES: Record<BlockConfig["type"], string> = {
  ratings: "Bewertung der Erfolgsfaktoren",
  singleChoice: "Einfachauswahl",
  multipleChoice: "Mehrfachauswahl",
  scale: "Skala",
  consensus: "Konsens-Check",
  dotVote: "Punktabfrage",
  ranking: "Rangfolge",
  weighting: "Gewichtung",
  ideas: "Ideen",
  openText: "Offene Antworten",
};
/** The moderation log's actions in words (the results page says the same, messages/de/workshop.json `log_*`). */
const LOG: Record<string, string> = {
  "block.add": "Block hinzugefügt",
  "block.open": "Geöffnet",
  "block.close": "Geschlossen",
  "block.reveal": "Ergebnis freigegeben",
  "block.reset": "Zurückgesetzt",
  "block.move": "Verschoben",
  "idea.moderate": "Idee moderiert",
  "paper.counts": "Papierstimmen erfasst",
  "retention.aggregate": "Einzelantworten nach Ablauf der Frist gelöscht, Ergebnis aufbewahrt",
};

const time = new Intl.DateTimeFormat("de-DE", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Berlin" });
const at = (d: Date | null) => (d ? `${time.format(d)} Uhr` : "–");
const answers = (n: number) => (n === 1 ? "1 Antwort" : `${formatNumber(n)} Antworten`);

function logText(action: string, d: ModerationDetail, position: ReadonlyMap<string, number>): string {
  const block = d.blockId && position.has(d.blockId) ? ` Block ${position.get(d.blockId)}` : "";
  const extra =
    action === "idea.moderate"
      ? d.hidden === true
        ? "ausgeblendet"
        : d.hidden === false
          ? "eingeblendet"
          : d.mergedIntoId
            ? "zusammengeführt"
            : d.mergedIntoId === null
              ? "wieder getrennt"
              : d.cluster !== undefined
                ? `Überschrift „${d.cluster ?? "–"}“`
                : ""
      : action === "block.move" && d.direction
        ? d.direction === "up"
          ? "nach oben"
          : "nach unten"
        : "";
  const what = action === "retention.aggregate" && d.restored === true ? "Aus einem Gemeindepaket wiederhergestellt, Ergebnis aufbewahrt" : (LOG[action] ?? action);
  return `${what}${block}${extra ? ` (${extra})` : ""}`;
}

function resultTable(w: PdfWriter, config: BlockConfig, result: BlockResult): void {
  const lines = blockResultLines(config, result);
  if (lines.length === 0) {
    w.paragraph("Keine Einträge.");
    return;
  }
  const countHeader = result.type === "dotVote" || result.type === "ranking" || result.type === "weighting" ? "Punkte" : result.type === "consensus" ? "außerhalb" : "Anzahl";
  if (result.type === "text" || result.type === "ideas") {
    w.table([{ header: "Eintrag", width: 0.82 }, { header: result.type === "ideas" ? "Nennungen" : "", width: 0.18, align: "right" }], lines.map((l) => [l.label, l.count]));
    return;
  }
  w.table(
    [{ header: "Eintrag", width: 0.52 }, { header: countHeader, width: 0.16, align: "right" }, { header: "Mittelwert", width: 0.16, align: "right" }, { header: "Median", width: 0.16, align: "right" }],
    lines.map((l) => [l.label, l.count, l.mean || "–", l.median || "–"]),
  );
}

export async function renderWorkshopResultsPdf(data: WorkshopPdfData): Promise<Buffer> {
  const title = `Workshop-Ergebnisse: ${data.workshop.title}`;
  const w = new PdfWriter({ title, subject: `Versorgungslotse: Workshop in ${data.workshop.townName}`, author: data.organisation });
  w.paragraph(`${data.workshop.townName} (AGS ${data.workshop.ags}) · ${data.organisation}`, { size: 9, colour: COLOURS.muted });
  w.chapter(title);

  w.chapter(WORKSHOP_PDF_CHAPTERS[0], { level: 2 });
  w.facts([
    ["Workshop", data.workshop.title],
    ["Datum", longDate(data.workshop.date)],
    ["Gemeinde", data.workshop.townName],
    ["Organisation", data.organisation],
    ["Teilnehmende", formatNumber(data.participants)],
    ["Blöcke", formatNumber(data.blocks.length)],
    ["Erstellt", at(data.createdAt)],
  ]);
  w.heading("Regeln", 3);
  const rules = [
    `${GROUP_RULE}, damit niemand erkennbar ist.`,
    "Papierstimmen (vom Flipchart) zählen im Gesamtergebnis, nicht in den Rollengruppen.",
    ...data.blocks.map((b) => [b, blockRule(b.config)] as const).filter(([, r]) => r).map(([b, r]) => `Block ${b.position}: ${r}.`),
  ];
  w.bullets(rules);

  w.chapter(WORKSHOP_PDF_CHAPTERS[1], { level: 2 });
  if (data.blocks.length === 0) w.paragraph("Der Workshop hat keine Blöcke.");
  const profile = new Map(data.readiness?.map((r) => [r.category, r.score]) ?? []);
  for (const b of data.blocks) {
    w.heading(`${b.position}. ${b.config.prompt}`, 3);
    const meta = [TYPES[b.config.type], STATUS[b.status], answers(b.n), ...(b.paper > 0 ? [`davon vom Papier: ${formatNumber(b.paper)}`] : []), `geöffnet ${at(b.openedAt)}`, `geschlossen ${at(b.closedAt)}`];
    w.paragraph(meta.join(" · "), { size: 9, colour: COLOURS.muted });
    const rule = blockRule(b.config);
    if (rule) w.paragraph(`Regel: ${rule}`, { size: 9 });
    if (b.n + b.paper === 0 && b.overall.type !== "ideas") {
      w.paragraph("Noch keine Antworten.");
      continue;
    }
    w.paragraph(`Gesamt (${answers(b.n + b.paper)})`, { bold: true });
    resultTable(w, b.config, b.overall);
    if (b.overall.type === "ratings" && b.config.type === "ratings") {
      const ratings = b.overall.result.categories;
      w.paragraph("Gemeinsames Bild neben dem Profil der Selbsteinschätzung (Radar als Tabelle)", { bold: true });
      w.table(
        [{ header: "Erfolgsfaktor", width: 0.46 }, { header: "Raum 1–5", width: 0.18, align: "right" }, { header: "Raum 0–100", width: 0.18, align: "right" }, { header: "Selbstcheck 0–100", width: 0.18, align: "right" }],
        b.config.categories.map((c) => {
          const mean = ratings[c.key]?.mean ?? null;
          const engine = profile.get(c.key);
          return [c.label, mean === null ? "–" : formatNumber(mean, { maximumFractionDigits: 1 }), mean === null ? "–" : formatNumber(Math.round(((mean - 1) / 4) * 100)), engine === undefined ? "–" : formatNumber(engine)];
        }),
      );
      w.paragraph(
        `Umrechnung des Raums auf die Skala des Selbstchecks: (Mittelwert – 1) ÷ 4 × 100; „weiß nicht“ zählt nicht (Annahme des Produkts).${data.readiness ? "" : " Für die Gemeinde ist keine Selbsteinschätzung gespeichert."}`,
        { size: 9, colour: COLOURS.muted },
      );
    }
    if (b.byRole.length > 0) {
      for (const g of b.byRole) {
        w.paragraph(`Rollengruppe ${g.role === "other" ? "Weitere" : g.role}`, { bold: true });
        resultTable(w, b.config, g.result);
      }
    } else if (b.overall.type !== "ideas" && b.n > 0) {
      w.paragraph("Keine Rollengruppe hat 5 oder mehr Antworten; deshalb nur das Gesamtergebnis.", { size: 9, colour: COLOURS.muted });
    }
  }

  w.chapter(WORKSHOP_PDF_CHAPTERS[2], { level: 2 });
  const position = new Map(data.blocks.map((b) => [b.id, b.position]));
  if (data.log.length === 0) w.paragraph("Noch keine Einträge.");
  else
    w.table(
      [{ header: "Zeitpunkt", width: 0.24 }, { header: "Wer", width: 0.26 }, { header: "Was", width: 0.5 }],
      [...data.log].reverse().map((e) => [at(e.createdAt), e.actor ?? "–", logText(e.action, e.detail, position)]),
    );

  return w.finish(`Workshop „${data.workshop.title}“ · ${longDate(data.workshop.date)}`);
}
