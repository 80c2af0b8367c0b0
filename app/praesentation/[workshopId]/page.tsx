import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { LiveResults } from "@/components/workshop/LiveResults";
import { getPrisma } from "@/lib/server/db/client";
import { getPageContext } from "@/lib/server/auth/page";
import { readinessOfTown } from "@/lib/server/db/tenant/workshop-outcomes";
import { workshopForMember, workshopForPresenter } from "@/lib/server/db/tenant/workshops";
import { WorkshopCodeError, workshopSnapshot } from "@/lib/server/db/workshop-participation";
import { env } from "@/lib/server/config/env";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workshop");
  return { title: t("presTitle"), robots: { index: false } };
}

type Props = { params: Promise<{ workshopId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The presentation view (issue 14): full screen, large type, high contrast (white/yellow on black); join code, QR
 * code (SVG rendered on the server) and the current block's results live. Needs the read-only presenter token or the
 * session of a member of the workshop's organisation.
 */
export default async function PresentationPage({ params, searchParams }: Props) {
  const { workshopId } = await params;
  const query = await searchParams;
  const token = typeof query.token === "string" ? query.token : "";
  const t = await getTranslations("workshop");
  const prisma = await getPrisma();
  // The read-only presenter link, or the session of a member who may read the organisation's workshops.
  const workshop = (await workshopForPresenter(prisma, workshopId, token)) ?? (token ? null : await workshopForMember(await getPageContext(), workshopId));
  let snapshot = null;
  if (workshop) {
    try {
      snapshot = await workshopSnapshot(prisma, workshop.code, { withResults: true });
    } catch (error) {
      if (!(error instanceof WorkshopCodeError)) throw error;
    }
  }
  if (!workshop || !snapshot) {
    return (
      <div className="space-y-kern-space-default">
        <h1 className="kern-heading-large">{t("presForbiddenTitle")}</h1>
        <p className="kern-body">{t("presForbiddenText")}</p>
      </div>
    );
  }
  const readiness = await readinessOfTown(prisma, workshop.organisationId, workshop.municipalityAgs);
  const profile = readiness ? Object.fromEntries(readiness.map((r) => [r.category, r.score])) : null;
  const h = await headers();
  const origin = (env.APP_URL ?? `http://${h.get("host") ?? "localhost"}`).replace(/\/$/, "");
  const joinUrl = `${origin}/w?code=${workshop.code}`;
  const qr = await QRCode.toString(joinUrl, { type: "svg", margin: 1, color: { dark: "#000000", light: "#ffffff" } });

  return (
    // The full-screen layer scrolls when a block's results are taller than the screen: focusable, so the keyboard can scroll it.
    <div className="fixed inset-0 z-50 overflow-auto bg-black text-white p-10" data-testid="presentation" tabIndex={0} role="region" aria-label={workshop.title}>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-8">
          <h1 className="text-4xl font-bold">{workshop.title}</h1>
          <LiveResults code={workshop.code} token={token} initial={snapshot} profile={profile} />
        </div>
        <aside aria-label={t("presQr")} className="space-y-4">
          <p className="text-3xl">{t("presJoin", { url: `${origin}/w` })}</p>
          <p className="text-2xl">{t("presCode")}</p>
          <p className="font-mono font-bold text-7xl tracking-[0.15em] text-yellow-300" data-testid="pres-code">
            {workshop.code}
          </p>
          <div role="img" aria-label={t("presQr")} className="bg-white p-3 w-full max-w-[22rem]" dangerouslySetInnerHTML={{ __html: qr }} />
        </aside>
      </div>
    </div>
  );
}
