import { EventEmitter } from "node:events";
import { Client } from "pg";
import { getDatabase } from "./client";

/**
 * Workshop change signals (issue 14). Answers and moderation are stored first; then a signal naming the workshop's
 * code is published outside the transaction. Subscribers (the SSE routes) read a fresh snapshot from the database —
 * the signal carries no state, so a second instance loses nothing.
 *
 * On PostgreSQL: LISTEN/NOTIFY on channel `workshop_change` with ONE listening connection per process, opened lazily;
 * on the embedded database (one process only): an in-process EventEmitter behind the same interface.
 */
const CHANNEL = "workshop_change";
type Listener = (code: string) => void;

interface SignalHub {
  emitter: EventEmitter;
  pg?: Promise<Client | null>;
}
const KEY = Symbol.for("versorgungslotse.workshopSignals");
function hub(): SignalHub {
  const g = globalThis as typeof globalThis & { [KEY]?: SignalHub };
  if (!g[KEY]) {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    g[KEY] = { emitter };
  }
  return g[KEY];
}

/** The one listening connection of this process (null on the embedded database). */
function listener(): Promise<Client | null> {
  const h = hub();
  h.pg ??= (async () => {
    const db = await getDatabase();
    if (db.target.kind !== "server") return null;
    const client = new Client({ connectionString: db.target.url });
    client.on("notification", (message) => {
      if (message.channel === CHANNEL && message.payload) h.emitter.emit("change", message.payload);
    });
    client.on("error", () => {
      // Reconnect on the next use; subscribers fall back to their periodic refresh meanwhile.
      delete h.pg;
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    return client;
  })().catch((error: unknown) => {
    delete h.pg;
    throw error;
  });
  return h.pg;
}

/** Publishes that a workshop changed. Never throws (a lost signal is healed by the clients' periodic refresh). */
export function publishWorkshopChange(code: string): void {
  void (async () => {
    try {
      const client = await listener();
      if (client) await client.query("SELECT pg_notify($1, $2)", [CHANNEL, code]);
      else hub().emitter.emit("change", code);
    } catch {
      hub().emitter.emit("change", code);
    }
  })();
}

/** Subscribes to changes of one workshop; returns the unsubscribe function. */
export async function subscribeWorkshop(code: string, onChange: () => void): Promise<() => void> {
  await listener().catch(() => null);
  const fn: Listener = (changed) => {
    if (changed === code) onChange();
  };
  hub().emitter.on("change", fn);
  return () => hub().emitter.off("change", fn);
}

/** Closes the listening connection (tests, shutdown). */
export async function closeSignals(): Promise<void> {
  const h = hub();
  const pending = h.pg;
  delete h.pg;
  const client = await pending?.catch(() => null);
  await client?.end().catch(() => undefined);
}
