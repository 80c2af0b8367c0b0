import { z } from "zod";

/**
 * Text from outside (names, e-mail addresses, search terms, ids from paths, CSV cells) must be text PostgreSQL can
 * store: no NUL (U+0000, refused by PostgreSQL with error 22021), no unpaired UTF-16 surrogate (not encodable as
 * UTF-8) and no other C0 control character except tab and line breaks. `unsafeTextProblem` names the problem in
 * German, or returns null for acceptable text. Pure; shared by the zod helpers below and the CSV reader.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSAFE_TEXT_MESSAGE_NUL = "enthält ein Nullzeichen (U+0000); bitte entfernen.";
export const UNSAFE_TEXT_MESSAGE_CONTROL = "enthält ein unsichtbares Steuerzeichen; bitte entfernen.";
export const UNSAFE_TEXT_MESSAGE_SURROGATE = "enthält ein ungültiges Zeichen (unvollständiges Unicode-Ersatzzeichen); bitte neu eingeben.";

export function unsafeTextProblem(value: string): string | null {
  if (value.includes("\u0000")) return UNSAFE_TEXT_MESSAGE_NUL;
  if (LONE_SURROGATE.test(value)) return UNSAFE_TEXT_MESSAGE_SURROGATE;
  if (CONTROL.test(value)) return UNSAFE_TEXT_MESSAGE_CONTROL;
  return null;
}

export function isSafeText(value: string): boolean {
  return unsafeTextProblem(value) === null;
}

/**
 * A zod string for outside input that refuses NUL, unpaired surrogates and control characters with a German
 * message ("Der Text enthält …"). Chain `.trim()`, `.min()`, `.max()`, `.regex()` on it as on `z.string()`.
 */
export function safeText(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).check((ctx) => {
    const problem = unsafeTextProblem(ctx.value);
    if (problem) ctx.issues.push({ code: "custom", message: `Der Text ${problem}`, input: ctx.value });
  });
}

/** An e-mail address from outside: refuses unsafe characters first (clear message), then checks the format. */
export function safeEmail(message: string) {
  return safeText().pipe(z.email(message));
}

/**
 * The first string (key or value) in parsed JSON that is not storable text, with its path (e.g. `name`,
 * `doctors.0.name`) and the German problem, or null. For bodies handed to code without a schema of ours
 * (Better Auth's endpoints).
 */
export function findUnsafeJsonText(value: unknown, path: string[] = []): { path: string; problem: string } | null {
  if (typeof value === "string") {
    const problem = unsafeTextProblem(value);
    return problem ? { path: path.join(".") || "(Eingabe)", problem } : null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnsafeJsonText(item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnsafeJsonText(key, [...path, "(Feldname)"]) ?? findUnsafeJsonText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
