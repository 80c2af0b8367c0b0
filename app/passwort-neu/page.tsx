import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/AuthForms";
import { FormMessage } from "@/components/forms/TextField";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("resetTitle") };
}

/** Better Auth's mailed link (/api/auth/reset-password/{token}) redirects here with ?token=… (or ?error=INVALID_TOKEN). */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string; error?: string }> }) {
  const { token, error } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <section aria-labelledby="reset-title" className="space-y-kern-space-default">
      <h1 id="reset-title" className="kern-heading-large">
        {t("resetTitle")}
      </h1>
      {token && !error ? (
        <>
          <p className="kern-body max-w-[48rem]">{t("resetLead")}</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <>
          <FormMessage kind="danger">{error ? t("errorTokenInvalid") : t("resetMissingToken")}</FormMessage>
          <p>
            <Link className="kern-link" href="/passwort-vergessen">
              {t("forgotTitle")}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
