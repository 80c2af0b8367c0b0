/**
 * Next.js start-up hook (runs once per server process). Warms the PDF machinery in the background (issue 15: the first
 * report after a start renders in ≤ 2 s; lib/server/pdf/warm-up.ts): deferred and not awaited, so it never delays the
 * start or the health check; a failure only costs the first report its speed.
 */
export function register(): void {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const timer = setTimeout(() => {
    const start = performance.now();
    import("@/lib/server/pdf/warm-up")
      .then((m) => m.warmUpPdf())
      .then(() => console.log(`[versorgungslotse] PDF-Schriften vorgewärmt (${Math.round(performance.now() - start)} ms)`))
      .catch((error: unknown) => console.error("[versorgungslotse] PDF-Vorwärmen fehlgeschlagen:", error));
  }, 1500);
  timer.unref();
}
