import { z } from "zod";
import { safeText } from "@/lib/domain/text";

/**
 * Client-side checks of the account forms (the server — Better Auth — checks again). Messages are message keys of
 * the `auth` namespace, so the forms show them in the user's language.
 */
export const PASSWORD_MIN = 10;
const email = safeText().trim().email("errorEmail");

export const SignInSchema = z.object({ email, password: safeText().min(1, "errorPasswordRequired") });

export const SignUpSchema = z
  .object({
    name: safeText().trim().min(1, "errorNameRequired").max(100),
    email,
    password: safeText().min(PASSWORD_MIN, "errorPasswordShort").max(128),
    passwordRepeat: safeText(),
  })
  .refine((v) => v.password === v.passwordRepeat, { path: ["passwordRepeat"], message: "errorPasswordMismatch" });

export const ForgotPasswordSchema = z.object({ email });

export const ResetPasswordSchema = z
  .object({ password: safeText().min(PASSWORD_MIN, "errorPasswordShort").max(128), passwordRepeat: safeText() })
  .refine((v) => v.password === v.passwordRepeat, { path: ["passwordRepeat"], message: "errorPasswordMismatch" });

/** zod issues as `{field: messageKey}` (first issue per field). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
