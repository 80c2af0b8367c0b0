import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDatabase } from "@/lib/db/client";
import { devMailboxEnabled, listDevMail } from "@/lib/mail";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("mailboxTitle") };
}

/** The development mailbox: only on the embedded database with MAIL_TRANSPORT=log (404 otherwise). */
export default async function DevMailboxPage() {
  const database = await getDatabase();
  if (!devMailboxEnabled(database)) notFound();
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
