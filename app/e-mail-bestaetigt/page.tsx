import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { FormMessage } from "@/components/forms/TextField";
import { ResendVerificationForm } from "@/components/auth/AuthForms";
import { getAuth } from "@/lib/server/auth/auth";
import { safeNext } from "@/lib/domain/auth-links";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("verifyTitle") };
}

/**
 * Where the link of a verification mail lands (Better Auth's /api/auth/verify-email verifies, signs in and redirects
 * here; on a bad or expired link with ?error=…). Also the place to ask for a new link, signed in or not.
 */
export default async function EmailVerifiedPage({ searchParams }: { searchParams: Promise<{ error?: string; next?: string }> }) {
  const { error, next } = await searchParams;
  const t = await getTranslations("auth");
  const session = await (await getAuth()).api.getSession({ headers: await headers() }).catch(() => null);
  const user = session?.user;
  const target = safeNext(next);
  return (
    <section aria-labelledby="verify-title" className="space-y-kern-space-default">
      <h1 id="verify-title" className="kern-heading-large">
        {t("verifyTitle")}
      </h1>
      {error ? (
        <FormMessage kind="danger">{t("verifyInvalid")}</FormMessage>
      ) : user?.emailVerified ? (
        <>
          <FormMessage kind="success">{t("verifyDone")}</FormMessage>
          <p className="kern-body">
            <Link className="kern-link" href={target}>
              {t("verifyContinue")}
            </Link>
          </p>
        </>
      ) : user ? (
        <p className="kern-body max-w-[48rem]">{t("verifyPending", { email: user.email })}</p>
      ) : (
        <>
          <p className="kern-body max-w-[48rem]">{t("verifyUsed")}</p>
          <p className="kern-body">
            <Link className="kern-link" href={`/anmelden?next=${encodeURIComponent(target)}`}>
              {t("toSignIn")}
            </Link>
          </p>
        </>
      )}
      {user?.emailVerified ? null : <ResendVerificationForm email={user?.email} next={target} />}
    </section>
  );
}
