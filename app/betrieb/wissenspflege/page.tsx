import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TOUCH } from "@/components/plan/PlanItemFields";
import { requireSignedInPage } from "@/lib/server/auth/page";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import { listCuratedVersionsForOperator, listCurationAudit } from "@/lib/server/db/tenant/curated-versions";
import { citationText } from "@/lib/domain/citation";
import { describeAuditEntry } from "@/lib/domain/audit/describe";
import { formatDate, formatDateTime } from "@/lib/domain/format/date";
import { formatEuro, formatNumber } from "@/lib/domain/format/number";
import { LAND_CODES, isUnverified, type FundingProgramme } from "@/lib/domain/funding-programmes";
import { PARAMETER_UNIT_LABELS_DE, resolveParameter, type RuleParameter } from "@/lib/domain/rule-parameters";
import { parameterLabel, type CuratedVersion } from "@/lib/domain/curation";
import { addVersionAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("curation");
  return { title: t("metaTitle") };
}

const PAGE = "/betrieb/wissenspflege";
const anchorOf = (prefix: "p" | "f", id: string) => `${prefix}-${id.replace(/[^a-z0-9]+/g, "-")}`;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function Field({ id, name, label, hint, type = "text", inputMode, defaultValue, required = true }: { id: string; name: string; label: string; hint?: string; type?: "text" | "date"; inputMode?: "decimal" | "numeric"; defaultValue?: string; required?: boolean }) {
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <input id={id} name={name} type={type} inputMode={inputMode} className={`kern-form-input__input ${TOUCH} w-full max-w-full`} defaultValue={defaultValue} required={required} aria-describedby={hint ? `${id}-hint` : undefined} />
    </div>
  );
}

async function CommonFields({ anchor }: { anchor: string }) {
  const t = await getTranslations("curation");
  return (
    <>
      <Field id={`${anchor}-validFrom`} name="validFrom" type="date" label={t("validFromLabel")} />
      <Field id={`${anchor}-source`} name="source" label={t("sourceLabel")} hint={t("sourceHint")} />
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={`${anchor}-note`}>
          {t("noteLabel")}
        </label>
        <div className="kern-hint" id={`${anchor}-note-hint`}>
          {t("noteHint")}
        </div>
        <textarea id={`${anchor}-note`} name="note" rows={3} required className="kern-form-input__input w-full max-w-full" aria-describedby={`${anchor}-note-hint`} />
      </div>
    </>
  );
}

