import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationButton } from "@/components/organisation/OrganisationAdmin";
import { FormMessage } from "@/components/forms/TextField";
import { getPageContext } from "@/lib/server/auth/page";
import { previewInvitation } from "@/lib/server/db/tenant/invitations";
import { InvitationTokenSchema } from "@/lib/domain/schemas/tenant";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisation"))("invitationTitle") };
}

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const t = await getTranslations("organisation");
  const tAuth = await getTranslations("auth");
  const ctx = await getPageContext();
  const preview = InvitationTokenSchema.safeParse(token).success ? await previewInvitation(ctx.prisma, token) : null;
  const date = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "Europe/Berlin" });
  const next = `/einladung/${token}`;
  return (
    <section aria-labelledby="invitation-title" className="space-y-kern-space-default max-w-[48rem]">
      <h1 id="invitation-title" className="kern-heading-large">
        {t("invitationTitle")}
      </h1>
      {!preview ? (
        <FormMessage kind="danger">{t("invitationUnknown")}</FormMessage>
      ) : (
        <>
          <p className="kern-body kern-body--large">
            {t("invitationText", { organisation: preview.organisationName, role: t(`role${preview.role}`) })}
          </p>
          <p className="kern-body" data-testid="invitation-legitimacy">
            {t("invitationLegitimacy", {
              date: date.format(preview.organisationCreatedAt),
              verified: preview.organisationVerified ? t("verifiedYes") : t("verifiedNo"),
            })}
          </p>
          {preview.status === "open" ? (
            <p className="kern-body">{t("invitationStatusopen", { date: date.format(preview.expiresAt) })}</p>
          ) : (
            <FormMessage kind="danger">{t(`invitationStatus${preview.status}`)}</FormMessage>
          )}
          {preview.status === "open" && ctx.caller ? <AcceptInvitationButton token={token} /> : null}
          {preview.status === "open" && !ctx.caller ? (
            <div className="space-y-kern-space-small">
              <p className="kern-body">{t("invitationSignIn")}</p>
              <p className="flex flex-wrap gap-kern-space-default">
                <Link className="kern-btn kern-btn--primary" href={`/anmelden?next=${encodeURIComponent(next)}`}>
                  <span className="kern-label">{tAuth("toSignIn")}</span>
                </Link>
                <Link className="kern-btn kern-btn--secondary" href={`/registrieren?next=${encodeURIComponent(next)}`}>
                  <span className="kern-label">{tAuth("toSignUp")}</span>
                </Link>
              </p>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
