import { browserPersistence } from "./browser";
import type { TownFacts } from "../answers";
import { serverPersistence } from "./server";
import type { AssessmentPersistence } from "./types";

export type { AssessmentPersistence, AssessmentStatus, SaveResult, StoredAssessment } from "./types";

/**
 * Which store a page uses, decided on the server (serialisable, so a server component can pass it to the
 * client): anonymous → the browser; signed in with an organisation → that organisation's record.
 */
export type PersistenceChoice = { kind: "browser" } | { kind: "server"; orgId: string; orgName: string };

export function createPersistence(choice: PersistenceChoice, town: TownFacts): AssessmentPersistence {
  return choice.kind === "server" ? serverPersistence(choice.orgId, town) : browserPersistence(town.ags);
}
