"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { countyHref, municipalityHref, type MunicipalityDestination } from "@/lib/domain/links";
import { SEARCH_QUERY_MAX_LENGTH, SEARCH_QUERY_TOO_LONG } from "@/lib/domain/search/normalize";
import type { CountyHit, MunicipalityHit } from "@/lib/domain/api-contracts";
import { callApi } from "@/lib/client/api";
import { loadSearchContract } from "@/lib/client/api/search-contract";

type Hit = MunicipalityHit;
type State = { status: "idle" } | { status: "tooLong" } | { status: "loading" } | { status: "done"; hits: Hit[]; counties: CountyHit[] } | { status: "error"; message?: string };

/**
 * Type-ahead search (ARIA 1.2 combobox with a listbox). Without JavaScript it is a plain GET form to /gemeinden.
 * Arrow keys move through the suggestions, Enter opens the selected municipality, Escape closes the list.
 */
export function MunicipalitySearch({
  initialQuery = "",
  autoFocus = false,
  destination,
}: {
  initialQuery?: string;
  autoFocus?: boolean;
  /** Open this tool of the chosen municipality instead of its page (the user's job from the start page). */
  destination?: MunicipalityDestination;
}) {
  const t = useTranslations("search");
  const router = useRouter();
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const [query, setQuery] = useState(initialQuery);
  const [fetched, setState] = useState<State>({ status: "idle" });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const requestSeq = useRef(0);

  useEffect(() => {
    const q = query.trim();
    // Too short: nothing to search; too long: the box says so (below) instead of sending a request to refuse.
    if (q.length < 2 || q.length > SEARCH_QUERY_MAX_LENGTH) return;
    const seq = ++requestSeq.current;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setState({ status: "loading" });
      try {
        const result = await callApi(`/api/v1/municipalities?${new URLSearchParams({ q, limit: "8" })}`, loadSearchContract, { signal: controller.signal });
        if (!result.ok) {
          // A refused query (400: too long, a control character) says why instead of "try again"; the schema names the
          // field (issues), the request guard in front of the router answers with a message only.
          const message = result.status === 400 ? (result.issues[0]?.message ?? result.message) : undefined;
          if (seq === requestSeq.current) setState({ status: "error", message });
          return;
        }
        if (seq === requestSeq.current) {
          setState({ status: "done", hits: result.data.data, counties: result.data.counties ?? [] });
          setActive(-1);
        }
      } catch (error) {
        if ((error as Error).name !== "AbortError" && seq === requestSeq.current) setState({ status: "error" });
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  // Fewer than two characters: no search, whatever an earlier request returned.
  const trimmedLength = query.trim().length;
  const state: State = trimmedLength < 2 ? { status: "idle" } : trimmedLength > SEARCH_QUERY_MAX_LENGTH ? { status: "tooLong" } : fetched;
  const hits = state.status === "done" ? state.hits : [];
  const counties = state.status === "done" ? state.counties : [];
  // One list for the keyboard: the towns first, then the counties (each opens its own page).
  const options: Array<{ key: string; href: string; title: string; detail: string }> = [
    ...hits.map((hit) => ({
      key: hit.ags,
      href: municipalityHref(hit.ags, destination),
      title: hit.officialName,
      detail: `${hit.kreisName ? t("inKreis", { kreis: hit.kreisName, land: hit.landName }) : hit.landName} · AGS ${hit.ags}`,
    })),
    ...counties.map((county) => ({
      key: `kreis-${county.key}`,
      href: countyHref(county.key),
      title: t("countyHit", { name: county.name, type: county.typeLabel }),
      detail: `${county.landName} · ${t("countyKey", { key: county.key })}`,
    })),
  ];
  const expanded = open && query.trim().length >= 2 && state.status !== "idle";

  function choose(option: { href: string }) {
    setOpen(false);
    router.push(option.href);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % options.length);
    } else if (event.key === "ArrowUp" && options.length > 0) {
      event.preventDefault();
      setActive((index) => (index <= 0 ? options.length - 1 : index - 1));
    } else if (event.key === "Enter" && expanded && active >= 0 && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  }

  const statusText =
    state.status === "loading"
      ? t("searching")
      : state.status === "tooLong"
        ? SEARCH_QUERY_TOO_LONG
        : state.status === "error"
        ? (state.message ?? t("error"))
        : state.status === "done"
          ? options.length === 0
            ? t("noResults")
            : t("resultsCount", { count: options.length })
          : "";

  return (
    <form
      action="/gemeinden"
      method="get"
      role="search"
      className="relative max-w-[42rem]"
      onSubmit={(event) => {
        // A query longer than any name is answered here (the message below), not with a refused request.
        if (trimmedLength > SEARCH_QUERY_MAX_LENGTH) {
          event.preventDefault();
          setOpen(true);
        }
      }}
    >
      {destination && <input type="hidden" name="ziel" value={destination} />}
      <label htmlFor={`${id}-input`} className="kern-label">
        {t("label")}
      </label>
      <p id={hintId} className="kern-hint">
        {t("hint")}
      </p>
      <div className="flex gap-kern-space-x-small items-stretch">
        <input
          id={`${id}-input`}
          name="q"
          type="search"
          className="kern-form-input__input flex-1"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-describedby={hintId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          autoComplete="off"
          autoFocus={autoFocus}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t("submit")}</span>
        </button>
      </div>
      <p role="status" aria-live="polite" className="visually-hidden">
        {statusText}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={t("suggestions")}
        hidden={!expanded}
        className="absolute z-20 mt-kern-space-2x-small w-full list-none m-0 p-0 bg-kern-white border border-kern-layout-border shadow-lg"
      >
        {state.status === "loading" && <li className="p-kern-space-small kern-body--muted">{t("searching")}</li>}
        {state.status === "tooLong" && <li className="p-kern-space-small text-kern-feedback-danger">{SEARCH_QUERY_TOO_LONG}</li>}
        {state.status === "error" && <li className="p-kern-space-small text-kern-feedback-danger">{state.message ?? t("error")}</li>}
        {state.status === "done" && options.length === 0 && <li className="p-kern-space-small">{t("noResults")}</li>}
        {options.map((option, index) => (
          <li
            key={option.key}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="combobox-option p-kern-space-small cursor-pointer border-b border-kern-layout-border"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            <span className="font-semibold">{option.title}</span> <span className="kern-body--small">– {option.detail}</span>
          </li>
        ))}
      </ul>
    </form>
  );
}
