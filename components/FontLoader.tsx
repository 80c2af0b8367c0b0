"use client";

import { useEffect, useRef } from "react";
import { usePathname } from "next/navigation";
import { FONTS_CACHED_CLASS, FONTS_CACHED_KEY, FONT_FACES_TO_CACHE, FONT_FETCH_DELAY_MS } from "@/lib/client/fonts";

/**
 * The first view of the site is painted in the metric-matched fallback font, so that the phone spends its first
 * seconds on the page's text and scripts, not on three font files (docs/decisions/0018-first-view-bytes.md). Once
 * the page has loaded (plus FONT_FETCH_DELAY_MS) and the browser is idle, this island fetches Fira Sans into the
 * browser's cache and notes it in localStorage; the inline script of the root layout then sets `.fonts-cached` before
 * the next page is painted, and the next page comes in Fira Sans. Within this tab the switch happens at the next
 * client-side navigation (a new page anyway), never under the reader's eyes.
 */
export function FontLoader() {
  const pathname = usePathname();
  const cached = useRef(false);

  useEffect(() => {
    const root = document.documentElement;
    if (root.classList.contains(FONTS_CACHED_CLASS) || !("fonts" in document)) return;
    let idle: number | undefined;
    let delay: number | undefined;
    const fetchFonts = () => {
      void Promise.all(FONT_FACES_TO_CACHE.map((face) => document.fonts.load(face, "Aa")))
        .then((loaded) => {
          if (!loaded.every((faces) => faces.length > 0)) return;
          cached.current = true;
          try {
            localStorage.setItem(FONTS_CACHED_KEY, "1");
          } catch {
            // Storage refused (private mode): the fonts are cached anyway; the next full page stays in the fallback.
          }
        })
        .catch(() => undefined);
    };
    // Well after the load event (on a fast connection it can come before the first paint), then when the browser is idle.
    const schedule = () => {
      delay = window.setTimeout(() => {
        // Safari has no requestIdleCallback.
        idle = typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(fetchFonts, { timeout: 4000 }) : window.setTimeout(fetchFonts, 0);
      }, FONT_FETCH_DELAY_MS);
    };
    if (document.readyState === "complete") schedule();
    else window.addEventListener("load", schedule, { once: true });
    return () => {
      window.removeEventListener("load", schedule);
      window.clearTimeout(delay);
      if (idle !== undefined) (typeof window.cancelIdleCallback === "function" ? window.cancelIdleCallback : window.clearTimeout)(idle);
    };
  }, []);

  useEffect(() => {
    if (cached.current) document.documentElement.classList.add(FONTS_CACHED_CLASS);
  }, [pathname]);

  return null;
}
