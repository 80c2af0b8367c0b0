"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { municipalityHref, type MunicipalityDestination } from "@/lib/links";

interface Hit {
  ags: string;
  name: string;
  officialName: string;
  population: number;
  kreisName: string | null;
  landName: string;
}

type State = { status: "idle" } | { status: "loading" } | { status: "done"; hits: Hit[] } | { status: "error"; message?: string };

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
    if (q.length < 2) return;
    const seq = ++requestSeq.current;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setState({ status: "loading" });
      try {
        const response = await fetch(`/api/v1/municipalities?${new URLSearchParams({ q, limit: "8" })}`, {
          signal: controller.signal,
        });
        if (response.status === 400) {
          // The query itself is refused (too long, a control character): say why instead of "try again".
          const refused = (await response.json().catch(() => null)) as { error?: { issues?: Array<{ message?: string }> } } | null;
          if (seq === requestSeq.current) setState({ status: "error", message: refused?.error?.issues?.[0]?.message });
          return;
        }
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { data: Hit[] };
        if (seq === requestSeq.current) {
          setState({ status: "done", hits: body.data });
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
  const state: State = query.trim().length < 2 ? { status: "idle" } : fetched;
  const hits = state.status === "done" ? state.hits : [];
  const expanded = open && query.trim().length >= 2 && state.status !== "idle";

  function choose(hit: Hit) {
    setOpen(false);
    router.push(municipalityHref(hit.ags, destination));
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && hits.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % hits.length);
    } else if (event.key === "ArrowUp" && hits.length > 0) {
      event.preventDefault();
      setActive((index) => (index <= 0 ? hits.length - 1 : index - 1));
    } else if (event.key === "Enter" && expanded && active >= 0 && hits[active]) {
      event.preventDefault();
      choose(hits[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  }

  const statusText =
    state.status === "loading"
      ? t("searching")
      : state.status === "error"
        ? (state.message ?? t("error"))
        : state.status === "done"
          ? hits.length === 0
            ? t("noResults")
            : t("resultsCount", { count: hits.length })
          : "";

  return (
    <form action="/gemeinden" method="get" role="search" className="relative max-w-[42rem]">
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
        {state.status === "error" && <li className="p-kern-space-small text-kern-feedback-danger">{state.message ?? t("error")}</li>}
        {state.status === "done" && hits.length === 0 && <li className="p-kern-space-small">{t("noResults")}</li>}
        {hits.map((hit, index) => (
          <li
            key={hit.ags}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="combobox-option p-kern-space-small cursor-pointer border-b border-kern-layout-border"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(hit)}
          >
            <span className="font-semibold">{hit.officialName}</span>{" "}
            <span className="kern-body--small">
              – {hit.kreisName ? t("inKreis", { kreis: hit.kreisName, land: hit.landName }) : hit.landName} · AGS {hit.ags}
            </span>
          </li>
        ))}
      </ul>
    </form>
  );
}
