"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { evaluateScenario } from "@/lib/domain/money/evaluate";
import { CARRIER_MODEL_IDS, type CarrierModelId } from "@/lib/domain/id-labels";
import type { ComparisonData } from "@/lib/domain/comparison/scenario-set";
import type { SavedScenario, ScenarioStore } from "@/lib/client/scenario-store";
import { formatEuro } from "@/lib/domain/format/number";
import { formatDateTime } from "@/lib/domain/format/date";
import { ScrollRegion } from "@/components/ScrollRegion";
import { BrowserScenariosOffer, SignInToSaveScenarios } from "./BrowserScenarios";

/**
 * Named scenarios of the town: save the current comparison, load, overwrite (with the version it was loaded
 * at), duplicate, delete, and compare two of them. Talks only to the `ScenarioStore` interface.
 */
export function SavedScenarios({ ags, store, orgName, current, onLoad, labels, printHref }: {
  ags: string;
  store: ScenarioStore;
  orgName: string | null;
  printHref(id: string): string;
  current: ComparisonData | null;
  onLoad(data: ComparisonData): void;
  labels: Record<CarrierModelId, string>;
}) {
  const t = useTranslations("comparison");
  const [list, setList] = useState<SavedScenario[]>([]);
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [loaded, setLoaded] = useState<{ id: string; version: number } | null>(null);
  const [compareA, setCompareA] = useState("");
  const [compareB, setCompareB] = useState("");

  const refresh = useCallback(async () => setList(await store.list()), [store]);
  useEffect(() => {
    let cancelled = false;
    void store.list().then((l) => {
      if (!cancelled) setList(l);
    });
    return () => {
      cancelled = true;
    };
  }, [store]);

  const save = async () => {
    if (!current) return;
    if (!name.trim()) {
      setNameError(t("saved.nameRequired"));
      return;
    }
    const r = await store.create(name, current);
    if (!r.ok) {
      setNameError(r.kind === "conflict" ? t("saved.conflict") : r.message);
      return;
    }
    setNameError(null);
    setName("");
    setLoaded({ id: r.scenario.id, version: r.scenario.version });
    setStatus(t("saved.savedAs", { name: r.scenario.name }));
    await refresh();
  };

  const overwrite = async (s: SavedScenario) => {
    if (!current) return;
    const base = loaded?.id === s.id ? loaded.version : s.version;
    const r = await store.update(s.id, { data: current }, base);
    if (r.ok) {
      setLoaded({ id: s.id, version: r.scenario.version });
      setStatus(t("saved.overwritten", { name: s.name }));
    } else if (r.kind === "conflict") {
      setStatus(t("saved.conflict"));
    } else {
      setStatus(r.message);
    }
    await refresh();
  };

  const duplicate = async (s: SavedScenario) => {
    const r = await store.duplicate(s.id, t("saved.copyName", { name: s.name }));
    setStatus(r.ok ? t("saved.duplicated", { name: r.scenario.name }) : r.kind === "conflict" ? t("saved.conflict") : r.message);
    await refresh();
  };

  const remove = async (s: SavedScenario) => {
    await store.remove(s.id);
    setStatus(t("saved.deleted", { name: s.name }));
    if (compareA === s.id) setCompareA("");
    if (compareB === s.id) setCompareB("");
    await refresh();
  };

  const a = list.find((s) => s.id === compareA);
  const b = list.find((s) => s.id === compareB);
  const totals = useMemo(() => {
    const of = (s: SavedScenario | undefined) =>
      s ? (Object.fromEntries(CARRIER_MODEL_IDS.map((m) => [m, evaluateScenario(s.data.models[m]).years.at(-1)?.cumulativeNet ?? 0])) as Record<CarrierModelId, number>) : null;
    return { a: of(a), b: of(b) };
  }, [a, b]);

  return (
    <div className="space-y-kern-space-large">
      <p className="kern-body kern-body--small">{store.kind === "browser" ? t("saved.browserNote") : t("saved.serverNote", { name: orgName ?? "" })}</p>
      {store.kind === "browser" ? <SignInToSaveScenarios /> : <BrowserScenariosOffer ags={ags} store={store} orgName={orgName ?? ""} onTaken={() => void refresh()} />}
      <form
        className="flex flex-wrap items-end gap-kern-space-default"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="flex flex-col gap-kern-space-2x-small">
          <label className="kern-label" htmlFor="scenario-name">
            {t("saved.name")}
          </label>
          <input
            id="scenario-name"
            className={`kern-form-input__input min-w-[20rem] ${nameError ? "kern-form-input__input--error" : ""}`}
            type="text"
            maxLength={120}
            value={name}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? "scenario-name-error" : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={!current}>
          <span className="kern-label">{t("saved.save")}</span>
        </button>
      </form>
      {nameError && (
        <p id="scenario-name-error" className="kern-error" role="alert">
          {nameError}
        </p>
      )}
      {!current && <p className="kern-body kern-body--small">{t("saved.fixErrors")}</p>}
      <p role="status" className="kern-body" data-testid="saved-status">
        {status}
      </p>

      {list.length === 0 ? (
        <p className="kern-body">{t("saved.none")}</p>
      ) : (
        <ul className="list-none m-0 p-0 space-y-kern-space-small" data-testid="saved-list">
          {list.map((s) => (
            <li key={s.id} className="kern-card">
              <div className="p-kern-space-default flex flex-wrap items-center gap-kern-space-small w-full">
                <span className="kern-body font-semibold grow">
                  {s.name} <span className="kern-body--small font-normal">{t("saved.version", { version: s.version, date: formatDateTime(s.updatedAt) })}</span>
                </span>
                <button type="button" className="kern-btn kern-btn--secondary" onClick={() => { onLoad(s.data); setLoaded({ id: s.id, version: s.version }); setStatus(t("saved.loadedName", { name: s.name })); }}>
                  <span className="kern-label">{t("saved.load", { name: s.name })}</span>
                </button>
                <button type="button" className="kern-btn kern-btn--secondary" disabled={!current} onClick={() => void overwrite(s)}>
                  <span className="kern-label">{t("saved.overwrite", { name: s.name })}</span>
                </button>
                <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => void duplicate(s)}>
                  <span className="kern-label">{t("saved.duplicate", { name: s.name })}</span>
                </button>
                <a className="kern-link" href={printHref(s.id)}>
                  {t("saved.print", { name: s.name })}
                </a>
                <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => void remove(s)}>
                  <span className="kern-label">{t("saved.delete", { name: s.name })}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      {list.length >= 2 && (
        <section aria-labelledby="compare-title" className="space-y-kern-space-default">
          <h3 id="compare-title" className="kern-heading-small">
            {t("saved.compareTitle")}
          </h3>
          <div className="flex flex-wrap gap-kern-space-large">
            {(["a", "b"] as const).map((k) => (
              <div key={k} className="flex flex-col gap-kern-space-2x-small">
                <label className="kern-label" htmlFor={`compare-${k}`}>
                  {t(`saved.compare_${k}`)}
                </label>
                <select id={`compare-${k}`} className="kern-form-input__select" value={k === "a" ? compareA : compareB} onChange={(e) => (k === "a" ? setCompareA : setCompareB)(e.target.value)}>
                  <option value="">{t("saved.choose")}</option>
                  {list.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          {a && b && totals.a && totals.b && (
            <ScrollRegion label={t("saved.compareCaption")}>
            <table className="kern-table" data-testid="compare-table">
              <caption className="kern-body text-left pb-kern-space-x-small">{t("saved.compareCaption")}</caption>
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t("saved.model")}</th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">{a.name}</th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">{b.name}</th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">{t("saved.difference")}</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {CARRIER_MODEL_IDS.map((m) => (
                  <tr key={m} className="kern-table__row">
                    <th scope="row" className="kern-table__header">{labels[m]}</th>
                    <td className="kern-table__cell kern-table__cell--numeric">{formatEuro(totals.a![m])}</td>
                    <td className="kern-table__cell kern-table__cell--numeric">{formatEuro(totals.b![m])}</td>
                    <td className="kern-table__cell kern-table__cell--numeric">{formatEuro(totals.b![m] - totals.a![m])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </ScrollRegion>
          )}
        </section>
      )}
    </div>
  );
}
