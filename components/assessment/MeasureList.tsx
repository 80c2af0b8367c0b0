"use client";

import Link from "next/link";
import { usePlanTakeOver, type PlanTakeOver } from "@/components/plan/usePlanTakeOver";
import { PlanTakeOverAll, PlanTakeOverButton } from "@/components/plan/PlanTakeOver";

/**
 * The engine's next measures, each linked to the knowledge base; for editors of the organisation's plan with the
 * buttons that take them into the plan (issue 15). A client island of the result page.
 */
export function MeasureList({ measures, plan }: { measures: readonly { slug: string; title: string; gaps: string }[]; plan: PlanTakeOver | null }) {
  const takeOver = usePlanTakeOver(plan);
  return (
    <>
      {plan ? <PlanTakeOverAll plan={plan} slugs={measures.map((m) => m.slug)} state={takeOver} /> : null}
      <ul className="flex flex-col gap-kern-space-small" data-testid="measures">
        {measures.map((m) => (
          <li key={m.slug} className="kern-body">
            <Link className="kern-link" href={`/wissen/massnahmen/${m.slug}`}>
              {m.title}
            </Link>
            <span className="block kern-body--small kern-body--muted">{m.gaps}</span>
            {plan ? <PlanTakeOverButton slug={m.slug} title={m.title} state={takeOver} /> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
