import type { PrismaClient } from "@/lib/generated/prisma/client";
import { subscribeWorkshop } from "@/lib/server/db/signals";
import { workshopSnapshot, type WorkshopSnapshot } from "@/lib/server/db/workshop-participation";

/**
 * Server-Sent Events of a workshop (issue 14): versioned snapshots, pushed when a change signal arrives, coalesced to
 * at most 4 pushes per second per stream; resumable with Last-Event-ID (a client that already has the current
 * version gets nothing until the next change). A heartbeat every 15 s and a periodic re-read every 5 s heal a lost
 * signal. No state beyond this stream lives in memory: every push reads the database.
 */
export const MIN_PUSH_INTERVAL_MS = 250;

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  "X-Accel-Buffering": "no",
  Connection: "keep-alive",
} as const;

export function workshopEventStream(prisma: PrismaClient, code: string, lastEventId: string | null, options: { withResults: boolean; signal: AbortSignal }): Response {
  const encoder = new TextEncoder();
  let lastSent = lastEventId;
  let lastPushAt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let busy = false;
  let again = false;
  let closed = false;
  const cleanups: Array<() => void> = [];

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        for (const fn of cleanups) fn();
        if (timer) clearTimeout(timer);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      const push = async () => {
        if (busy) {
          again = true;
          return;
        }
        busy = true;
        try {
          const snapshot: WorkshopSnapshot = await workshopSnapshot(prisma, code, { withResults: options.withResults });
          lastPushAt = Date.now();
          if (snapshot.version !== lastSent) {
            lastSent = snapshot.version;
            write(`id: ${snapshot.version}\nevent: snapshot\ndata: ${JSON.stringify(snapshot)}\n\n`);
          }
        } catch (error) {
          write(`event: gone\ndata: ${JSON.stringify({ message: error instanceof Error ? error.message : "Fehler" })}\n\n`);
          close();
        } finally {
          busy = false;
          if (again) {
            again = false;
            schedule();
          }
        }
      };
      const schedule = () => {
        if (timer || closed) return;
        const wait = Math.max(0, lastPushAt + MIN_PUSH_INTERVAL_MS - Date.now());
        timer = setTimeout(() => {
          timer = null;
          void push();
        }, wait);
      };
      options.signal.addEventListener("abort", close);
      write("retry: 1000\n\n");
      cleanups.push(await subscribeWorkshop(code, schedule));
      const heartbeat = setInterval(() => write(": ping\n\n"), 15_000);
      const refresh = setInterval(schedule, 5_000);
      cleanups.push(() => clearInterval(heartbeat), () => clearInterval(refresh));
      await push();
    },
    cancel() {
      closed = true;
      for (const fn of cleanups) fn();
      if (timer) clearTimeout(timer);
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
}
