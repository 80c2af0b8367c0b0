import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccountActions } from "@/components/auth/AuthForms";
import { requireSignedInPage } from "@/lib/server/auth/page";
import { countSessions } from "@/lib/server/db/tenant/account";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("accountTitle") };
}

export default async function AccountPage() {
  const ctx = await requireSignedInPage("/konto");
  const t = await getTranslations("auth");
  const sessions = await countSessions(ctx);
  return (
    <section aria-labelledby="account-title" className="space-y-kern-space-large">
      <h1 id="account-title" className="kern-heading-large">
        {t("accountTitle")}
      </h1>
      <p className="kern-body">{t("signedInAs", { name: ctx.caller.name, email: ctx.caller.email })}</p>
      <p className="kern-body">
        <Link href="/organisationen" className="kern-link">
          {t("myOrganisations")}
        </Link>
      </p>
      {ctx.caller.platformOperator ? (
        <p className="kern-body">
          <Link href="/betrieb/wissenspflege" className="kern-link">
            {t("curationLink")}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="sessions-title" className="space-y-kern-space-small">
        <h2 id="sessions-title" className="kern-heading-medium">
          {t("sessionsTitle")}
        </h2>
        <p className="kern-body" data-testid="session-count">
          {t("sessionsCount", { count: sessions })}
        </p>
        <AccountActions />
      </section>
    </section>
  );
}
