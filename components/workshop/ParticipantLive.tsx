"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { callApi, parseEvent } from "@/lib/client/api";
import { WorkshopSnapshotResponseSchema, WorkshopSnapshotSchema, type WorkshopSnapshot } from "@/lib/domain/workshop/snapshot";

/**
 * The participant page's small client island (issue 14). The page itself is a plain form that works without
 * JavaScript; with JavaScript this island adds:
 * - live updates: the participants' SSE stream; when the open block or its state changes, the server-rendered page
 *   is refreshed in place (typed input in unchanged fields stays). A browser without EventSource, or a stream that
 *   keeps failing, falls back to polling the snapshot with If-None-Match (the server answers 304 while nothing
 *   changed);
 * - unsent input kept across reconnects and reloads: the form's fields are saved in sessionStorage per block and
 *   restored on load; a saved answer (?gespeichert) clears the draft;
 * - a new block announced to screen readers (aria-live).
 */
const POLL_MS = 3000;
const draftKey = (code: string, blockId: string) => `workshop:${code}:${blockId}`;

function saveDraft(form: HTMLFormElement, key: string) {
  const entries: Array<[string, string]> = [];
  for (const [name, value] of new FormData(form).entries()) if (typeof value === "string" && name !== "blockId" && name !== "blockType") entries.push([name, value]);
  try {
    sessionStorage.setItem(key, JSON.stringify(entries));
  } catch {
    // storage full or disabled: the form still works
  }
}

function restoreDraft(form: HTMLFormElement, key: string) {
  let entries: Array<[string, string]>;
  try {
    entries = JSON.parse(sessionStorage.getItem(key) ?? "null") as Array<[string, string]>;
  } catch {
    return;
  }
  if (!Array.isArray(entries)) return;
  const values = new Map<string, string[]>();
  for (const [name, value] of entries) values.set(name, [...(values.get(name) ?? []), value]);
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) || !element.name || !values.has(element.name)) continue;
    const saved = values.get(element.name)!;
    if (element instanceof HTMLInputElement && (element.type === "radio" || element.type === "checkbox")) element.checked = saved.includes(element.value);
    else element.value = saved[0] ?? "";
  }
}

export function ParticipantLive({ code, version, blockId, blockStatus, prompt, saved, newBlockText }: { code: string; version: string; blockId: string | null; blockStatus: string | null; prompt: string | null; saved: boolean; newBlockText: string }) {
  const router = useRouter();
  const live = useRef<HTMLParagraphElement>(null);
  const shown = useRef({ blockId, blockStatus, version });
  const first = useRef(true);

  // Drafts: restore on load / when the block changes; save on every change; a saved answer clears it.
  useEffect(() => {
    if (!blockId) return;
    const key = draftKey(code, blockId);
    const form = document.getElementById("workshop-answer");
    if (!(form instanceof HTMLFormElement)) return;
    if (saved) sessionStorage.removeItem(key);
    else restoreDraft(form, key);
    const onChange = () => saveDraft(form, key);
    form.addEventListener("input", onChange);
    form.addEventListener("change", onChange);
    return () => {
      form.removeEventListener("input", onChange);
      form.removeEventListener("change", onChange);
    };
  }, [code, blockId, saved]);

  // A new block: tell screen readers (not on the first load).
  useEffect(() => {
    shown.current = { blockId, blockStatus, version };
    if (first.current) {
      first.current = false;
      return;
    }
    // The live region is written directly (it is announced when its text changes).
    if (blockId && prompt && blockStatus === "OPEN" && live.current) live.current.textContent = newBlockText;
  }, [blockId, blockStatus, version, prompt, newBlockText]);

  // Live updates: SSE, with polling ("not modified") as the fallback.
  useEffect(() => {
    let closed = false;
    let source: EventSource | null = null;
    let poll: ReturnType<typeof setTimeout> | null = null;
    let failures = 0;
    let etag = `"${shown.current.version}"`;
    const onSnapshot = (snapshot: WorkshopSnapshot) => {
      const now = shown.current;
      if ((snapshot.block?.id ?? null) === now.blockId && (snapshot.block?.status ?? null) === now.blockStatus) return;
      // Drop ?gespeichert / ?fehler of the previous step (they belong to it), then re-render in place.
      if (window.location.search) router.replace(window.location.pathname, { scroll: false });
      else router.refresh();
    };
    const startPolling = () => {
      const tick = async () => {
        if (closed) return;
        try {
          // 304 (not modified) and a failed poll leave the page as it is; the next tick tries again.
          const result = await callApi(`/api/v1/workshops/${encodeURIComponent(code)}/snapshot`, WorkshopSnapshotResponseSchema, { headers: { "If-None-Match": etag } });
          if (result.ok) {
            // The route's ETag is the snapshot's version in quotes.
            etag = `"${result.data.data.version}"`;
            onSnapshot(result.data.data);
          }
        } catch {
          // aborted: try again
        }
        poll = setTimeout(() => void tick(), POLL_MS);
      };
      void tick();
    };
    if (typeof EventSource === "undefined") startPolling();
    else {
      source = new EventSource(`/api/v1/workshops/${encodeURIComponent(code)}/events`);
      source.addEventListener("snapshot", (event: MessageEvent<string>) => {
        failures = 0;
        const snapshot = parseEvent(event.data, WorkshopSnapshotSchema);
        if (snapshot.ok) onSnapshot(snapshot.data);
      });
      source.onerror = () => {
        // The browser reconnects by itself (with Last-Event-ID); after repeated failures poll instead.
        if (++failures >= 3 && source) {
          source.close();
          source = null;
          startPolling();
        }
      };
    }
    return () => {
      closed = true;
      source?.close();
      if (poll) clearTimeout(poll);
    };
  }, [code, router]);

  return (
    <p ref={live} aria-live="assertive" className="sr-only" data-testid="block-announcement" />
  );
}
