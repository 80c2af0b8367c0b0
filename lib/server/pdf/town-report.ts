import { formatNumber } from "@/lib/domain/format/number";
import type { ReportScenario, ReportSupply, TownReportData } from "@/lib/server/pdf/report-types";
import { COLOURS, Footnotes, PdfWriter } from "./writer";

/**
 * The town report as a PDF (issue 15): title page, town facts, supply check with a forecast chart, readiness profile,
 * recommendation with reasons and footnoted citations, MVZ-vs-network comparison, workshop results, action plan,
 * sources with the licence attributions. Input is plain data (loadTownReport); the output is the file.
 */
export const TOWN_REPORT_CHAPTERS = [
  "1 Die Gemeinde",
  "2 Versorgungscheck",
  "3 Voraussetzungen vor Ort",
  "4 Empfehlung",
  "5 Vergleich: kommunales MVZ und Gesundheitsnetzwerk",
  "6 Workshop-Ergebnisse",
  "7 Maßnahmenplan",
  "8 Quellen und Anmerkungen",
] as const;

export const longDate = (iso: string) => new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
export const shortDate = (iso: string | null) => (iso ? new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`)) : "–");
export const euro = (value: number) => `${formatNumber(Math.round(value))} €`;
const percent = (value: number | null) => (value === null ? "–" : `${formatNumber(value, { maximumFractionDigits: 1 })} %`);

export async function renderTownReportPdf(data: TownReportData): Promise<Buffer> {
  const title = `Bericht zur hausärztlichen Versorgung – ${data.town.name}`;
  const w = new PdfWriter({ title, subject: "Versorgungslotse: Gemeindebericht", author: data.organisation.name });
  const notes = new Footnotes();

  titlePage(w, data, title);

  w.chapter(TOWN_REPORT_CHAPTERS[0], { newPage: true });
  w.facts([
    ["Gemeinde", `${data.town.officialName} (AGS ${data.town.ags})`],
    ["Kreis", data.town.kreis ?? "–"],
    ["Land", data.town.land],
    ["Einwohnerinnen und Einwohner", formatNumber(data.town.population)],
    ["Fläche", `${formatNumber(data.town.areaHectares / 100, { maximumFractionDigits: 1 })} km²`],
    ["Stand des Gemeindeverzeichnisses", shortDate(data.town.referenceDate)],
  ]);
  w.paragraph("Quelle der Gemeindedaten: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV-ISys; siehe Kapitel 8.", { size: 8.5, colour: COLOURS.muted });

  w.chapter(TOWN_REPORT_CHAPTERS[1]);
  if (data.supply) supplyChapter(w, data.supply, notes);
  else w.paragraph("Für diese Gemeinde sind in der Organisation noch keine Praxen erfasst. Der Versorgungscheck zeigt nach der Erfassung Versorgungsgrad, Altersstruktur und eine Zehn-Jahres-Prognose.");

  const rec = data.recommendation;
  w.chapter(TOWN_REPORT_CHAPTERS[2]);
  if (rec) {
    w.paragraph("Wie weit die Gemeinde in den Handlungsfeldern ist (0 bis 100 Punkte; unbeantwortete Fragen zählen mit einem mittleren Wert).");
    w.figure(`Balkendiagramm Voraussetzungen je Bereich: ${rec.readiness.map((r) => `${r.label} ${formatNumber(r.score, { maximumFractionDigits: 0 })} Punkte`).join(", ")}.`, rec.readiness.length * 20 + 16, (box) => {
      const labelWidth = 170;
      rec.readiness.forEach((r, i) => {
        const y = box.y + i * 20;
        w.doc.font("regular").fontSize(8.5).fillColor(COLOURS.text).text(r.label, box.x, y + 3, { width: labelWidth - 6, lineBreak: false, ellipsis: true });
        const barWidth = box.width - labelWidth - 40;
        w.doc.rect(box.x + labelWidth, y, barWidth, 13).fillColor("#eef1f6").fill();
        w.doc.rect(box.x + labelWidth, y, (barWidth * r.score) / 100, 13).fillColor(COLOURS.accent).fill();
        w.doc.fillColor(COLOURS.text).text(formatNumber(r.score, { maximumFractionDigits: 0 }), box.x + labelWidth + barWidth + 6, y + 3, { width: 34, lineBreak: false });
      });
    });
    w.table(
      [{ header: "Handlungsfeld", width: 0.5 }, { header: "Punkte", width: 0.2, align: "right" }, { header: "beantwortet", width: 0.3, align: "right" }],
      rec.readiness.map((r) => [r.label, formatNumber(r.score, { maximumFractionDigits: 0 }), `${r.answered} von ${r.total}`]),
    );
    const gaps = rec.readiness.flatMap((r) => r.gaps.map((g) => `${r.label}: ${g.text}${notes.ref(g.citations)}`));
    if (gaps.length > 0) {
      w.heading("Lücken", 2);
      w.bullets(gaps.slice(0, 12));
    }
  } else {
    w.paragraph("Die Selbsteinschätzung ist für diese Gemeinde noch nicht ausgefüllt.");
  }

  w.chapter(TOWN_REPORT_CHAPTERS[3]);
  if (rec) {
    w.paragraph(rec.topLabel ? `Empfohlenes Trägermodell: ${rec.topLabel}` : "Kein Trägermodell kommt nach den Antworten in Frage.", { bold: true, size: 11 });
    w.paragraph(rec.summary);
    w.table(
      [{ header: "Rang", width: 0.12, align: "right" }, { header: "Modell", width: 0.48 }, { header: "Punktwert", width: 0.2, align: "right" }, { header: "Stand", width: 0.2 }],
      rec.ranking.map((m) => [String(m.rank), m.label, formatNumber(m.score, { maximumFractionDigits: 1 }), m.excluded ? "ausgeschlossen" : "möglich"]),
    );
    for (const m of rec.ranking) {
      w.heading(`Gründe: ${m.label}`, 2);
      const reasons = [
        ...m.knockOuts.map((k) => `Ausschluss: ${k.text}${notes.ref(k.citations)}`),
        ...m.reasons.map((r) => `${r.points > 0 ? "+" : ""}${formatNumber(r.points, { maximumFractionDigits: 1 })} Punkte: ${r.text}${notes.ref(r.citations)}`),
      ];
      if (reasons.length > 0) w.bullets(reasons);
      else w.paragraph("Keine Antwort verschiebt dieses Modell.");
    }
    w.heading("PORT-Konzept", 2);
    w.paragraph(`${rec.port.fitLabel}${notes.ref(rec.port.citations)}`);
    w.bullets(rec.port.reasons);
    w.heading("Vorgeschlagene nächste Maßnahmen", 2);
    w.bullets(rec.nextMeasures, { numbered: true });
    w.paragraph(
      `Verlässlichkeit: ${rec.confidence.level} – ${rec.confidence.note} Stand der Selbsteinschätzung: ${shortDate(rec.updatedAt)} (${rec.status === "COMPLETED" ? "abgeschlossen" : "Entwurf"}). Berechnet mit dem Regelwerk und Wissensstand Version ${rec.ruleSetVersion}.`,
      { size: 9, colour: COLOURS.muted },
    );
  } else {
    w.paragraph("Ohne Selbsteinschätzung gibt es noch keine Empfehlung.");
  }

  w.chapter(TOWN_REPORT_CHAPTERS[4]);
  if (data.scenario) scenarioSection(w, data.scenario);
  else w.paragraph("Es ist kein Vergleichsszenario gespeichert.");

  w.chapter(TOWN_REPORT_CHAPTERS[5]);
  if (data.workshops.length === 0) w.paragraph("Es liegen keine Workshop-Ergebnisse vor (oder sie sind für Sie nicht freigegeben).");
  for (const workshop of data.workshops) {
    w.heading(`${workshop.title} (${shortDate(workshop.date)})`, 2);
    w.paragraph(`${formatNumber(workshop.participants)} Teilnehmende. Gezeigt werden nur zusammengefasste Ergebnisse.`);
    for (const block of workshop.blocks) {
      w.heading(`${block.prompt} (${formatNumber(block.answers)} Antworten)`, 3);
      w.table([{ header: "Eintrag", width: 0.6 }, { header: "Ergebnis", width: 0.4 }], block.lines.map((l) => [l.label, l.value]));
    }
  }

  w.chapter(TOWN_REPORT_CHAPTERS[6]);
  if (data.plan) {
    const plan = data.plan;
    w.paragraph(`${plan.done} von ${plan.total} Maßnahmen erledigt${plan.overdue > 0 ? `, ${plan.overdue} überfällig` : ""}. Stand: ${shortDate(plan.updatedAt)}.`);
    w.table(
      [
        { header: "Maßnahme", width: 0.34 },
        { header: "Verantwortlich", width: 0.18 },
        { header: "Beginn", width: 0.12 },
        { header: "Fällig", width: 0.12 },
        { header: "Status", width: 0.12 },
        { header: "Kosten", width: 0.12, align: "right" },
      ],
      plan.items.map((i) => [
        `${i.title}${i.addresses ? ` (${i.addresses})` : ""}${i.citations.length ? notes.ref(i.citations) : ""}`,
        i.owner ?? "–",
        shortDate(i.startDate),
        shortDate(i.dueDate),
        i.status,
        i.estimatedCostEuro === null ? "–" : euro(i.estimatedCostEuro),
      ]),
    );
  } else {
    w.paragraph("Es ist noch kein Maßnahmenplan angelegt.");
  }

  w.chapter(TOWN_REPORT_CHAPTERS[7], { newPage: true });
  sourcesSection(w, notes, data);

  return w.finish(`${data.town.name} · ${data.organisation.name} · ${shortDate(data.date)}`);
}

function titlePage(w: PdfWriter, data: TownReportData, title: string): void {
  w.doc.y = 150;
  w.chapter(title);
  w.paragraph(`Stand: ${longDate(data.date)}`, { size: 12 });
  w.paragraph(`Erstellt von: ${data.organisation.name}${data.organisation.verified ? " (bestätigte Organisation)" : ""}`, { size: 12 });
  w.heading("Stand der Arbeit", 2);
  w.facts([
    ["Versorgungscheck", data.supply ? `${formatNumber(data.supply.providerCount)} Einrichtungen erfasst, Stand ${shortDate(data.supply.asOf)}` : "noch keine Praxen erfasst"],
    ["Selbsteinschätzung", data.recommendation ? `${data.recommendation.status === "COMPLETED" ? "abgeschlossen" : "Entwurf"}, ${shortDate(data.recommendation.updatedAt)}` : "nicht ausgefüllt"],
    ["Vergleichsszenario", data.scenario ? `„${data.scenario.name}“, ${shortDate(data.scenario.updatedAt)}` : "keines gespeichert"],
    ["Workshops", data.workshops.length > 0 ? formatNumber(data.workshops.length) : "keine"],
    ["Maßnahmenplan", data.plan ? `${data.plan.done} von ${data.plan.total} Maßnahmen erledigt` : "nicht angelegt"],
    ["Wissensstand", `Version ${data.knowledgeVersion}`],
  ]);
  w.heading("Inhalt", 2);
  w.bullets([...TOWN_REPORT_CHAPTERS]);
}

function supplyChapter(w: PdfWriter, supply: ReportSupply, notes: Footnotes): void {
  const cite = notes.ref(supply.parameters.map((p) => p.citation));
  w.paragraph(
    `${formatNumber(supply.providerCount)} Einrichtungen erfasst, ${formatNumber(supply.gpHeadcount)} Hausärztinnen und Hausärzte, angerechnet ${formatNumber(supply.countedGps, { maximumFractionDigits: 2 })}. Versorgungsgrad ${percent(supply.versorgungsgrad)} (${supply.versorgungsgradBasis === "kv" ? "Angabe der KV" : "berechnet"}).${cite}`,
  );
  w.table(
    [{ header: "Kennzahl", width: 0.3 }, { header: "Wert", width: 0.2, align: "right" }, { header: "Einordnung", width: 0.5 }],
    supply.keyFigures.map((k) => [k.label, k.value, k.reason]),
  );
  w.heading("Prognose der angerechneten Hausärztinnen und Hausärzte", 2, 200);
  const forecast = supply.forecast;
  const required = forecast[0]?.requiredFor100 ?? 0;
  const line75 = forecast[0]?.requiredForUnderSupplyLine ?? 0;
  const max = Math.max(1, required, ...forecast.map((f) => f.countedGps)) * 1.1;
  w.figure(
    `Säulendiagramm: angerechnete Hausärztinnen und Hausärzte ${forecast.map((f) => `${f.year}: ${formatNumber(f.countedGps, { maximumFractionDigits: 1 })}`).join(", ")}; nötig für 100 %: ${formatNumber(required, { maximumFractionDigits: 1 })}, Grenze der Unterversorgung (75 %): ${formatNumber(line75, { maximumFractionDigits: 1 })}.`,
    190,
    (box) => {
      const doc = w.doc;
      const plot = { x: box.x + 30, y: box.y + 8, width: box.width - 40, height: box.height - 40 };
      const yOf = (v: number) => plot.y + plot.height - (v / max) * plot.height;
      doc.lineWidth(0.5).strokeColor(COLOURS.line).moveTo(plot.x, plot.y).lineTo(plot.x, plot.y + plot.height).lineTo(plot.x + plot.width, plot.y + plot.height).stroke();
      const step = plot.width / Math.max(1, forecast.length);
      forecast.forEach((f, i) => {
        const x = plot.x + i * step + step * 0.15;
        doc.rect(x, yOf(f.countedGps), step * 0.7, (f.countedGps / max) * plot.height).fillColor(f.countedGps < line75 ? COLOURS.warn : COLOURS.accentLight).fill();
        doc.font("regular").fontSize(7).fillColor(COLOURS.text).text(String(f.year), x - 4, plot.y + plot.height + 4, { width: step * 0.7 + 8, align: "center", lineBreak: false });
      });
      for (const [value, label, dash] of [
        [required, "100 %", false],
        [line75, "75 % (Unterversorgung)", true],
      ] as const) {
        doc.save().lineWidth(1.2).strokeColor(COLOURS.accent);
        if (dash) doc.dash(4, { space: 3 });
        doc.moveTo(plot.x, yOf(value)).lineTo(plot.x + plot.width, yOf(value)).stroke().undash().restore();
        doc.font("regular").fontSize(7).fillColor(COLOURS.accent).text(label, plot.x + plot.width - 110, yOf(value) - 10, { width: 110, align: "right", lineBreak: false });
      }
      doc.font("regular").fontSize(7).fillColor(COLOURS.muted).text("0", box.x, yOf(0) - 4, { width: 26, align: "right", lineBreak: false });
      doc.text(formatNumber(max / 1.1, { maximumFractionDigits: 1 }), box.x, yOf(max / 1.1) - 4, { width: 26, align: "right", lineBreak: false });
    },
  );
  w.table(
    [{ header: "Jahr", width: 0.16 }, { header: "angerechnet", width: 0.21, align: "right" }, { header: "Versorgungsgrad", width: 0.21, align: "right" }, { header: "nötig für 100 %", width: 0.21, align: "right" }, { header: "Grenze 75 %", width: 0.21, align: "right" }],
    forecast.map((f) => [String(f.year), formatNumber(f.countedGps, { maximumFractionDigits: 2 }), percent(f.versorgungsgrad), formatNumber(f.requiredFor100, { maximumFractionDigits: 2 }), formatNumber(f.requiredForUnderSupplyLine, { maximumFractionDigits: 2 })]),
  );
  if (supply.firstYearBelowUnderSupplyLine !== null) w.paragraph(`Ohne Nachfolge fällt der Versorgungsgrad ${supply.firstYearBelowUnderSupplyLine} unter 75 %.`, { bold: true });
  w.bullets(supply.warnings);
  if (supply.atRisk.length > 0) {
    w.heading("Praxen mit Abgängen in den nächsten fünf Jahren", 2);
    w.table(
      [{ header: "Praxis", width: 0.45 }, { header: "Abgänge", width: 0.15, align: "right" }, { header: "Nachfolge", width: 0.2 }, { header: "schließt", width: 0.2 }],
      supply.atRisk.map((p) => [p.name, formatNumber(p.leaving), p.successor, p.closes ? "ja, ohne Nachfolge" : "nein"]),
    );
  }
}

/** The MVZ-vs-network comparison table (town report and council paper). */
export function scenarioSection(w: PdfWriter, scenario: ReportScenario): void {
  w.paragraph(`Szenario „${scenario.name}“, Stand ${shortDate(scenario.updatedAt)}${scenario.knowledgeVersion ? `, Annahmen aus Wissensstand ${scenario.knowledgeVersion}` : ""}. Beträge über den Betrachtungszeitraum; positive Summe: die Gemeinde zahlt.`);
  const columns = [{ header: "", width: 0.31 }, ...scenario.models.map((m) => ({ header: m.label, width: 0.69 / scenario.models.length, align: "right" as const }))];
  const row = (label: string, pick: (m: ReportScenario["models"][number]) => string) => [label, ...scenario.models.map(pick)];
  w.table(columns, [
    row("Betrachtungszeitraum", (m) => `${m.horizonYears} Jahre`),
    row("Investitionen", (m) => euro(m.investment)),
    row("Laufende Kosten", (m) => euro(m.running)),
    row("Einnahmen", (m) => euro(m.revenue)),
    row("Fördermittel", (m) => euro(m.grant)),
    row("Saldo für die Gemeinde", (m) => euro(m.net)),
  ]);
}

/** Footnotes, the source documents, the data licences and the knowledge version (last chapter of both documents). */
export function sourcesSection(w: PdfWriter, notes: Footnotes, data: Pick<TownReportData, "sources" | "licences" | "knowledgeVersion">): void {
  w.heading("Anmerkungen", 2);
  if (notes.entries.length > 0) w.bullets(notes.entries, { numbered: true });
  else w.paragraph("Keine.");
  w.heading("Quellen", 2);
  w.bullets(data.sources.map((s) => `${s.title} (${s.file})`));
  w.heading("Daten und Lizenzen", 2);
  w.bullets(data.licences);
  w.paragraph(
    `Wissensstand und Regelwerk: Version ${data.knowledgeVersion}. Die Empfehlung ist eine nachvollziehbare Einschätzung auf Grundlage der Antworten und der genannten Quellen, keine Rechtsberatung.`,
    { size: 9, colour: COLOURS.muted },
  );
}
