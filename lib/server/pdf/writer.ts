import PDFDocument from "pdfkit";
import { citationKey, SOURCE_TITLES, type Citation } from "@/lib/domain/citation";
import { reportFont } from "./fonts";

/**
 * A small layer over pdfkit for the app's documents (town report, council paper): A4, tagged PDF (structure tree
 * with headings, paragraphs, lists, tables and figures with alternative text, language de-DE), real text in an
 * embedded font, numbered footnotes for citations and "Seite n von m" on every page (marked as artifacts, so
 * screen readers skip them).
 */
type Struct = PDFKit.PDFStructureElement;

export const COLOURS = { text: "#1b1b1b", muted: "#4d4d4d", accent: "#17315e", accentLight: "#9bb4dc", line: "#b3b3b3", warn: "#b5121b" } as const;
const MARGIN = { top: 60, bottom: 64, left: 60, right: 60 };

export interface TableColumn {
  header: string;
  /** Share of the content width. */
  width: number;
  align?: "left" | "right";
}

/** Numbered citations: the same citation gets the same number; the list goes into the sources chapter. */
export class Footnotes {
  private readonly numbers = new Map<string, number>();
  readonly entries: string[] = [];

  ref(citations: readonly Citation[]): string {
    if (citations.length === 0) return "";
    const numbers = citations.map((c) => {
      const key = citationKey(c);
      let n = this.numbers.get(key);
      if (n === undefined) {
        this.entries.push(citationText(c));
        n = this.entries.length;
        this.numbers.set(key, n);
      }
      return n;
    });
    return ` [${[...new Set(numbers)].join(", ")}]`;
  }
}

