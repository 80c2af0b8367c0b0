import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import * as fontkit from "fontkit";

/**
 * The report's font: Noto Sans (SIL Open Font License), shipped as WOFF with the KERN design system package
 * (@kern-ux/native), so no font is fetched from anywhere. It covers German text (ä ö ü ß „“ – €).
 *
 * fontkit (pdfkit's font engine) reads WOFF, but decompresses a table on every glyph lookup (seconds per report), and
 * its WOFF2 subsetter breaks on composite glyphs. So the WOFF file is unpacked once into the plain sfnt (TrueType)
 * it wraps — the WOFF 1.0 container is a table directory plus zlib-compressed tables. Parsing the font is the
 * largest part of a report's time, so the parsed fontkit font is kept for the process (pdfkit takes it as it is and
 * makes a subset per document).
 */
const FONT_DIR = path.join(process.cwd(), "node_modules", "@kern-ux", "native", "dist", "fonts", "noto-sans");

export const REPORT_FONTS = { regular: "NotoSans-Regular.woff", bold: "NotoSans-Bold.woff" } as const;
export type ReportFont = keyof typeof REPORT_FONTS;

/** WOFF 1.0 → sfnt (https://www.w3.org/TR/WOFF/ §4–5): the same tables, uncompressed, behind an sfnt header. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error("Keine WOFF-Schriftdatei.");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: { tag: number; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({ tag: woff.readUInt32BE(entry), checksum: woff.readUInt32BE(entry + 16), data: compLength < origLength ? zlib.inflateSync(raw) : raw });
  }
  let power = 1;
  let log = 0;
  while (power * 2 <= numTables) {
    power *= 2;
    log++;
  }
  const headerLength = 12 + numTables * 16;
  const padded = (n: number) => (n + 3) & ~3;
  const out = Buffer.alloc(tables.reduce((sum, t) => sum + padded(t.data.length), headerLength));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(log, 8);
  out.writeUInt16BE(numTables * 16 - power * 16, 10);
  let offset = headerLength;
  tables.forEach((t, i) => {
    const entry = 12 + i * 16;
    out.writeUInt32BE(t.tag, entry);
    out.writeUInt32BE(t.checksum, entry + 4);
    out.writeUInt32BE(offset, entry + 8);
    out.writeUInt32BE(t.data.length, entry + 12);
    t.data.copy(out, offset);
    offset += padded(t.data.length);
  });
  return out;
}

// A cache of files shipped with the app (the same on every instance), not state. Kept on globalThis: the server's
// start-up warm-up (lib/server/pdf/warm-up.ts via instrumentation.ts) and the route handlers may be bundled as separate
// copies of this module, and should share the fonts it parsed (fontkit parses tables lazily and keeps them on the font).
const CACHE_KEY = Symbol.for("versorgungslotse.reportFonts");
const cache: Map<ReportFont, fontkit.Font> = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] as Map<ReportFont, fontkit.Font> | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[CACHE_KEY] = cache;

/** The parsed font, as `registerFont` of pdfkit accepts it. */
export function reportFont(font: ReportFont): fontkit.Font {
  let hit = cache.get(font);
  if (!hit) cache.set(font, (hit = fontkit.create(woffToSfnt(fs.readFileSync(path.join(FONT_DIR, REPORT_FONTS[font]))))));
  return hit;
}
