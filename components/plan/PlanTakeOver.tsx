"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { PlanTakeOver, usePlanTakeOver } from "./usePlanTakeOver";

type State = ReturnType<typeof usePlanTakeOver>;

/** "In den Maßnahmenplan übernehmen" beside one proposed measure (or "Im Maßnahmenplan" once it is there). */
export function PlanTakeOverButton({ slug, title, state }: { slug: string; title: string; state: State }) {
  const t = useTranslations("plan");
  if (state.taken.has(slug)) {
    return (
      <span className="kern-badge kern-badge--success mt-kern-space-x-small" data-testid="taken-over">
        {t("takenOver")}
      </span>
    );
  }
  return (
    <button type="button" className="kern-btn kern-btn--tertiary min-h-11 mt-kern-space-x-small no-print" disabled={state.busy} aria-label={t("takeOverLabel", { title })} onClick={() => void state.takeOver([slug])}>
      <span className="kern-label">{t("takeOver")}</span>
    </button>
  );
}

/** "Alle übernehmen", the outcome of the last take-over (live region) and the link to the plan. */
export function PlanTakeOverAll({ plan, slugs, state }: { plan: PlanTakeOver; slugs: readonly string[]; state: State }) {
  const t = useTranslations("plan");
  const open = slugs.filter((s) => !state.taken.has(s));
  return (
    <div className="flex flex-wrap items-center gap-kern-space-default no-print">
      {open.length > 0 ? (
        <button type="button" className="kern-btn kern-btn--secondary min-h-11" disabled={state.busy} onClick={() => void state.takeOver(open)} data-testid="take-over-all">
          <span className="kern-label">{t("takeOverAll")}</span>
        </button>
      ) : null}
      <Link className="kern-link" href={plan.href} data-testid="open-plan">
        {t("openPlan")}
      </Link>
      <p className="kern-body m-0" role="status" data-testid="take-over-status">
        {state.busy ? t("takeOverBusy") : state.result ? (state.result.ok ? t("takeOverDone", { count: state.result.count }) : t("takeOverError", { message: state.result.message })) : ""}
      </p>
    </div>
  );
}
