import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CountyGrants } from "@/components/organisation/CountyGrants";
import { InviteForm, LeaveButton, MemberControls, RenameForm, RevokeInvitationButton, VerifyButton } from "@/components/organisation/OrganisationAdmin";
import { can } from "@/lib/server/auth/guard";
import { PERMISSIONS, type Resource } from "@/lib/domain/permissions";
import { loadForPage, requireSignedInPage } from "@/lib/server/auth/page";
import { listAuditLog } from "@/lib/server/db/tenant/audit";
import { listCountyGrants, listCountyOptions } from "@/lib/server/db/tenant/county-grants";
import { listInvitations } from "@/lib/server/db/tenant/invitations";
import { listMembers } from "@/lib/server/db/tenant/memberships";
import { getOrganisation } from "@/lib/server/db/tenant/organisations";
import { listPlanSummaries } from "@/lib/server/db/tenant/action-plans";
import { formatNumber } from "@/lib/domain/format/number";
import { ScrollRegion } from "@/components/ScrollRegion";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Organisation" };

function Forbidden({ title, text, back }: { title: string; text: string; back: string }) {
  return (
    <div className="space-y-kern-space-default">
      <h1 className="kern-heading-large">{title}</h1>
      <p className="kern-body">{text}</p>
      <Link href="/organisationen" className="kern-link">
        {back}
      </Link>
    </div>
  );
}

