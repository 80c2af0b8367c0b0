"use client";

import { useTranslations } from "next-intl";
import { fieldsForModel, INVESTMENT_FIELDS, REVENUE_FIELDS, RUNNING_FIELDS } from "@/lib/domain/money/evaluate";
import type { LabelledValue, ScenarioDefaults } from "@/lib/domain/money/defaults";
import type { ScenarioAssumptions } from "@/lib/domain/money/scenario";
import type { CarrierModelId } from "@/lib/domain/id-labels";
import { citationText } from "@/lib/domain/citation-core";
import { NumberField } from "./NumberField";

const ORIGIN_KEY = { source: "source", "rule-parameter": "ruleParameter", assumption: "assumption" } as const;

type Group = "investment" | "running" | "revenue";
const GROUP_FIELDS = { investment: INVESTMENT_FIELDS, running: RUNNING_FIELDS, revenue: REVENUE_FIELDS } as const;

export interface AssumptionsEditorProps {
  model: CarrierModelId;
  assumptions: ScenarioAssumptions;
  defaults: ScenarioDefaults;
  errors: Record<string, string>;
  confirmed: ReadonlySet<string>;
  onChange(next: ScenarioAssumptions): void;
  onPort(on: boolean): void;
  onConfirm(key: string, on: boolean): void;
}

