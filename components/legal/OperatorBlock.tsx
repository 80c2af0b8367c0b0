import { getTranslations } from "next-intl/server";
import { operatorComplete, type OperatorDetails } from "@/lib/server/config/legal";

/** The operator's details as a definition list; unset fields read "vom Betreiber auszufüllen" (with the setting). */
export async function OperatorBlock({ details }: { details: OperatorDetails }) {
  const t = await getTranslations("legal");
  const rows: { label: string; value?: string; setting: string }[] = [
    { label: t("operatorName"), value: details.name, setting: "OPERATOR_NAME" },
    { label: t("operatorAddress"), value: details.address, setting: "OPERATOR_ADDRESS" },
    { label: t("operatorRepresentative"), value: details.representative, setting: "OPERATOR_REPRESENTATIVE" },
    { label: t("operatorEmail"), value: details.email, setting: "OPERATOR_EMAIL" },
    { label: t("operatorPhone"), value: details.phone, setting: "OPERATOR_PHONE" },
  ];
  return (
    <div className="space-y-kern-space-small">
      {operatorComplete(details) ? null : (
        <p className="kern-alert kern-alert--warning p-kern-space-default" role="note" data-testid="operator-template">
          {t("templateNotice")}
        </p>
      )}
      <dl className="grid gap-x-kern-space-large gap-y-kern-space-x-small sm:grid-cols-[max-content_1fr] kern-body">
        {rows.map((row) => (
          <div key={row.setting} className="contents">
            <dt className="font-semibold">{row.label}</dt>
            <dd className="m-0 whitespace-pre-line">
              {row.value ?? <em>{t("placeholder", { setting: row.setting })}</em>}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
