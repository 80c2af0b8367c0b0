"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/TextField";
import type { MunicipalityHit } from "@/lib/domain/api-contracts";
import { callApi } from "@/lib/client/api";
import { loadSearchContract } from "@/lib/client/api/search-contract";
import { OrganisationCreatedResponseSchema } from "@/lib/domain/schemas/organisation-api";

type Hit = MunicipalityHit;

/** Create a town (chosen by municipality search) or a county (chosen from the Kreis list). Keyboard-only usable. */
export function CreateOrganisationForm({ kreise }: { kreise: Array<{ key: string; name: string; landName: string }> }) {
  const t = useTranslations("organisation");
  const tAuth = useTranslations("auth");
  const router = useRouter();
  const id = useId();
  const [kind, setKind] = useState<"TOWN" | "COUNTY">("TOWN");
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [ags, setAgs] = useState<string>("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const q = query.trim();
    if (kind !== "TOWN" || q.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const result = await callApi(`/api/v1/municipalities?${new URLSearchParams({ q, limit: "8" })}`, loadSearchContract, { signal: controller.signal });
        if (result.ok) setHits(result.data.data);
      } catch {
        /* aborted */
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, kind]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const data = new FormData(event.currentTarget);
    const name = String(data.get("name") ?? "").trim() || undefined;
    const kreisKey = String(data.get("kreisKey") ?? "");
    if (kind === "TOWN" && !ags) return setErrors({ town: t("errorTownRequired") });
    if (kind === "COUNTY" && !kreisKey) return setErrors({ kreisKey: t("errorKreisRequired") });
    setErrors({});
    setBusy(true);
    const result = await callApi("/api/v1/organisations", OrganisationCreatedResponseSchema, { method: "POST", body: kind === "TOWN" ? { kind, ags, name } : { kind, kreisKey, name } });
    setBusy(false);
    if (!result.ok) return setFormError(t("errorGeneric", { message: result.message }));
    const created = result.data.data;
    router.push(`/organisationen/${created.id}`);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-kern-space-default max-w-[40rem]">
      {formError ? <FormMessage kind="danger">{formError}</FormMessage> : null}
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t("kindLegend")}</legend>
        <div className="flex flex-wrap gap-x-kern-space-large gap-y-kern-space-small">
          {(["TOWN", "COUNTY"] as const).map((value) => (
            <div className="kern-form-check" key={value}>
              <input
                className="kern-form-check__radio"
                type="radio"
                id={`${id}-kind-${value}`}
                name="kind"
                value={value}
                checked={kind === value}
                onChange={() => setKind(value)}
              />
              <label className="kern-label" htmlFor={`${id}-kind-${value}`}>
                {t(`kind${value}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      {kind === "TOWN" ? (
        <div className="space-y-kern-space-small">
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={`${id}-q`}>
              {t("townSearch")}
            </label>
            <div className="kern-hint" id={`${id}-q-hint`}>
              {t("townSearchHint")}
            </div>
            {errors.town ? (
              <p className="kern-error" id={`${id}-q-error`} role="alert">
                {errors.town}
              </p>
            ) : null}
            <input
              id={`${id}-q`}
              type="search"
              className={`kern-form-input__input${errors.town ? " kern-form-input__input--error" : ""}`}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              aria-invalid={errors.town ? true : undefined}
              aria-describedby={`${id}-q-hint${errors.town ? ` ${id}-q-error` : ""}`}
              autoComplete="off"
            />
          </div>
          {hits && query.trim().length >= 2 ? (
            <fieldset className="kern-fieldset" aria-live="polite">
              <legend className="kern-label">{t("townResults")}</legend>
              {hits.length === 0 ? <p className="kern-body">{t("townNoResults")}</p> : null}
              {hits.map((hit) => (
                <div className="kern-form-check" key={hit.ags}>
                  <input
                    className="kern-form-check__radio"
                    type="radio"
                    id={`${id}-ags-${hit.ags}`}
                    name="ags"
                    value={hit.ags}
                    checked={ags === hit.ags}
                    onChange={() => setAgs(hit.ags)}
                  />
                  <label className="kern-label" htmlFor={`${id}-ags-${hit.ags}`}>
                    {hit.name} ({hit.kreisName ? `${hit.kreisName}, ` : ""}
                    {hit.landName}; {hit.ags})
                  </label>
                </div>
              ))}
            </fieldset>
          ) : null}
        </div>
      ) : (
        <div className={`kern-form-input${errors.kreisKey ? " kern-form-input--error" : ""}`}>
          <label className="kern-label" htmlFor={`${id}-kreis`}>
            {t("kreis")}
          </label>
          {errors.kreisKey ? (
            <p className="kern-error" id={`${id}-kreis-error`} role="alert">
              {errors.kreisKey}
            </p>
          ) : null}
          <div className="kern-form-input__select-wrapper">
            <select
              id={`${id}-kreis`}
              name="kreisKey"
              className="kern-form-input__select"
              defaultValue=""
              aria-invalid={errors.kreisKey ? true : undefined}
              aria-describedby={errors.kreisKey ? `${id}-kreis-error` : undefined}
            >
              <option value="">{t("kreisChoose")}</option>
              {kreise.map((kreis) => (
                <option key={kreis.key} value={kreis.key}>
                  {kreis.name} ({kreis.landName})
                </option>
              ))}
            </select>
          </div>
        </div>
      )}

      <TextField label={t("nameOptional")} name="name" hint={t("nameHint")} />
      <SubmitButton label={t("create")} busyLabel={tAuth("working")} busy={busy} />
    </form>
  );
}
