import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { getDatabase } from "@/lib/server/db/client";
import { devMailboxVisible, listDevMail } from "@/lib/server/mail";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("mailboxTitle") };
}

export const dynamic = "force-dynamic";

/**
 * The development mailbox (lib/server/mail devMailboxVisible): outside production on the embedded database with
 * MAIL_TRANSPORT=log, for a signed-in platform operator or, with DEV_MAILBOX=1, from this machine; 404 otherwise.
 */
export default async function DevMailboxPage() {
  const database = await getDatabase();
  const requestHeaders = await headers();
  const user = await getSessionUser(requestHeaders).catch(() => null);
  if (!devMailboxVisible(database, { headers: requestHeaders, platformOperator: user?.platformOperator === true })) notFound();
  const t = await getTranslations("auth");
  const mails = await listDevMail(database);
  const date = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/Berlin" });
  return (
    <section aria-labelledby="mailbox-title" className="space-y-kern-space-default">
      <h1 id="mailbox-title" className="kern-heading-large">
        {t("mailboxTitle")}
      </h1>
      <p className="kern-body max-w-[48rem]">{t("mailboxLead")}</p>
      {mails.length === 0 ? <p className="kern-body">{t("mailboxEmpty")}</p> : null}
      <ol className="list-none m-0 p-0 space-y-kern-space-default" data-testid="mailbox">
        {mails.map((mail) => (
          <li key={mail.id} className="kern-card">
            <article className="p-kern-space-large flex flex-col gap-kern-space-small w-full" aria-label={mail.subject}>
              <h2 className="kern-heading-small">{mail.subject}</h2>
              <p className="kern-body kern-body--small">
                {t("mailTo")}: {mail.to} · {t("mailDate")}: {date.format(mail.createdAt)}
              </p>
              <pre className="kern-body whitespace-pre-wrap break-all">{mail.text}</pre>
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}
