"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/TextField";
import { callApi, refusalCode } from "@/lib/client/api";
import { safeNext, verificationCallback } from "@/lib/domain/auth-links";
import type { z } from "zod";

/**
 * The forms' schemas (and zod with them, ~32 kB gzip) load after the page has rendered, not with it (issue 19): the
 * sign-in page's first load stays at the framework floor. A submit awaits the same module.
 */
const authSchemas = () => import("@/lib/domain/schemas/auth");
/** Better Auth's answers are not read (only their status and code): the contract for "any body", loaded on use too. */
const unreadAnswer = () => import("@/lib/domain/schemas/organisation-api").then((schemas) => schemas.UnreadAnswerSchema);
type AuthSchemas = Awaited<ReturnType<typeof authSchemas>>;

type Errors = Record<string, string>;

/** Shared form logic: validate with the schema, focus the first wrong field, then call the server. */
function useAuthForm<S extends z.ZodType>(pick: (schemas: AuthSchemas) => S) {
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => void authSchemas(), []);

  async function validate(form: HTMLFormElement): Promise<z.output<S> | null> {
    const values = Object.fromEntries(new FormData(form).entries());
    const schemas = await authSchemas();
    const parsed = pick(schemas).safeParse(values);
    if (parsed.success) {
      setErrors({});
      return parsed.data;
    }
    const next = schemas.fieldErrors(parsed.error);
    setErrors(next);
    const first = Object.keys(next)[0];
    if (first) (form.elements.namedItem(first) as HTMLInputElement | null)?.focus();
    return null;
  }
  /** One submit path for every form: validate (nothing is sent when a field is wrong), then send while busy. */
  async function submit<R>(event: React.FormEvent<HTMLFormElement>, send: (data: z.output<S>) => Promise<R>): Promise<R | null> {
    event.preventDefault();
    setFormError(null);
    const data = await validate(event.currentTarget);
    if (!data) return null;
    setBusy(true);
    try {
      return await send(data);
    } finally {
      setBusy(false);
    }
  }
  return { errors, setErrors, formError, setFormError, busy, submit };
}

function serverError(status: number, code: string): string {
  if (code === "ACCOUNT_TEMPORARILY_LOCKED") return "errorAccountLocked";
  if (status === 429) return "errorRateLimited";
  if (code === "EMAIL_ALREADY_VERIFIED") return "errorAlreadyVerified";
  if (code === "INVALID_EMAIL_OR_PASSWORD") return "errorInvalidCredentials";
  if (code.startsWith("USER_ALREADY_EXISTS")) return "errorUserExists";
  if (code === "INVALID_TOKEN") return "errorTokenInvalid";
  if (code === "PASSWORD_TOO_SHORT") return "errorPasswordShort";
  return "errorGeneric";
}

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const f = useAuthForm((schemas) => schemas.SignInSchema);
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const result = await f.submit(event, (data) => callApi("/api/auth/sign-in/email", unreadAnswer, { method: "POST", body: { email: data.email, password: data.password } }));
    if (!result) return;
    if (!result.ok) return f.setFormError(t(serverError(result.status, refusalCode(result))));
    router.push(safeNext(next));
    router.refresh();
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-kern-space-default max-w-[32rem]">
      {f.formError ? <FormMessage kind="danger">{f.formError}</FormMessage> : null}
      <TextField label={t("email")} name="email" type="email" autoComplete="email" error={f.errors.email && t(f.errors.email)} required />
      <TextField label={t("password")} name="password" type="password" autoComplete="current-password" error={f.errors.password && t(f.errors.password)} required />
      <SubmitButton label={t("submitSignIn")} busyLabel={t("working")} busy={f.busy} />
      <p className="kern-body">
        <Link className="kern-link" href="/passwort-vergessen">
          {t("forgotLink")}
        </Link>
      </p>
      <p className="kern-body">
        {t("noAccount")}{" "}
        <Link className="kern-link" href={next ? `/registrieren?next=${encodeURIComponent(next)}` : "/registrieren"}>
          {t("toSignUp")}
        </Link>
      </p>
    </form>
  );
}

