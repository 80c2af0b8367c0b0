import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ROLE_LABELS } from "@/lib/domain/schemas/workshop";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workshop");
  return { title: t("joinTitle") };
}

/** /w — join a workshop by code (a plain form: works without JavaScript). */
export default async function JoinPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("workshop");
  const params = await searchParams;
  const error = typeof params.fehler === "string" ? params.fehler.slice(0, 300) : null;
  const code = typeof params.code === "string" ? params.code.slice(0, 10) : "";
  return (
    <div className="mx-auto max-w-xl space-y-kern-space-large">
      <h1 className="kern-heading-large">{t("joinTitle")}</h1>
      <p className="kern-body">{t("joinIntro")}</p>
      {error && (
        <div className="kern-alert kern-alert--danger" role="alert">
          <div className="kern-alert__body">
            <p className="kern-body">{error}</p>
          </div>
        </div>
      )}
      <form method="post" action="/api/v1/workshops/join" className="space-y-kern-space-default">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="code">
            {t("codeLabel")}
          </label>
          <input className="kern-form-input__input min-h-11 uppercase" id="code" name="code" required autoComplete="off" autoCapitalize="characters" maxLength={10} defaultValue={code} />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="role">
            {t("roleLabel")}
          </label>
          <div className="kern-form-input__select-wrapper">
            <select className="kern-form-input__select min-h-11" id="role" name="role" defaultValue="">
              <option value="">{t("roleNone")}</option>
              {ROLE_LABELS.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="kern-btn kern-btn--primary min-h-11">
          <span className="kern-label">{t("join")}</span>
        </button>
      </form>
      <p className="kern-body kern-body--small">{t("privacy")}</p>
    </div>
  );
}
