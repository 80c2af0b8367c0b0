"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Recommendation } from "@/lib/domain/recommendation/engine";
import { formatNumber } from "@/lib/domain/format/number";

/** The recommendation engine's ranking for this town's self-assessment (from this browser). */
export function EngineRanking({ recommendation, ags, headingLevel = 2 }: { recommendation: Recommendation; ags: string; headingLevel?: 2 | 3 }) {
  const t = useTranslations("comparison");
  const tp = useTranslations("presentation");
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="ranking-title" className="kern-card" data-testid="engine-ranking">
      <div className="p-kern-space-large flex flex-col gap-kern-space-small w-full">
        <H id="ranking-title" className="kern-heading-small">
          {t("ranking.title")}
        </H>
        <p className="kern-body kern-body--small">{t("ranking.intro")}</p>
        <ol className="kern-body list-decimal pl-kern-space-large space-y-kern-space-2x-small">
          {recommendation.ranking.map((r) => (
            <li key={r.model}>
              <strong>{r.label}</strong> – {t("ranking.score", { score: formatNumber(r.score, { maximumFractionDigits: 1 }) })}
              {r.excluded && <span className="kern-badge kern-badge--danger ml-kern-space-x-small">{t("ranking.excluded")}</span>}
              {r.knockOuts.map((ko) => (
                <span key={ko.ruleId} className="block kern-body--small">
                  {ko.reason}
                </span>
              ))}
            </li>
          ))}
        </ol>
        {recommendation.ranking.some((r) => r.excluded) && <p className="kern-body kern-body--small">{tp("excludedLast")}</p>}
        <p className="kern-body kern-body--small">
          {t("ranking.confidence", { level: recommendation.confidence.level })} {recommendation.confidence.note}
        </p>
        {recommendation.port.fit !== "not" && <p className="kern-body kern-body--small">{t("ranking.port", { fit: recommendation.port.fit, label: recommendation.port.fitLabel })}</p>}
        <p className="no-print">
          <Link className="kern-link" href={`/gemeinde/${ags}/selbstcheck`}>
            {t("ranking.link")}
          </Link>
        </p>
      </div>
    </section>
  );
}