export function SignUpForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const f = useAuthForm((schemas) => schemas.SignUpSchema);
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const result = await f.submit(event, (data) =>
      callApi("/api/auth/sign-up/email", unreadAnswer, {
        method: "POST",
        body: { name: data.name, email: data.email, password: data.password, callbackURL: verificationCallback(next) },
      }),
    );
    if (!result) return;
    if (!result.ok) {
      const key = serverError(result.status, refusalCode(result));
      if (key === "errorUserExists") return f.setErrors({ email: key });
      return f.setFormError(t(key));
    }
    router.push(safeNext(next));
    router.refresh();
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-kern-space-default max-w-[32rem]">
      {f.formError ? <FormMessage kind="danger">{f.formError}</FormMessage> : null}
      <TextField label={t("name")} name="name" autoComplete="name" error={f.errors.name && t(f.errors.name)} required />
      <TextField label={t("email")} name="email" type="email" autoComplete="email" error={f.errors.email && t(f.errors.email)} required />
      <TextField label={t("password")} name="password" type="password" autoComplete="new-password" hint={t("passwordHint")} error={f.errors.password && t(f.errors.password)} required />
      <TextField label={t("passwordRepeat")} name="passwordRepeat" type="password" autoComplete="new-password" error={f.errors.passwordRepeat && t(f.errors.passwordRepeat)} required />
      <SubmitButton label={t("submitSignUp")} busyLabel={t("working")} busy={f.busy} />
      <p className="kern-body">
        {t("haveAccount")}{" "}
        <Link className="kern-link" href={next ? `/anmelden?next=${encodeURIComponent(next)}` : "/anmelden"}>
          {t("toSignIn")}
        </Link>
      </p>
    </form>
  );
}

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const f = useAuthForm((schemas) => schemas.ForgotPasswordSchema);
  const [sent, setSent] = useState(false);
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const result = await f.submit(event, (data) => callApi("/api/auth/request-password-reset", unreadAnswer, { method: "POST", body: { email: data.email, redirectTo: "/passwort-neu" } }));
    if (!result) return;
    if (!result.ok) return f.setFormError(t(serverError(result.status, refusalCode(result))));
    setSent(true);
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-kern-space-default max-w-[32rem]">
      {f.formError ? <FormMessage kind="danger">{f.formError}</FormMessage> : null}
      {sent ? <FormMessage kind="success">{t("forgotSent")}</FormMessage> : null}
      <TextField label={t("email")} name="email" type="email" autoComplete="email" error={f.errors.email && t(f.errors.email)} required />
      <SubmitButton label={t("submitForgot")} busyLabel={t("working")} busy={f.busy} />
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const f = useAuthForm((schemas) => schemas.ResetPasswordSchema);
  const [done, setDone] = useState(false);
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const result = await f.submit(event, (data) => callApi("/api/auth/reset-password", unreadAnswer, { method: "POST", body: { token, newPassword: data.password } }));
    if (!result) return;
    if (!result.ok) return f.setFormError(t(serverError(result.status, refusalCode(result))));
    setDone(true);
  }
  if (done) {
    return (
      <div className="space-y-kern-space-default">
        <FormMessage kind="success">{t("resetDone")}</FormMessage>
        <p>
          <Link className="kern-link" href="/anmelden">
            {t("toSignIn")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-kern-space-default max-w-[32rem]">
      {f.formError ? <FormMessage kind="danger">{f.formError}</FormMessage> : null}
      <TextField label={t("newPassword")} name="password" type="password" autoComplete="new-password" hint={t("passwordHint")} error={f.errors.password && t(f.errors.password)} required />
      <TextField label={t("passwordRepeat")} name="passwordRepeat" type="password" autoComplete="new-password" error={f.errors.passwordRepeat && t(f.errors.passwordRepeat)} required />
      <SubmitButton label={t("submitReset")} busyLabel={t("working")} busy={f.busy} />
    </form>
  );
}

export function AccountActions() {
  const t = useTranslations("auth");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  async function run(path: string) {
    setBusy(true);
    await callApi(path, unreadAnswer, { method: "POST", body: {} });
    setBusy(false);
    router.push("/anmelden");
    router.refresh();
  }
  return (
    <div className="flex flex-wrap gap-kern-space-default">
      <button type="button" className="kern-btn kern-btn--secondary" disabled={busy} onClick={() => run("/api/auth/sign-out")}>
        <span className="kern-label">{t("signOut")}</span>
      </button>
      <button type="button" className="kern-btn kern-btn--primary" disabled={busy} onClick={() => run("/api/auth/revoke-sessions")} aria-describedby="sign-out-everywhere-hint">
        <span className="kern-label">{t("signOutEverywhere")}</span>
      </button>
      <p id="sign-out-everywhere-hint" className="kern-hint w-full">
        {t("signOutEverywhereHint")}
      </p>
    </div>
  );
}

/**
 * "Bestätigungs-E-Mail erneut senden": signed in (email given) as one button; signed out with an address field. The
 * answer is the same whether or not the address has an unverified account.
 */
export function ResendVerificationForm({ email, next }: { email?: string; next?: string }) {
  const t = useTranslations("auth");
  const f = useAuthForm((schemas) => schemas.ForgotPasswordSchema);
  const [sent, setSent] = useState(false);
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const result = await f.submit(event, (data) =>
      callApi("/api/auth/send-verification-email", unreadAnswer, { method: "POST", body: { email: data.email, callbackURL: verificationCallback(next) } }),
    );
    if (!result) return;
    if (!result.ok) return f.setFormError(t(serverError(result.status, refusalCode(result))));
    setSent(true);
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-kern-space-default max-w-[32rem]" data-testid="resend-verification">
      {f.formError ? <FormMessage kind="danger">{f.formError}</FormMessage> : null}
      {sent ? <FormMessage kind="success">{email ? t("resendSentSignedIn", { email }) : t("resendSent")}</FormMessage> : null}
      <p className="kern-body">{t("verifyResendLead")}</p>
      {email ? (
        <input type="hidden" name="email" value={email} />
      ) : (
        <TextField label={t("email")} name="email" type="email" autoComplete="email" error={f.errors.email && t(f.errors.email)} required />
      )}
      <SubmitButton label={t("submitResend")} busyLabel={t("working")} busy={f.busy} />
    </form>
  );
}
