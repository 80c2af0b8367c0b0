import { browserPersistence } from "./browser";
import type { TownFacts } from "../../domain/assessment/answer-values";
import { serverPersistence } from "./server";
import type { AssessmentPersistence } from "./types";

export type { AssessmentPersistence, AssessmentStatus, SaveResult, StoredAssessment } from "./types";

/**
 * Which store a page uses, decided on the server (serialisable, so a server component can pass it to the
 * client): anonymous → the browser; signed in with an organisation → that organisation's record, read-only when
 * the caller's role (or a county grant) only allows reading.
 */
export type PersistenceChoice = { kind: "browser" } | { kind: "server"; orgId: string; orgName: string; readOnly: boolean };

export function createPersistence(choice: PersistenceChoice, town: TownFacts): AssessmentPersistence {
  if (choice.kind === "browser") return browserPersistence(town.ags);
  const server = serverPersistence(choice.orgId, town);
  return choice.readOnly ? readOnlyPersistence(server) : server;
}

/** Loads like `inner`, never writes: a save is refused without a request (the API would answer 403). */
export function readOnlyPersistence(inner: AssessmentPersistence): AssessmentPersistence {
  return {
    kind: inner.kind,
    readOnly: true,
    saveDelayMs: inner.saveDelayMs,
    load: () => inner.load(),
    async save() {
      return { ok: false, kind: "error", message: "Sie haben nur Leserechte; die Antworten können nicht gespeichert werden." };
    },
    async clear() {},
  };
}