/** Wissenspflege: the platform operator adds versions of rule parameters and funding programmes (issue 13). */
export default async function CurationPage({ searchParams }: Props) {
  const ctx = await requireSignedInPage(PAGE);
  const t = await getTranslations("curation");
  const query = await searchParams;
  const header = (
    <header className="space-y-kern-space-x-small">
      <p className="kern-body kern-body--muted">{t("eyebrow")}</p>
      <h1 className="kern-heading-large">{t("title")}</h1>
      <p className="kern-body kern-body--large max-w-[48rem]">{t("lead")}</p>
    </header>
  );
  if (!ctx.caller.platformOperator) {
    return (
      <article className="space-y-kern-space-x-large">
        {header}
        <div className="kern-alert kern-alert--warning" role="alert" data-testid="curation-forbidden">
          <div className="kern-alert__header">
            <span className="kern-title">{t("forbiddenTitle")}</span>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{t("forbiddenText")}</p>
          </div>
        </div>
      </article>
    );
  }

  const today = new Date().toISOString().slice(0, 10);
  const [knowledge, curated, audit] = await Promise.all([getKnowledgeSnapshot(undefined, ctx.prisma), listCuratedVersionsForOperator(ctx), listCurationAudit(ctx, 20)]);
  const error = one(query.fehler) ?? null;
  const errorAt = one(query.bei) ?? "";
  const saved = one(query.gespeichert) ?? null;
  const countOf = (kind: CuratedVersion["kind"], subject: string) => curated.filter((c) => c.kind === kind && c.subject === subject).length;
  const isCurated = (p: RuleParameter) => curated.some((c) => c.kind === "rule-parameter" && c.subject === p.key && c.validFrom === p.validFrom);

  const keys = [...new Set(knowledge.ruleParameters.map((p) => p.key))];
  const errorBox = (
    <p role="alert" className="kern-alert kern-alert--danger p-kern-space-default" data-testid="curation-error">
      {t("errorTitle")}: {error}
    </p>
  );

  const fundingState = (p: FundingProgramme) => {
    const state = p.validUntil === undefined ? t("fundingOpen") : p.validUntil < today ? t("fundingClosed", { date: formatDate(p.validUntil) }) : t("fundingClosesOn", { date: formatDate(p.validUntil) });
    const amount =
      p.amountMaxEur === null
        ? t("fundingNoAmount")
        : t(isUnverified(p, "amount") ? "fundingAmountUnverified" : "fundingAmount", { amount: formatEuro(p.amountMaxEur) });
    return t("fundingState", { land: LAND_CODES[p.landCode], state, amount });
  };

  return (
    <article className="space-y-kern-space-x-large">
      {header}
      <p className="kern-body kern-body--small">{t("knowledgeVersion", { version: knowledge.version, today: formatDate(today) })}</p>
      {saved ? (
        <p role="status" className="kern-alert kern-alert--success p-kern-space-default" data-testid="curation-saved">
          {t("saved")}
        </p>
      ) : null}
      {error && !errorAt ? errorBox : null}

      <section aria-labelledby="parameters-title" className="space-y-kern-space-default">
        <h2 id="parameters-title" className="kern-heading-medium">
          {t("parametersTitle")}
        </h2>
        <p className="kern-body max-w-[48rem]">{t("parametersLead")}</p>
        <ul className="list-none m-0 p-0 space-y-kern-space-default">
          {keys.map((key) => {
            const versions = knowledge.ruleParameters.filter((p) => p.key === key).sort((a, b) => b.validFrom.localeCompare(a.validFrom));
            const newest = versions[0]!;
            const current = resolveParameter(knowledge.ruleParameters, key, today);
            const anchor = anchorOf("p", key);
            const unit = PARAMETER_UNIT_LABELS_DE[newest.unit];
            const label = parameterLabel(knowledge.ruleParameters, key);
            return (
              <li key={key} id={anchor} className="kern-card" data-testid={`parameter-${key}`}>
                <div className="p-kern-space-default flex flex-col gap-kern-space-small w-full min-w-0">
                  <h3 className="kern-heading-small break-words">{label}</h3>
                  <p className="kern-body font-semibold" data-testid="parameter-current">
                    {current ? t("currentValue", { value: formatNumber(current.value), unit }) : t("noCurrentValue")}
                  </p>
                  <h4 className="kern-body font-semibold">{t("versionsTitle")}</h4>
                  <ul className="list-disc pl-kern-space-large kern-body break-words">
                    {versions.map((p) => (
                      <li key={`${p.version}-${p.validFrom}`}>
                        {t("versionLine", { version: p.version, value: formatNumber(p.value), validFrom: formatDate(p.validFrom) })}
                        {p.validUntil ? ` ${t("versionUntil", { validUntil: formatDate(p.validUntil) })}` : ""}
                        {isCurated(p) ? ` (${t("byOperator")})` : ""}
                        <br />
                        <span className="kern-body--small">{t("sourceLine", { source: citationText(p.citation, false) })}</span>
                        {p.note_de ? (
                          <>
                            <br />
                            <span className="kern-body--small">{t("noteLine", { note: p.note_de })}</span>
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                  {error && errorAt === anchor ? errorBox : null}
                  <details open={errorAt === anchor || undefined}>
                    <summary className={`kern-link cursor-pointer ${TOUCH} flex items-center`}>{t("addParameterSummary", { label })}</summary>
                    <form action={addVersionAction} className="flex flex-col gap-kern-space-default pt-kern-space-default">
                      <input type="hidden" name="kind" value="rule-parameter" />
                      <input type="hidden" name="key" value={key} />
                      <input type="hidden" name="basedOn" value={countOf("rule-parameter", key)} />
                      <input type="hidden" name="anchor" value={anchor} />
                      <Field id={`${anchor}-value`} name="value" inputMode="decimal" label={t("valueLabel", { unit })} hint={t("valueHint")} />
                      <Field id={`${anchor}-version`} name="version" label={t("versionLabel")} hint={t("versionHint")} />
                      <CommonFields anchor={anchor} />
                      <button type="submit" className={`kern-btn kern-btn--primary ${TOUCH} self-start`}>
                        <span className="kern-label">{t("submit")}</span>
                      </button>
                    </form>
                  </details>
                </div>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="funding-title" className="space-y-kern-space-default">
        <h2 id="funding-title" className="kern-heading-medium">
          {t("fundingTitle")}
        </h2>
        <p className="kern-body max-w-[48rem]">{t("fundingLead")}</p>
        <ul className="list-none m-0 p-0 space-y-kern-space-default">
          {knowledge.fundingProgrammes.map((p) => {
            const anchor = anchorOf("f", p.id);
            const mine = curated.filter((c): c is Extract<CuratedVersion, { kind: "funding-programme" }> => c.kind === "funding-programme" && c.subject === p.id);
            return (
              <li key={p.id} id={anchor} className="kern-card" data-testid={`funding-${p.id}`}>
                <div className="p-kern-space-default flex flex-col gap-kern-space-small w-full min-w-0">
                  <h3 className="kern-heading-small break-words">{p.name}</h3>
                  <p className="kern-body font-semibold">{fundingState(p)}</p>
                  <p className="kern-body kern-body--small break-words">{t("sourceLine", { source: p.citations.map((c) => citationText(c, false)).join("; ") })}</p>
                  {mine.length > 0 ? (
                    <>
                      <h4 className="kern-body font-semibold">{t("fundingVersions")}</h4>
                      <ul className="list-disc pl-kern-space-large kern-body break-words">
                        {mine.map((c) => (
                          <li key={c.id}>
                            {t("fundingVersionLine", {
                              validFrom: formatDate(c.validFrom),
                              state: c.data.open ? t("fundingOpen") : t("openNo"),
                              amount: c.data.amountMaxEur === null ? t("fundingNoAmount") : t("fundingAmount", { amount: formatEuro(c.data.amountMaxEur) }),
                            })}
                            <br />
                            <span className="kern-body--small">
                              {t("sourceLine", { source: c.source })} · {t("noteLine", { note: c.note })}
                            </span>
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                  {error && errorAt === anchor ? errorBox : null}
                  <details open={errorAt === anchor || undefined}>
                    <summary className={`kern-link cursor-pointer ${TOUCH} flex items-center`}>{t("addFundingSummary", { name: p.name })}</summary>
                    <form action={addVersionAction} className="flex flex-col gap-kern-space-default pt-kern-space-default">
                      <input type="hidden" name="kind" value="funding-programme" />
                      <input type="hidden" name="programmeId" value={p.id} />
                      <input type="hidden" name="basedOn" value={mine.length} />
                      <input type="hidden" name="anchor" value={anchor} />
                      <fieldset className="kern-fieldset">
                        <legend className="kern-label">{t("openLegend")}</legend>
                        <div className="kern-fieldset__body">
                          <div className="kern-form-check">
                            <input className="kern-form-check__radio" type="radio" id={`${anchor}-open-yes`} name="open" value="ja" defaultChecked={p.validUntil === undefined || p.validUntil >= today} />
                            <label className="kern-label" htmlFor={`${anchor}-open-yes`}>
                              {t("openYes")}
                            </label>
                          </div>
                          <div className="kern-form-check">
                            <input className="kern-form-check__radio" type="radio" id={`${anchor}-open-no`} name="open" value="nein" defaultChecked={p.validUntil !== undefined && p.validUntil < today} />
                            <label className="kern-label" htmlFor={`${anchor}-open-no`}>
                              {t("openNo")}
                            </label>
                          </div>
                        </div>
                      </fieldset>
                      <Field id={`${anchor}-amount`} name="amountMaxEur" inputMode="numeric" label={t("amountLabel")} hint={t("amountHint")} defaultValue={p.amountMaxEur === null ? "" : formatNumber(p.amountMaxEur)} required={false} />
                      <CommonFields anchor={anchor} />
                      <button type="submit" className={`kern-btn kern-btn--primary ${TOUCH} self-start`}>
                        <span className="kern-label">{t("submit")}</span>
                      </button>
                    </form>
                  </details>
                </div>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="audit-title" className="space-y-kern-space-default">
        <h2 id="audit-title" className="kern-heading-medium">
          {t("auditTitle")}
        </h2>
        {audit.length === 0 ? (
          <p className="kern-body">{t("auditEmpty")}</p>
        ) : (
          <ul className="list-disc pl-kern-space-large kern-body break-words" data-testid="curation-audit">
            {audit.map((a) => (
              <li key={a.id}>
                {t("auditLine", {
                  when: formatDateTime(a.createdAt),
                  who: a.actor?.name ?? a.actor?.email ?? "—",
                  summary: describeAuditEntry(a, { townName: () => undefined }),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