export default async function OrganisationPage({ params }: Props) {
  const { id } = await params;
  const path = `/organisationen/${id}`;
  const ctx = await requireSignedInPage(path);
  const t = await getTranslations("organisation");
  const organisation = await loadForPage(path, () => getOrganisation(ctx, id));
  if (organisation === "forbidden") return <Forbidden title={t("forbiddenTitle")} text={t("forbiddenText")} back={t("back")} />;

  const isAdmin = can(ctx.caller, "membership", "update", id);
  const isTown = organisation.kind === "TOWN";
  const tPlan = await getTranslations("plan");
  const [members, invitations, audit, countyGrants, countyOptions, plans] = await Promise.all([
    can(ctx.caller, "membership", "read", id) ? listMembers(ctx, id) : Promise.resolve(null),
    isAdmin ? listInvitations(ctx, id) : Promise.resolve(null),
    can(ctx.caller, "auditLog", "read", id) ? listAuditLog(ctx, id, { limit: 50 }) : Promise.resolve(null),
    isTown && can(ctx.caller, "countyGrant", "read", id) ? listCountyGrants(ctx, id) : Promise.resolve(null),
    isTown && can(ctx.caller, "countyGrant", "create", id) ? listCountyOptions(ctx, id) : Promise.resolve(null),
    can(ctx.caller, "plan", "read", id) ? listPlanSummaries(ctx, id, new Date().toISOString().slice(0, 10)) : Promise.resolve(null),
  ]);
  const date = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
  const day = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Europe/Berlin" });
  const openInvitations = invitations?.filter((invitation) => invitation.status === "open") ?? [];

  // What a granted county may read: the resources the permission table marks `countyReadable`.
  const countyReadable = (Object.keys(PERMISSIONS) as Resource[])
    .filter((resource) => PERMISSIONS[resource].countyReadable)
    .map((resource) => (t.has(`countyResource${resource}`) ? t(`countyResource${resource}`) : PERMISSIONS[resource].label));
  const readableList = new Intl.ListFormat(await getLocale(), { style: "long", type: "conjunction" }).format(countyReadable);
  const openCounties = countyOptions?.counties.filter((county) => !county.granted) ?? [];
  const countyEmptyText = !countyOptions
    ? null
    : !countyOptions.kreis
      ? t("countyGrantNoKreis")
      : countyOptions.counties.length === 0
        ? t("countyGrantNoCounty", { kreis: countyOptions.kreis.name })
        : openCounties.length === 0
          ? t("countyGrantAllGranted", { kreis: countyOptions.kreis.name })
          : null;

  return (
    <div className="space-y-kern-space-x-large">
      <section aria-labelledby="org-title" className="space-y-kern-space-small">
        <h1 id="org-title" className="kern-heading-large">
          {organisation.name}
        </h1>
        <p className="kern-body">
          {t(`kind${organisation.kind}`)} ·{" "}
          {organisation.role ? t("yourRole", { role: t(`role${organisation.role}`) }) : t("countyAccess")}
        </p>
        <p className="kern-body" data-testid="org-legitimacy">
          {t("legitimacyCreated", { date: day.format(organisation.createdAt), creator: organisation.createdByName ?? "–" })} ·{" "}
          {organisation.verifiedAt
            ? t("legitimacyVerified", { date: day.format(organisation.verifiedAt), by: organisation.verifiedByName ?? "–" })
            : t("legitimacyUnverified")}
        </p>
        {ctx.caller.platformOperator ? <VerifyButton orgId={id} verified={organisation.verifiedAt !== null} /> : null}
        {organisation.role ? <LeaveButton orgId={id} name={organisation.name} /> : null}
        {organisation.municipalityAgs ? (
          <p className="kern-body">
            <Link className="kern-link" href={`/organisationen/${id}/selbsteinschaetzung/${organisation.municipalityAgs}`}>
              {t("assessmentOpen", { name: organisation.name })}
            </Link>
          </p>
        ) : null}
        {can(ctx.caller, "workshop", "read", id) ? (
          <p className="kern-body">
            <Link className="kern-link" href={`/organisationen/${id}/workshops`}>
              {t("workshopsOpen")}
            </Link>
          </p>
        ) : null}
      </section>

      {plans ? (
        <section aria-labelledby="plans-title" className="space-y-kern-space-small" data-testid="org-plans">
          <h2 id="plans-title" className="kern-heading-medium">
            {tPlan("orgOverviewTitle")}
          </h2>
          {plans.length === 0 ? (
            <p className="kern-body">
              {tPlan("orgOverviewEmpty")}{" "}
              {organisation.municipalityAgs ? (
                <Link className="kern-link" href={`/gemeinde/${organisation.municipalityAgs}/massnahmenplan?org=${encodeURIComponent(id)}`}>
                  {tPlan("openPlan")}
                </Link>
              ) : null}
            </p>
          ) : (
            <ul className="list-disc pl-kern-space-large kern-body">
              {plans.map((p) => (
                <li key={p.ags}>
                  <Link className="kern-link" href={`/gemeinde/${p.ags}/massnahmenplan?org=${encodeURIComponent(id)}`}>
                    {tPlan("orgOverviewOpen", { name: p.municipalityName })}
                  </Link>
                  : {tPlan("orgOverviewState", { done: p.done, total: p.total, overdue: p.overdue })} ({formatNumber(Math.round(p.shareDone * 100))} %)
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      {members ? (
        <section aria-labelledby="members-title" className="space-y-kern-space-default">
          <h2 id="members-title" className="kern-heading-medium">
            {t("membersTitle")}
          </h2>
          <ScrollRegion label={t("membersTitle")}>
          <table className="kern-table" data-testid="members">
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__cell">{t("memberName")}</th>
                <th scope="col" className="kern-table__cell">{t("memberEmail")}</th>
                <th scope="col" className="kern-table__cell">{t("memberRole")}</th>
                {isAdmin ? <th scope="col" className="kern-table__cell">{t("memberActions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.id} className="kern-table__row">
                  <td className="kern-table__cell">{member.name}</td>
                  <td className="kern-table__cell">{member.email}</td>
                  <td className="kern-table__cell">{t(`role${member.role}`)}</td>
                  {isAdmin ? (
                    <td className="kern-table__cell">
                      <MemberControls orgId={id} membershipId={member.id} name={member.name} role={member.role} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
          </ScrollRegion>
        </section>
      ) : null}

      {isAdmin ? (
        <section aria-labelledby="invite-title" className="space-y-kern-space-default">
          <h2 id="invite-title" className="kern-heading-medium">
            {t("inviteTitle")}
          </h2>
          <p className="kern-body">{t("inviteLead")}</p>
          <InviteForm orgId={id} />
          <h3 className="kern-heading-small">{t("invitationsTitle")}</h3>
          {openInvitations.length === 0 ? (
            <p className="kern-body">{t("invitationsEmpty")}</p>
          ) : (
            <ul className="list-none m-0 p-0 space-y-kern-space-small">
              {openInvitations.map((invitation) => {
                const label = `${t(`role${invitation.role}`)}${invitation.email ? ` – ${invitation.email}` : ""}, ${t("invitationExpires", { date: date.format(invitation.expiresAt) })}`;
                return (
                  <li key={invitation.id} className="flex flex-wrap items-center gap-kern-space-default">
                    <span className="kern-body">{label}</span>
                    <RevokeInvitationButton orgId={id} invitationId={invitation.id} label={`${t("revoke")}: ${label}`} />
                  </li>
                );
              })}
            </ul>
          )}
          <RenameForm orgId={id} name={organisation.name} />
        </section>
      ) : null}

      {countyGrants ? (
        <section aria-labelledby="county-grants-title" className="space-y-kern-space-default" data-testid="county-grants-section">
          <h2 id="county-grants-title" className="kern-heading-medium" tabIndex={-1}>
            {t("countyGrantsTitle")}
          </h2>
          <p className="kern-body max-w-[48rem]" data-testid="county-grants-lead">
            {t("countyGrantsLead", { town: organisation.name, resources: readableList })}
          </p>
          <CountyGrants
            orgId={id}
            headingId="county-grants-title"
            grants={countyGrants.map((grant) => ({
              id: grant.id,
              countyName: grant.countyName,
              since: date.format(grant.createdAt),
              grantedBy: grant.grantedByName,
            }))}
            canRevoke={can(ctx.caller, "countyGrant", "delete", id)}
            grantForm={
              countyOptions
                ? {
                    options: openCounties.map((county) => ({
                      id: county.id,
                      label: t("countyGrantOptionLegitimacy", {
                        name: county.name,
                        date: day.format(county.createdAt),
                        creator: county.createdByName ?? "–",
                        verified: county.verified ? t("verifiedYes") : t("verifiedNo"),
                      }),
                    })),
                    emptyText: countyEmptyText,
                  }
                : null
            }
          />
        </section>
      ) : null}

      {audit ? (
        <section aria-labelledby="audit-title" className="space-y-kern-space-default">
          <h2 id="audit-title" className="kern-heading-medium">
            {t("auditTitle")}
          </h2>
          {audit.length === 0 ? (
            <p className="kern-body">{t("auditEmpty")}</p>
          ) : (
            <ScrollRegion label={t("auditTitle")}>
            <table className="kern-table" data-testid="audit-log">
              <thead className="kern-table__header">
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__cell">{t("auditWhen")}</th>
                  <th scope="col" className="kern-table__cell">{t("auditWho")}</th>
                  <th scope="col" className="kern-table__cell">{t("auditWhat")}</th>
                </tr>
              </thead>
              <tbody>
                {audit.map((entry) => (
                  <tr key={entry.id} className="kern-table__row">
                    <td className="kern-table__cell">{date.format(entry.createdAt)}</td>
                    <td className="kern-table__cell">{entry.actor?.name ?? "–"}</td>
                    <td className="kern-table__cell">
                      {entry.summary}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            </ScrollRegion>
          )}
        </section>
      ) : null}
    </div>
  );
}
