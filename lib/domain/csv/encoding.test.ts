import { describe, expect, it } from "vitest";
import { decodeTextFile } from "@/lib/domain/csv/encoding";

const HEADER = "Name;Straße;Ärztin oder Arzt";

/** Windows-1252 bytes of a Latin-1 text (every character below U+0100 is one byte). */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    const code = ch.charCodeAt(0);
    if (ch === "€") return 0x80;
    if (code > 0xff) throw new Error(`not in the test's Latin-1 range: ${ch}`);
    return code;
  }));
}

function utf16le(text: string, bom: boolean): Uint8Array {
  const out: number[] = bom ? [0xff, 0xfe] : [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out.push(code & 0xff, code >> 8);
  }
  return Uint8Array.from(out);
}

describe("decodeTextFile: the encodings German spreadsheet users have", () => {
  it.each<[string, Uint8Array, string]>([
    ["UTF-8 without BOM", new TextEncoder().encode(HEADER), "utf-8"],
    ["UTF-8 with BOM (Excel „CSV UTF-8“)", Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(HEADER)]), "utf-8-bom"],
    ["Windows-1252 (Excel „CSV Trennzeichen-getrennt“)", windows1252(HEADER), "windows-1252"],
    ["UTF-16 LE with BOM (Excel „Unicode-Text“)", utf16le(HEADER, true), "utf-16le"],
  ])("%s reads as the same text", (_name, bytes, encoding) => {
    const decoded = decodeTextFile(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(HEADER);
    expect(decoded.text).not.toContain("\uFFFD");
  });

  it("reads the Windows-1252 euro sign and ß, which Latin-1 alone would not", () => {
    expect(decodeTextFile(windows1252("Miete 1.000 €; Weißenborn")).text).toBe("Miete 1.000 €; Weißenborn");
  });

  it("plain ASCII is UTF-8 (both readings agree)", () => {
    expect(decodeTextFile(new TextEncoder().encode("name;kind")).encoding).toBe("utf-8");
  });

  it("accepts an ArrayBuffer as a browser's File.arrayBuffer() gives it", () => {
    const bytes = windows1252("Stra\u00dfe");
    expect(decodeTextFile(bytes.buffer.slice(0) as ArrayBuffer).text).toBe("Straße");
  });

  it("an empty file is empty UTF-8", () => {
    expect(decodeTextFile(new Uint8Array())).toEqual({ encoding: "utf-8", text: "" });
  });
});
