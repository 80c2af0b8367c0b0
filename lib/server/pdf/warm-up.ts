import { PdfWriter } from "./writer";

/**
 * The one-off cost of the first PDF in a fresh process (issue 15: a report renders in ≤ 2 s): fontkit parses the
 * font's tables lazily on first use (character map, glyph positioning and substitution, the outlines it subsets),
 * and pdfkit's code runs cold. A small document with every character a report uses, in both weights, with a
 * heading, table, list, drawing and the footer, pays that cost once. The server starts it in the background after
 * it listens (instrumentation.ts), so it never delays the start; the parsed fonts are kept for the process
 * (lib/server/pdf/fonts.ts), so the first real report finds them ready.
 */
const SAMPLE =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz ÄÖÜ äöüß 0123456789 .,;:!?-–—_()[]{}/\\\"'„“”‚‘’«» %‰€$§&@#*+=<>|~^°±×÷·•… ²³½¼ µ é è à ç ñ";

let warming: Promise<void> | null = null;

/** Renders the warm-up document once per process (later calls share the first). */
export function warmUpPdf(): Promise<void> {
  warming ??= (async () => {
    const w = new PdfWriter({ title: "Vorwärmen", subject: SAMPLE, author: "Versorgungslotse" });
    w.chapter(SAMPLE);
    w.heading(SAMPLE, 2);
    w.paragraph(SAMPLE);
    w.paragraph(SAMPLE, { bold: true });
    w.bullets([SAMPLE, SAMPLE], { numbered: true });
    w.table([{ header: SAMPLE, width: 0.5 }, { header: "Wert", width: 0.5, align: "right" }], [[SAMPLE, "1.234,5 €"]]);
    w.figure(SAMPLE, 40, ({ x, y, width, height }) => {
      w.doc.save().lineWidth(1).strokeColor("#17315e").moveTo(x, y + height).lineTo(x + width, y).stroke().dash(4, { space: 3 }).moveTo(x, y).lineTo(x + width, y + height).stroke().undash().restore();
      w.doc.rect(x, y, width / 4, height / 2).fill("#9bb4dc");
      w.doc.font("regular").fontSize(7).fillColor("#4d4d4d").text(SAMPLE, x, y, { width, lineBreak: false });
    });
    await w.finish(SAMPLE);
  })();
  return warming;
}
