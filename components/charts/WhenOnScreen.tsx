"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Renders its children (a chart, loaded with next/dynamic) only once the reserved box comes near the screen, or
 * before printing — so the chart library is not part of a page's first load (issue 19). The box keeps the chart's
 * height meanwhile, so nothing moves when it appears. The numbers are always in the table next to the chart.
 */
/** `height` (px) or `placeholderClassName` (e.g. responsive min-heights) reserve the chart's space until it is shown. */
export function WhenOnScreen({ height, placeholderClassName, children }: { height?: number; placeholderClassName?: string; children: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || shown) return;
    const show = () => setShown(true);
    window.addEventListener("beforeprint", show);
    if (typeof IntersectionObserver === "undefined") {
      show();
      return;
    }
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: "300px 0px" });
    observer.observe(element);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", show);
    };
  }, [shown]);
  return (
    <div ref={box} style={shown || height === undefined ? undefined : { minHeight: height }} className={shown ? undefined : placeholderClassName}>
      {shown ? children : null}
    </div>
  );
}
