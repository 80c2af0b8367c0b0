/**
 * The text of an uploaded CSV file, whatever encoding the program that wrote it used. German Excel's plain
 * "CSV (Trennzeichen-getrennt)" is Windows-1252 ("Straße" is the byte 0xDF), "CSV UTF-8" starts with a byte-order
 * mark, other tools write UTF-8 without one; Excel's "Unicode-Text" is UTF-16 with a byte-order mark.
 * Detection: a byte-order mark decides; otherwise bytes that are valid UTF-8 are UTF-8 (Windows-1252 text with
 * umlauts is practically never valid UTF-8), anything else is read as Windows-1252 (a superset of Latin-1 that
 * every byte decodes in). Pure: bytes in, text and the encoding's name out.
 */

export type DetectedEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  encoding: DetectedEncoding;
  /** The text without a byte-order mark. */
  text: string;
}

/** A German name of the encoding, for the import's preview ("gelesen als …"). */
export const ENCODING_LABELS: Record<DetectedEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-8-bom": "UTF-8 mit BOM",
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16",
  "windows-1252": "Windows-1252 (Excel „CSV Trennzeichen-getrennt“)",
};

/** Windows-1252's characters for the bytes 0x80–0x9F (the rest of the byte range is Latin-1: byte = code point). */
const CP1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

/**
 * Decodes Windows-1252 by table: Node's TextDecoder("windows-1252") reads the bytes 0x80–0x9F as Latin-1 control
 * characters (so "€" would be lost), browsers follow the WHATWG table; the table gives the same text in both.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    out += String.fromCharCode(...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte)));
  }
  return out;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

export function decodeTextFile(input: ArrayBuffer | Uint8Array): DecodedText {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { encoding: "utf-8-bom", text: new TextDecoder("utf-8").decode(bytes.subarray(3)) };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: "utf-16le", text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: "utf-16be", text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  try {
    return { encoding: "utf-8", text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { encoding: "windows-1252", text: decodeWindows1252(bytes) };
  }
}
