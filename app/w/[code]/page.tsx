import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPrisma } from "@/lib/server/db/client";
import { getOwnAnswer, WorkshopCodeError, workshopSnapshot, type WorkshopSnapshot } from "@/lib/server/db/workshop-participation";
import type { Answer, BlockConfig } from "@/lib/domain/schemas/workshop";
import { participantCookieName } from "@/lib/domain/workshop/cookie";
import { BlockResultView } from "@/components/workshop/BlockResultView";
import { ParticipantLive } from "@/components/workshop/ParticipantLive";
import { RoleGroups } from "@/components/workshop/RoleGroups";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workshop");
  return { title: t("joinTitle") };
}

const TOUCH = "min-h-11 min-w-11";

function BlockFields({ config, answer, t }: { config: BlockConfig; answer: Answer | null; t: (key: string, values?: Record<string, string | number>) => string }) {
  switch (config.type) {
    case "ratings":
      return (
        <>
          {config.categories.map((c) => {
            const current = answer?.type === "ratings" ? answer.ratings[c.key] : undefined;
            return (
              <fieldset key={c.key} className="kern-fieldset">
                <legend className="kern-label">{c.label}</legend>
                <div className="flex flex-wrap gap-2">
                  {[1, 2, 3, 4, 5, "unknown" as const].map((v) => (
                    <label key={v} className={`${TOUCH} inline-flex items-center gap-1 px-2`}>
                      <input type="radio" name={`r:${c.key}`} value={v} defaultChecked={current === v} className="h-6 w-6" />
                      {v === "unknown" ? t("unknown") : v}
                    </label>
                  ))}
                </div>
              </fieldset>
            );
          })}
        </>
      );
    case "singleChoice":
    case "multipleChoice":
      return (
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{config.prompt}</legend>
          {config.options.map((o) => (
            <label key={o.key} className={`${TOUCH} flex items-center gap-2`}>
              <input
                type={config.type === "singleChoice" ? "radio" : "checkbox"}
                name={config.type === "singleChoice" ? "choice" : "choices"}
                value={o.key}
                className="h-6 w-6"
                defaultChecked={answer?.type === "singleChoice" ? answer.choice === o.key : answer?.type === "multipleChoice" ? answer.choices.includes(o.key) : false}
              />
              {o.label}
            </label>
          ))}
        </fieldset>
      );
    case "scale":
    case "consensus": {
      const [min, max] = config.type === "scale" ? [config.min, config.max] : [1, 5];
      return (
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{config.prompt}</legend>
          {config.type === "scale" && (config.minLabel || config.maxLabel) ? (
            <p className="kern-body kern-body--small">
              {min} = {config.minLabel || "–"}, {max} = {config.maxLabel || "–"}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            {Array.from({ length: max - min + 1 }, (_, i) => min + i).map((v) => (
              <label key={v} className={`${TOUCH} inline-flex items-center gap-1 px-2`}>
                <input type="radio" name="value" value={v} className="h-6 w-6" defaultChecked={(answer?.type === "scale" || answer?.type === "consensus") && answer.value === v} />
                {v}
              </label>
            ))}
          </div>
        </fieldset>
      );
    }
    case "dotVote":
    case "weighting":
      return (
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{config.type === "dotVote" ? t("dotsRule", { dots: config.dots, stacking: String(config.stacking) }) : t("pointsRule", { points: config.points })}</legend>
          {config.options.map((o) => {
            const name = config.type === "dotVote" ? `d:${o.key}` : `p:${o.key}`;
            const value = answer?.type === "dotVote" ? answer.dots[o.key] : answer?.type === "weighting" ? answer.points[o.key] : undefined;
            return (
              <div key={o.key} className="kern-form-input">
                <label className="kern-label" htmlFor={name}>
                  {o.label}
                </label>
                <input className={`kern-form-input__input ${TOUCH}`} id={name} name={name} type="number" inputMode="numeric" min={0} max={config.type === "dotVote" ? (config.stacking ? config.dots : 1) : config.points} defaultValue={value ?? 0} />
              </div>
            );
          })}
        </fieldset>
      );
    case "ranking":
      return (
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{config.prompt}</legend>
          {config.options.map((_, i) => (
            <div key={i} className="kern-form-input">
              <label className="kern-label" htmlFor={`rank-${i + 1}`}>
                {t("rank", { n: i + 1 })}
              </label>
              <select className={`kern-form-input__select ${TOUCH}`} id={`rank-${i + 1}`} name={`rank:${i + 1}`} defaultValue={answer?.type === "ranking" ? (answer.order[i] ?? "") : ""}>
                <option value="">{t("rankNone")}</option>
                {config.options.map((o) => (
                  <option key={o.key} value={o.key}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      );
    case "ideas":
    case "openText":
      return (
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="text">
            {t("ideaLabel")}
          </label>
          <textarea className={`kern-form-input__input ${TOUCH}`} id="text" name="text" maxLength={config.maxLength} rows={3} defaultValue={answer?.type === "openText" ? answer.text : ""} />
        </div>
      );
  }
}

/** /w/{code} — the participant page: the current block as a plain HTML form (works without JavaScript). */
export default async function ParticipantPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { code } = await params;
  const query = await searchParams;
  const t = await getTranslations("workshop");
  const participantId = (await cookies()).get(participantCookieName(code.toUpperCase()))?.value;
  if (!participantId) redirect(`/w?code=${encodeURIComponent(code)}`);
  const prisma = await getPrisma();
  let snapshot: WorkshopSnapshot;
  try {
    snapshot = await workshopSnapshot(prisma, code);
  } catch (error) {
    if (error instanceof WorkshopCodeError) redirect(`/w?fehler=${encodeURIComponent(error.message)}`);
    throw error;
  }
  const block = snapshot.block;
  const answer = block ? await getOwnAnswer(prisma, code, participantId, block.id) : null;
  const error = typeof query.fehler === "string" ? query.fehler.slice(0, 300) : null;
  return (
    <div className="mx-auto max-w-xl space-y-kern-space-large">
      <h1 className="kern-heading-large">{snapshot.title}</h1>
      <div aria-live="polite" className="space-y-kern-space-default">
        {error && (
          <div className="kern-alert kern-alert--danger" role="alert">
            <div className="kern-alert__body">
              <p className="kern-body">{error}</p>
            </div>
          </div>
        )}
        {query.gespeichert && !error && <p className="kern-body">{t("saved")}</p>}
        {!block && <p className="kern-body">{t("waiting")}</p>}
        {block && <h2 className="kern-heading-medium">{block.config.prompt}</h2>}
      </div>
      {block && block.status === "OPEN" && (
        <form key={block.id} id="workshop-answer" method="post" action={`/api/v1/workshops/${snapshot.code}/answer`} className="space-y-kern-space-default">
          <input type="hidden" name="blockId" value={block.id} />
          <input type="hidden" name="blockType" value={block.config.type} />
          <BlockFields config={block.config} answer={answer} t={t} />
          <button type="submit" className="kern-btn kern-btn--primary min-h-11">
            <span className="kern-label">{t("send")}</span>
          </button>
        </form>
      )}
      {block && block.status !== "OPEN" && <p className="kern-body">{block.status === "REVEALED" ? t("results") : `${t("closed")} ${t("resultsHidden")}`}</p>}
      {block?.status === "REVEALED" && block.results ? (
        <section aria-labelledby="ws-results" className="space-y-kern-space-default" data-testid="participant-results">
          <h3 id="ws-results" className="kern-heading-small">
            {t("resOverall", { count: block.answered + block.paper })}
          </h3>
          <BlockResultView config={block.config} results={block.results} variant="page" />
          <RoleGroups config={block.config} groups={block.byRole} variant="page" headingLevel={4} />
        </section>
      ) : null}
      <ParticipantLive
        code={snapshot.code}
        version={snapshot.version}
        blockId={block?.id ?? null}
        blockStatus={block?.status ?? null}
        prompt={block?.config.prompt ?? null}
        saved={Boolean(query.gespeichert)}
        newBlockText={block ? t("newBlock", { prompt: block.config.prompt }) : ""}
      />
      <p className="kern-body kern-body--small">{t("privacy")}</p>
    </div>
  );
}