export function citationText(c: Citation): string {
  if (c.kind === "rule") return c.note ? `${c.rule} – ${c.note}` : c.rule;
  return `${SOURCE_TITLES[c.source].short}, Abschnitt „${c.section}“${c.quote ? `: „${c.quote}“` : ""}`;
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly root: Struct;
  private section: Struct;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<void>;

  constructor(meta: { title: string; subject: string; author: string }) {
    const regular = reportFont("regular");
    this.doc = new PDFDocument({
      size: "A4",
      margins: MARGIN,
      tagged: true,
      lang: "de-DE",
      pdfVersion: "1.7",
      displayTitle: true,
      bufferPages: true,
      // The embedded font from the start: pdfkit then never loads its built-in Helvetica.
      font: regular as unknown as string,
      info: { Title: meta.title, Subject: meta.subject, Author: meta.author, Creator: "Versorgungslotse" },
    });
    // pdfkit accepts a parsed fontkit font (its types only name paths and buffers).
    this.doc.registerFont("regular", regular as unknown as Buffer);
    this.doc.registerFont("bold", reportFont("bold") as unknown as Buffer);
    this.doc.font("regular").fontSize(10).fillColor(COLOURS.text);
    this.doc.on("data", (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve) => this.doc.on("end", () => resolve()));
    this.root = this.doc.struct("Document");
    this.doc.addStructure(this.root);
    this.section = this.root;
  }

  get left(): number {
    return MARGIN.left;
  }
  get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }
  private get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  /** A page break unless `height` points still fit on this page. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = MARGIN.left;
    this.doc.y = MARGIN.top;
  }

  private add(tag: string, draw: () => void, options?: PDFKit.Mixins.StructureElementOptions): void {
    this.section.add(this.doc.struct(tag, options ?? {}, draw));
  }

  /** Starts a chapter (a `Sect` with its heading). */
  chapter(title: string, options: { newPage?: boolean; level?: 1 | 2 } = {}): void {
    if (this.section !== this.root) this.section.end();
    if (options.newPage) this.newPage();
    this.section = this.doc.struct("Sect");
    this.root.add(this.section);
    // A chapter heading keeps some of its chapter on the same page.
    this.heading(title, options.level ?? 1, 110);
  }

  /** A heading; `keepWith` points of what follows must fit on the same page (no heading alone at a page end). */
  heading(text: string, level: 1 | 2 | 3, keepWith = 36): void {
    const size = level === 1 ? 17 : level === 2 ? 13 : 11;
    this.ensureSpace(size * 2 + keepWith);
    if (this.doc.y > MARGIN.top) this.doc.moveDown(level === 1 ? 0.8 : 0.5);
    this.add(`H${level}`, () => {
      this.doc.font("bold").fontSize(size).fillColor(COLOURS.accent).text(text, MARGIN.left, this.doc.y, { width: this.width });
    });
    this.doc.moveDown(0.3);
    this.doc.font("regular").fontSize(10).fillColor(COLOURS.text);
  }

  paragraph(text: string, options: { size?: number; bold?: boolean; colour?: string } = {}): void {
    const size = options.size ?? 10;
    this.doc.font(options.bold ? "bold" : "regular").fontSize(size);
    this.ensureSpace(Math.min(this.doc.heightOfString(text, { width: this.width }), size * 4));
    this.add("P", () => {
      this.doc.fillColor(options.colour ?? COLOURS.text).text(text, MARGIN.left, this.doc.y, { width: this.width, lineGap: 1.5 });
    });
    this.doc.moveDown(0.4);
    this.doc.font("regular").fontSize(10).fillColor(COLOURS.text);
  }

  /** Label and value on one line ("Einwohner: 8.563"). */
  facts(rows: readonly [string, string][]): void {
    this.table([{ header: "Angabe", width: 0.38 }, { header: "Wert", width: 0.62 }], rows.map(([a, b]) => [a, b]), { headerless: true });
  }

  bullets(items: readonly string[], options: { numbered?: boolean } = {}): void {
    if (items.length === 0) return;
    const list = this.doc.struct("L");
    this.section.add(list);
    items.forEach((item, i) => {
      const marker = options.numbered ? `${i + 1}.` : "•";
      this.doc.font("regular").fontSize(10);
      this.ensureSpace(Math.min(this.doc.heightOfString(item, { width: this.width - 18 }), 40));
      const li = this.doc.struct("LI");
      list.add(li);
      const y = this.doc.y;
      li.add(this.doc.struct("Lbl", {}, () => void this.doc.fillColor(COLOURS.text).text(marker, MARGIN.left, y, { width: 16, lineBreak: false })));
      li.add(this.doc.struct("LBody", {}, () => void this.doc.text(item, MARGIN.left + 18, y, { width: this.width - 18, lineGap: 1.5 })));
      li.end();
      this.doc.moveDown(0.25);
    });
    list.end();
    this.doc.x = MARGIN.left;
    this.doc.moveDown(0.3);
  }

  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[], options: { headerless?: boolean; size?: number } = {}): void {
    const size = options.size ?? 9;
    const pad = 3;
    const widths = columns.map((c) => c.width * this.width);
    const table = this.doc.struct("Table");
    this.section.add(table);
    const heightOf = (cells: readonly string[], bold: boolean) => {
      this.doc.font(bold ? "bold" : "regular").fontSize(size);
      return Math.max(...cells.map((cell, i) => this.doc.heightOfString(cell || " ", { width: widths[i]! - 2 * pad }))) + 2 * pad;
    };
    const drawRow = (cells: readonly string[], header: boolean) => {
      const height = heightOf(cells, header);
      if (this.doc.y + height > this.bottom) {
        this.newPage();
        if (!header && !options.headerless) drawRow(columns.map((c) => c.header), true);
      }
      const y = this.doc.y;
      const tr = this.doc.struct("TR");
      table.add(tr);
      let x = MARGIN.left;
      cells.forEach((cell, i) => {
        const cx = x;
        tr.add(
          this.doc.struct(header ? "TH" : "TD", {}, () => {
            this.doc
              .font(header ? "bold" : "regular")
              .fontSize(size)
              .fillColor(COLOURS.text)
              .text(cell, cx + pad, y + pad, { width: widths[i]! - 2 * pad, align: columns[i]!.align ?? "left" });
          }),
        );
        x += widths[i]!;
      });
      tr.end();
      this.doc.markContent("Artifact", { type: "Layout" });
      this.doc.moveTo(MARGIN.left, y + height).lineTo(MARGIN.left + this.width, y + height).lineWidth(header ? 0.9 : 0.4).strokeColor(COLOURS.line).stroke();
      this.doc.endMarkedContent();
      this.doc.y = y + height;
    };
    if (!options.headerless) drawRow(columns.map((c) => c.header), true);
    for (const row of rows) drawRow(row, false);
    table.end();
    this.doc.x = MARGIN.left;
    this.doc.font("regular").fontSize(10);
    this.doc.moveDown(0.6);
  }

  /** A vector drawing with its alternative text (a `Figure`); `draw` paints into the box (x, y, width, height). */
  figure(alt: string, height: number, draw: (box: { x: number; y: number; width: number; height: number }) => void): void {
    this.ensureSpace(height + 10);
    const box = { x: MARGIN.left, y: this.doc.y, width: this.width, height };
    this.add("Figure", () => draw(box), { alt });
    this.doc.x = MARGIN.left;
    this.doc.y = box.y + height + 8;
    this.doc.font("regular").fontSize(10).fillColor(COLOURS.text);
  }

  /** Writes the page footer on every page and returns the file. */
  async finish(footer: string): Promise<Buffer> {
    if (this.section !== this.root) this.section.end();
    this.root.end();
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      // The footer sits in the bottom margin: without this pdfkit would start a new page for it.
      const bottomMargin = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc.markContent("Artifact", { type: "Pagination" });
      const y = this.doc.page.height - 40;
      this.doc.font("regular").fontSize(8).fillColor(COLOURS.muted);
      this.doc.text(footer, MARGIN.left, y, { width: this.width * 0.7, lineBreak: false });
      this.doc.text(`Seite ${i + 1 - range.start} von ${range.count}`, MARGIN.left, y, { width: this.width, align: "right", lineBreak: false });
      this.doc.endMarkedContent();
      this.doc.page.margins.bottom = bottomMargin;
    }
    this.doc.end();
    await this.done;
    return Buffer.concat(this.chunks);
  }
}
