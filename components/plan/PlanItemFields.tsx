import { getTranslations } from "next-intl/server";
import type { PlanItemRecord } from "@/lib/server/db/tenant/action-plans";
import type { Member } from "@/lib/server/db/tenant/memberships";
import { fundingValidity } from "@/lib/domain/plan/funding";
import { PLAN_ITEM_STATUSES } from "@/lib/domain/plan/types";
import { formatNumberInput } from "@/lib/domain/format/number";
import type { FundingProgramme } from "@/lib/domain/funding-programmes";
import { FACTOR_CATEGORIES, FACTOR_CATEGORY_LABELS_DE, MODEL_IDS, MODEL_LABELS_DE } from "@/lib/domain/ids";
import { PLAN_STATUS_DE } from "@/lib/domain/csv/plan-export";

export const TOUCH = "min-h-11";
const day = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "UTC" });
export const formatDay = (iso: string) => day.format(new Date(`${iso}T00:00:00Z`));

/** The validity of a funding programme in words (valid until …, open end, expired, not yet). */
export async function FundingValidityText({ programme, today }: { programme: FundingProgramme; today: string }) {
  const t = await getTranslations("plan");
  const validity = fundingValidity(programme, today);
  if (validity === "expired") return <>{t("fundingExpired", { date: formatDay(programme.validUntil!) })}</>;
  if (validity === "not-yet") return <>{t("fundingNotYet", { date: formatDay(programme.validFrom!) })}</>;
  return <>{programme.validUntil ? t("fundingValidUntil", { date: formatDay(programme.validUntil) }) : t("fundingOpenEnd")}</>;
}

function Select({ id, name, label, value, options }: { id: string; name: string; label: string; value: string; options: Array<[string, string]> }) {
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select id={id} name={name} className={`kern-form-input__select ${TOUCH}`} defaultValue={value}>
          {options.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function Input({ id, name, label, value, type = "text", hint, required }: { id: string; name: string; label: string; value: string; type?: "text" | "date"; hint?: string; required?: boolean }) {
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
      <input id={id} name={name} type={type} className={`kern-form-input__input ${TOUCH}`} defaultValue={value} required={required} aria-describedby={hint ? `${id}-hint` : undefined} />
    </div>
  );
}

/**
 * The fields of a plan item (the "add" and the "edit" form): title, factor/gap, model, owner (member or free text),
 * dates, status (edit only), cost (German number), matching funding programmes with their validity, notes.
 */
export async function PlanItemFields({
  prefix,
  item,
  members,
  funding,
  landName,
  today,
  withStatus,
  withTitle = true,
}: {
  prefix: string;
  item: PlanItemRecord | null;
  members: readonly Member[];
  funding: readonly FundingProgramme[];
  landName: string;
  today: string;
  withStatus: boolean;
  withTitle?: boolean;
}) {
  const t = await getTranslations("plan");
  const id = (name: string) => `${prefix}-${name}`;
  const chosen = new Set(item?.fundingProgrammeIds ?? []);
  return (
    <div className="grid gap-kern-space-default md:grid-cols-2">
      {withTitle ? (
        <div className="md:col-span-2">
          <Input id={id("title")} name="title" label={t("formTitle")} value={item?.title ?? ""} required />
        </div>
      ) : null}
      {withStatus ? (
        <Select id={id("status")} name="status" label={t("formStatus")} value={item?.status ?? "geplant"} options={PLAN_ITEM_STATUSES.map((s) => [s, PLAN_STATUS_DE[s]])} />
      ) : null}
      <Select
        id={id("factor")}
        name="addressesFactor"
        label={t("formFactor")}
        value={item?.addressesFactor ?? ""}
        options={[["", t("none")], ...FACTOR_CATEGORIES.map((f): [string, string] => [f, FACTOR_CATEGORY_LABELS_DE[f]])]}
      />
      <Input id={id("gap")} name="addressesGap" label={t("formGap")} value={item?.addressesGap ?? ""} />
      <Select id={id("model")} name="modelId" label={t("formModel")} value={item?.modelId ?? ""} options={[["", t("formModelNone")], ...MODEL_IDS.map((m): [string, string] => [m, MODEL_LABELS_DE[m]])]} />
      {members.length > 0 ? (
        <Select
          id={id("member")}
          name="ownerMembershipId"
          label={t("formOwnerMember")}
          value={item?.ownerMembershipId ?? ""}
          options={[["", t("formOwnerMemberNone")], ...members.map((m): [string, string] => [m.id, m.name || m.email])]}
        />
      ) : null}
      <Input id={id("owner")} name="ownerText" label={t("formOwnerText")} value={item?.ownerText ?? ""} />
      <Input id={id("start")} name="startDate" type="date" label={t("formStart")} value={item?.startDate ?? ""} />
      <Input id={id("due")} name="dueDate" type="date" label={t("formDue")} value={item?.dueDate ?? ""} />
      <Input id={id("cost")} name="estimatedCost" label={t("formCost")} hint={t("formCostHint")} value={formatNumberInput(item?.estimatedCostEuro)} />
      <fieldset className="kern-fieldset md:col-span-2">
        <legend className="kern-label">{t("formFunding", { land: landName })}</legend>
        <input type="hidden" name="fundingShown" value="1" />
        {funding.length === 0 ? <p className="kern-body kern-body--small">{t("formFundingNone", { land: landName })}</p> : null}
        {funding.map((p) => (
          <div key={p.id} className="kern-form-check">
            <input className="kern-form-check__checkbox" type="checkbox" id={id(`funding-${p.id}`)} name="funding" value={p.id} defaultChecked={chosen.has(p.id)} />
            <label className="kern-label" htmlFor={id(`funding-${p.id}`)}>
              {p.name} (<FundingValidityText programme={p} today={today} />)
            </label>
          </div>
        ))}
      </fieldset>
      <div className="kern-form-input md:col-span-2">
        <label className="kern-label" htmlFor={id("notes")}>
          {t("formNotes")}
        </label>
        <textarea id={id("notes")} name="notes" rows={3} className="kern-form-input__input" defaultValue={item?.notes ?? ""} />
      </div>
    </div>
  );
}
