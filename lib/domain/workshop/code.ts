/**
 * Join codes: 6 characters from an alphabet without look-alikes (no 0/O, no 1/I/L), issue 14. 31 characters →
 * 31^6 ≈ 887 million codes. Pure: the caller supplies the random bytes.
 */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const CODE_LENGTH = 6;

export function codeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTH) throw new Error("need 6 random bytes");
  let code = "";
  // 256 = 8·31 + 8: bytes ≥ 248 would bias; the caller passes enough bytes and we skip those.
  for (const byte of bytes) {
    if (byte >= 248) continue;
    code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    if (code.length === CODE_LENGTH) return code;
  }
  throw new Error("not enough unbiased random bytes");
}

/** Normalises what a person typed (lower case, spaces, dashes) to a code, or null when it cannot be one. */
export function normaliseCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== CODE_LENGTH) return null;
  for (const char of code) if (!CODE_ALPHABET.includes(char)) return null;
  return code;
}
