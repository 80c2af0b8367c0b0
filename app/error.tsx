"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="space-y-kern-space-default">
      <h1 className="kern-heading-large">{t("genericTitle")}</h1>
      <p className="kern-body">{t("genericText")}</p>
      <button type="button" className="kern-btn kern-btn--primary" onClick={reset}>
        <span className="kern-label">{t("retry")}</span>
      </button>
    </div>
  );
}
