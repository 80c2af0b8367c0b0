import { getTranslations } from "next-intl/server";
import { DEMO_ACCOUNT, demoAccountExists, demoAccountShown } from "@/lib/server/auth/demo";
import { getDatabase } from "@/lib/server/db/client";

/** Names the demo credentials on the start page — only on the embedded database (never in production). */
export async function DemoAccountNotice() {
  const database = await getDatabase().catch(() => null);
  if (!database || !demoAccountShown(database)) return null;
  if (!(await demoAccountExists(database))) return null;
  const t = await getTranslations("auth");
  return (
    <aside className="kern-alert kern-alert--info" aria-labelledby="demo-title" data-testid="demo-account">
      <div className="kern-alert__body space-y-kern-space-x-small">
        <h2 id="demo-title" className="kern-heading-small">
          {t("demoTitle")}
        </h2>
        <p className="kern-body">{t("demoText")}</p>
        <ul className="kern-body">
          <li>{t("demoEmail", { email: DEMO_ACCOUNT.email })}</li>
          <li>{t("demoPassword", { password: DEMO_ACCOUNT.password })}</li>
        </ul>
        <p className="kern-body kern-body--small">{t("demoNote")}</p>
      </div>
    </aside>
  );
}