function Origin({ def, changed, confirmed, onConfirm, id }: {
  def: LabelledValue | undefined;
  changed: boolean;
  confirmed: boolean;
  onConfirm(on: boolean): void;
  id: string;
}) {
  const t = useTranslations("comparison");
  if (!def || changed) {
    return (
      <p id={id} className="kern-body kern-body--small">
        <span className="kern-badge">{t("origin.own")}</span>
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-kern-space-2x-small">
      <p id={id} className="kern-hint">
        <span className={`kern-badge ${def.origin === "assumption" ? "kern-badge--warning" : "kern-badge--info"}`}>{t(`origin.${ORIGIN_KEY[def.origin]}`)}</span>{" "}
        {def.note_de}
        {def.citation && <span className="block">{t("origin.citation", { text: citationText(def.citation) })}</span>}
      </p>
      {def.origin === "assumption" && (
        <div className="kern-form-check">
          <input
            className="kern-form-check__checkbox"
            type="checkbox"
            id={`${id}-confirm`}
            checked={confirmed}
            onChange={(e) => onConfirm(e.target.checked)}
          />
          <label className="kern-label" htmlFor={`${id}-confirm`}>
            {t("origin.confirm")}
          </label>
        </div>
      )}
    </div>
  );
}

export function AssumptionsEditor({ model, assumptions: a, defaults: d, errors, confirmed, onChange, onPort, onConfirm }: AssumptionsEditorProps) {
  const t = useTranslations("comparison");
  const err = (path: string) => errors[`${model}.${path}`];

  const setField = (group: Group, field: string, n: number) => onChange({ ...a, [group]: { ...a[group], [field]: n } });
  const setGrant = (i: number, patch: Partial<ScenarioAssumptions["grants"][number]>) =>
    onChange({ ...a, grants: a.grants.map((g, j) => (j === i ? { ...g, ...patch } : g)) });
  const setGuarantee = (i: number, patch: Partial<ScenarioAssumptions["guarantees"][number]>) =>
    onChange({ ...a, guarantees: a.guarantees.map((g, j) => (j === i ? { ...g, ...patch } : g)) });
  const lastYear = a.startYear + a.horizonYears - 1;

  return (
    <div className="space-y-kern-space-large" data-testid={`editor-${model}`}>
      <div className="kern-form-check">
        <input className="kern-form-check__checkbox" type="checkbox" id={`${model}-port`} checked={a.portAddOn} onChange={(e) => onPort(e.target.checked)} aria-describedby={`${model}-port-hint`} />
        <label className="kern-label" htmlFor={`${model}-port`}>
          {t("editor.port")}
        </label>
      </div>
      <p id={`${model}-port-hint`} className="kern-hint">
        {t("editor.portHint")}
      </p>

      {(Object.keys(GROUP_FIELDS) as Group[]).map((group) => (
        <fieldset key={group} className="kern-fieldset">
          <legend className="kern-heading-small">{t(`groups.${group}`)}</legend>
          <div className="grid gap-kern-space-large md:grid-cols-2 mt-kern-space-small">
            {fieldsForModel(model, GROUP_FIELDS[group]).map((field) => {
              const id = `${model}-${group}-${field}`;
              const def = (d[group] as Record<string, LabelledValue>)[field];
              const value = (a[group] as Record<string, number>)[field] ?? 0;
              const key = `${model}.${group}.${field}`;
              return (
                <div key={field} className="flex flex-col gap-kern-space-x-small">
                  <NumberField
                    id={id}
                    testId={id}
                    label={t(`fields.${field}`)}
                    unit={group === "investment" ? t("units.once") : t("units.perYear")}
                    value={value}
                    onChange={(n) => setField(group, field, n)}
                    error={err(`${group}.${field}`)}
                    describedBy={`${id}-origin`}
                  />
                  <Origin id={`${id}-origin`} def={def} changed={def !== undefined && value !== def.value} confirmed={confirmed.has(key)} onConfirm={(on) => onConfirm(key, on)} />
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}

      <fieldset className="kern-fieldset">
        <legend className="kern-heading-small">{t("groups.grants")}</legend>
        <p className="kern-hint">{t("editor.grantsHint")}</p>
        {d.fundingHints.length > 0 && (
          <ul className="kern-body kern-body--small">
            {d.fundingHints.map((h) => (
              <li key={h.programmeId}>
                {t("editor.fundingHint", { name: h.name })} {h.caveats_de.join(" ")}
              </li>
            ))}
          </ul>
        )}
        <ol className="list-none m-0 p-0 space-y-kern-space-default mt-kern-space-small">
          {a.grants.map((g, i) => {
            const def = d.grants.find((x) => x.programmeId !== undefined && x.programmeId === g.programmeId);
            const id = `${model}-grant-${i}`;
            return (
              <li key={i} className="border-l-4 border-kern-layout-border pl-kern-space-default space-y-kern-space-small" data-testid={id}>
                <div className="flex flex-col gap-kern-space-2x-small">
                  <label className="kern-label" htmlFor={`${id}-label`}>
                    {t("editor.grantLabel", { n: i + 1 })}
                  </label>
                  <input id={`${id}-label`} className="kern-form-input__input max-w-[32rem]" type="text" value={g.label ?? ""} maxLength={200} onChange={(e) => setGrant(i, { label: e.target.value })} />
                </div>
                <div className="grid gap-kern-space-default md:grid-cols-3">
                  <NumberField id={`${id}-amount`} testId={`${id}-amount`} label={t("editor.grantAmount")} unit={t("units.perYear")} value={g.amountPerYear} onChange={(n) => setGrant(i, { amountPerYear: n })} error={err(`grants.${i}.amountPerYear`)} />
                  <NumberField id={`${id}-start`} testId={`${id}-start`} label={t("editor.grantStart")} integer value={g.startYear} onChange={(n) => setGrant(i, { startYear: n })} error={err(`grants.${i}.startYear`)} />
                  <NumberField id={`${id}-end`} testId={`${id}-end`} label={t("editor.grantEnd")} integer value={g.endYear} onChange={(n) => setGrant(i, { endYear: n })} error={err(`grants.${i}.endYear`)} />
                </div>
                {def && <Origin id={`${id}-origin`} def={def.amountPerYear} changed={g.amountPerYear !== def.amountPerYear.value} confirmed={confirmed.has(`${model}.grants.${i}`)} onConfirm={(on) => onConfirm(`${model}.grants.${i}`, on)} />}
                <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => onChange({ ...a, grants: a.grants.filter((_, j) => j !== i) })}>
                  <span className="kern-label">{t("editor.removeGrant", { n: i + 1 })}</span>
                </button>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="kern-btn kern-btn--secondary mt-kern-space-small"
          disabled={a.grants.length >= 20}
          onClick={() => onChange({ ...a, grants: [...a.grants, { label: t("editor.newGrant"), amountPerYear: 0, startYear: a.startYear, endYear: Math.min(a.startYear + 3, lastYear) }] })}
        >
          <span className="kern-label">{t("editor.addGrant")}</span>
        </button>
      </fieldset>

      <fieldset className="kern-fieldset">
        <legend className="kern-heading-small">{t("groups.guarantees")}</legend>
        <p className="kern-hint">{t("editor.guaranteesHint")}</p>
        <ol className="list-none m-0 p-0 space-y-kern-space-default mt-kern-space-small">
          {a.guarantees.map((g, i) => {
            const id = `${model}-guarantee-${i}`;
            return (
              <li key={i} className="border-l-4 border-kern-layout-border pl-kern-space-default space-y-kern-space-small">
                <div className="grid gap-kern-space-default md:grid-cols-2">
                  <NumberField id={`${id}-amount`} label={t("editor.guaranteeAmount", { n: i + 1 })} unit={t("units.once")} value={g.amount} onChange={(n) => setGuarantee(i, { amount: n })} error={err(`guarantees.${i}.amount`)} />
                  <NumberField id={`${id}-year`} label={t("editor.guaranteeYear", { n: i + 1 })} integer value={g.year} onChange={(n) => setGuarantee(i, { year: n })} error={err(`guarantees.${i}.year`)} />
                </div>
                <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => onChange({ ...a, guarantees: a.guarantees.filter((_, j) => j !== i) })}>
                  <span className="kern-label">{t("editor.removeGuarantee", { n: i + 1 })}</span>
                </button>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="kern-btn kern-btn--secondary mt-kern-space-small"
          disabled={a.guarantees.length >= 20}
          onClick={() => onChange({ ...a, guarantees: [...a.guarantees, { label: t("editor.newGuarantee"), amount: 0, year: Math.min(a.startYear + 2, lastYear) }] })}
        >
          <span className="kern-label">{t("editor.addGuarantee")}</span>
        </button>
      </fieldset>
    </div>
  );
}
