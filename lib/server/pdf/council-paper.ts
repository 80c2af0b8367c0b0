import { formatNumber } from "@/lib/domain/format/number";
import type { CouncilPaperData } from "@/lib/server/pdf/report-types";
import { longDate, scenarioSection, shortDate, sourcesSection } from "./town-report";
import { COLOURS, Footnotes, PdfWriter } from "./writer";

/**
 * The comparison's council paper (Beschlussvorlage) as a PDF, with the town report's machinery: situation, options
 * (the cited comparison of the models), costs of the saved scenario, recommendation, sources.
 */
export const COUNCIL_PAPER_CHAPTERS = ["1. Sachverhalt", "2. Optionen", "3. Kosten", "4. Empfehlung", "5. Quellen"] as const;

export async function renderCouncilPaperPdf(data: CouncilPaperData): Promise<Buffer> {
  const title = `Sicherung der hausärztlichen Versorgung in ${data.town.name}: Wahl des Trägermodells`;
  const w = new PdfWriter({ title, subject: "Beschlussvorlage (Entwurf)", author: data.organisation.name });
  const notes = new Footnotes();
  w.paragraph(`Beschlussvorlage (Entwurf) · ${data.town.officialName} · ${longDate(data.date)} · ${data.organisation.name}`, { size: 9, colour: COLOURS.muted });
  w.chapter(title);

  w.chapter(COUNCIL_PAPER_CHAPTERS[0], { level: 2 });
  w.paragraph(`${data.town.name} hat ${formatNumber(data.town.population)} Einwohnerinnen und Einwohner (Kreis: ${data.town.kreis ?? "–"}, Land: ${data.town.land}).`);
  w.paragraph(
    "Ältere Praxen finden keine Nachfolge, die Bevölkerung altert, junge Ärztinnen und Ärzte lassen sich seltener in kleinen Städten nieder; Studium und Weiterbildung zur Fachärztin oder zum Facharzt für Allgemeinmedizin dauern rund elf Jahre. Die Kassenärztliche Vereinigung trägt den Sicherstellungsauftrag, die Kommune kann aber als Unterstützerin, Eigentümerin oder Trägerin handeln. Diese Vorlage stellt die Möglichkeiten gegenüber.",
  );

  w.chapter(COUNCIL_PAPER_CHAPTERS[1], { level: 2 });
  w.paragraph("Zur Wahl stehen drei Trägermodelle; das PORT-Konzept kann auf jedem von ihnen aufsetzen.");
  for (const option of data.options) {
    w.heading(option.label, 3);
    w.table(
      [{ header: "Modell", width: 0.25 }, { header: "Einschätzung", width: 0.75 }],
      option.cells.map((c) => [c.model, `${c.text}${notes.ref(c.citations)}`]),
    );
  }

  w.chapter(COUNCIL_PAPER_CHAPTERS[2], { level: 2 });
  scenarioSection(w, data.scenario);
  w.paragraph("Nettokosten = Investition + laufende Kosten − Einnahmen − Fördermittel. Nicht in den Quellen bezifferte Beträge sind Annahmen und vor einer Entscheidung durch eigene Planung zu ersetzen.", { size: 9, colour: COLOURS.muted });

  w.chapter(COUNCIL_PAPER_CHAPTERS[3], { level: 2 });
  const rec = data.recommendation;
  if (rec) {
    w.paragraph(rec.topLabel ? `Nach der Selbsteinschätzung vom ${shortDate(rec.updatedAt)} passt am besten: ${rec.topLabel}.` : "Nach der Selbsteinschätzung kommt derzeit kein Trägermodell in Frage.", { bold: true });
    w.paragraph(rec.summary);
    w.bullets(rec.ranking.flatMap((m) => m.reasons.slice(0, 2).map((r) => `${m.label}: ${r.text}${notes.ref(r.citations)}`)));
    w.paragraph(`Berechnet mit dem Regelwerk und Wissensstand Version ${rec.ruleSetVersion}.`, { size: 9, colour: COLOURS.muted });
  } else {
    w.paragraph("Ohne Selbstcheck gibt es keine Rangfolge der Empfehlungslogik; die Empfehlung stützt sich auf die Gegenüberstellung oben.");
  }

  w.chapter(COUNCIL_PAPER_CHAPTERS[4], { level: 2 });
  sourcesSection(w, notes, data);
  return w.finish(`Beschlussvorlage ${data.town.name} · ${shortDate(data.date)}`);
}
