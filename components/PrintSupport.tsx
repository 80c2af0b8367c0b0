"use client";

import { useEffect } from "react";

/**
 * Printing shows everything: every closed <details> opens before the page is printed and closes again afterwards
 * (browsers without `::details-content` in print CSS need this; `globals.css` does the same for the rest).
 */
export function PrintSupport() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = Array.from(document.querySelectorAll<HTMLDetailsElement>("main details:not([open])"));
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return null;
}
