/** The part of fontkit (pdfkit's font engine) the report uses: parse a font once and hand it to pdfkit. */
declare module "fontkit" {
  export interface Font {
    layout(text: string): unknown;
    hasGlyphForCodePoint(codePoint: number): boolean;
    postscriptName: string;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
