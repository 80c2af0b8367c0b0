/**
 * What an audit entry means, in German words: "Selbsteinschätzung für Dörentrup geändert, Version 10" instead of
 * "assessment.update assessment cmx5siek". One formatter for every audit entry; a feature that writes audit entries
 * (plan, workshop …) adds a group of describers to AUDIT_DESCRIBERS below, keyed by its action names. An action
 * without a describer still reads as words (its kind of record and verb), never as the raw action. Pure.
 */

import { ASKED_FIELDS } from "@/lib/domain/assessment/fields";
import { formatDate } from "@/lib/domain/format/date";
import { formatEuro, formatNumber } from "@/lib/domain/format/number";

/** The questions a user answers: the register facts stored beside them (population, area …) are not answers. */
const ASKED: ReadonlySet<string> = new Set<string>(ASKED_FIELDS.map((q) => q.id));

export interface AuditEntryFacts {
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** What the formatter may look up: a town's name by AGS (the log stores keys, the reader wants names). */
export interface AuditContext {
  townName: (ags: string) => string | undefined;
}

export type AuditDescriber = (entry: AuditEntryFacts, context: AuditContext) => string;

type Fields = Record<string, unknown>;

function fields(value: unknown): Fields {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Fields) : {};
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function count(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function quoted(value: string): string {
  return `„${value}“`;
}

const ROLE_LABELS: Record<string, string> = {
  ADMIN: "Verwaltung",
  EDITOR: "Bearbeitung",
  MODERATOR: "Moderation",
  VIEWER: "Lesen",
};
const STATUS_LABELS: Record<string, string> = { DRAFT: "Entwurf", COMPLETED: "abgeschlossen" };

function role(value: unknown): string {
  const key = text(value);
  return key ? (ROLE_LABELS[key] ?? key) : "unbekannter Rolle";
}

/** The town an entry is about: its name when known, else its AGS; "" when the entry names none. */
function town(entry: AuditEntryFacts, context: AuditContext): string {
  const ags = text(fields(entry.after).ags) ?? text(fields(entry.before).ags);
  if (!ags) return "";
  return context.townName(ags) ?? `AGS ${ags}`;
}

function forTown(entry: AuditEntryFacts, context: AuditContext): string {
  const name = town(entry, context);
  return name ? ` für ${name}` : "";
}

/**
 * The answers of a stored assessment as `group.field` → value (the stored shape is `{ group: { field: value } }`):
 * only asked questions with an answer other than "weiß nicht".
 */
function flatAnswers(value: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const put = (key: string, answer: unknown) => {
    // "Weiß nicht" ("unknown"), null and an empty text are no answer (as in the wizard's count).
    if (ASKED.has(key) && answer !== null && answer !== undefined && answer !== "unknown" && answer !== "") out.set(key, answer);
  };
  for (const [key, inner] of Object.entries(fields(value))) {
    if (inner !== null && typeof inner === "object" && !Array.isArray(inner)) {
      for (const [field, answer] of Object.entries(inner as Fields)) put(`${key}.${field}`, answer);
    } else put(key, inner);
  }
  return out;
}

/** The number of answers in an answer map ("weiß nicht" does not count). */
export function answerCount(value: unknown): number {
  return flatAnswers(value).size;
}

/** The number of answers that differ between two answer maps (added, removed or changed). */
export function changedAnswerCount(before: unknown, after: unknown): number {
  const a = flatAnswers(before);
  const b = flatAnswers(after);
  const keys = new Set([...a.keys(), ...b.keys()]);
  let changed = 0;
  for (const key of keys) if (JSON.stringify(a.get(key)) !== JSON.stringify(b.get(key))) changed++;
  return changed;
}

function answers(n: number): string {
  return n === 1 ? "1 Antwort" : `${n} Antworten`;
}

const assessmentDescribers: Record<string, AuditDescriber> = {
  "assessment.create": (entry, context) => {
    const after = fields(entry.after);
    return `Selbsteinschätzung${forTown(entry, context)} angelegt, ${answers(answerCount(after.answers))}, Version ${count(after.version) ?? 1}`;
  },
  "assessment.update": (entry, context) => {
    const before = fields(entry.before);
    const after = fields(entry.after);
    const parts = [`Selbsteinschätzung${forTown(entry, context)} geändert`];
    const changed = changedAnswerCount(before.answers, after.answers);
    if (changed > 0) parts.push(`${answers(changed)} geändert`);
    const from = text(before.status);
    const to = text(after.status);
    if (from && to && from !== to) parts.push(`Status ${STATUS_LABELS[from] ?? from} → ${STATUS_LABELS[to] ?? to}`);
    const version = count(after.version);
    if (version !== undefined) parts.push(`Version ${version}`);
    return parts.join(", ");
  },
  // Issue 14: the editor took a workshop's ratings over into the self-check (lib/server/db/tenant/workshop-to-assessment.ts).
  "assessment.workshopRatings": (entry, context) => {
    const after = fields(entry.after);
    const workshop = fields(after.workshop);
    const title = text(workshop.title);
    const changes = Array.isArray(after.changes) ? after.changes.map(fields) : [];
    const listed = changes
      .map((c) => (text(c.question) && text(c.from) && text(c.to) ? `${text(c.question)}: ${text(c.from)} → ${text(c.to)}` : undefined))
      .filter((c): c is string => Boolean(c));
    const parts = [`Selbsteinschätzung${forTown(entry, context)} aus den Bewertungen des Workshops${title ? ` ${quoted(title)}` : ""} übernommen`];
    parts.push(`${answers(changes.length)} geändert${listed.length ? ` (${listed.join("; ")})` : ""}`);
    const version = count(after.version);
    if (version !== undefined) parts.push(`Version ${version}`);
    const rules = text(after.ruleSetVersion);
    if (rules) parts.push(`Ergebnis neu berechnet mit Regelwerk ${rules}`);
    return parts.join(", ");
  },
  "assessment.delete": (entry, context) => {
    const version = count(fields(entry.before).version);
    return `Selbsteinschätzung${forTown(entry, context)} gelöscht${version !== undefined ? ` (zuletzt Version ${version})` : ""}`;
  },
};

function scenarioName(entry: AuditEntryFacts): string {
  const name = text(fields(entry.after).name) ?? text(fields(entry.before).name);
  return name ? ` ${quoted(name)}` : "";
}

const scenarioDescribers: Record<string, AuditDescriber> = {
  "scenario.create": (entry, context) => `Vergleichsszenario${scenarioName(entry)}${forTown(entry, context)} angelegt`,
  "scenario.update": (entry, context) => {
    const from = text(fields(entry.before).name);
    const to = text(fields(entry.after).name);
    const renamed = from && to && from !== to ? `, umbenannt von ${quoted(from)}` : "";
    const version = count(fields(entry.after).version);
    return `Vergleichsszenario${scenarioName(entry)}${forTown(entry, context)} geändert${renamed}${version !== undefined ? `, Version ${version}` : ""}`;
  },
  "scenario.delete": (entry, context) => `Vergleichsszenario${scenarioName(entry)}${forTown(entry, context)} gelöscht`,
};

function providerName(entry: AuditEntryFacts): string {
  const name = text(fields(entry.after).name) ?? text(fields(entry.before).name);
  return name ? ` ${quoted(name)}` : "";
}

const providerDescribers: Record<string, AuditDescriber> = {
  "provider.create": (entry) => `Einrichtung${providerName(entry)} im Versorgungscheck erfasst`,
  "provider.update": (entry) => `Einrichtung${providerName(entry)} im Versorgungscheck geändert`,
  "provider.delete": (entry) => `Einrichtung${providerName(entry)} aus dem Versorgungscheck gelöscht`,
  "provider.import": (entry, context) => {
    const ags = entry.entityId;
    const name = /^\d{8}$/.test(ags) ? (context.townName(ags) ?? `AGS ${ags}`) : "";
    const before = count(fields(entry.before).providers);
    const after = count(fields(entry.after).providers);
    const doctors = count(fields(entry.after).doctors);
    const counts =
      after !== undefined
        ? `: ${after === 1 ? "1 Einrichtung" : `${after} Einrichtungen`}${doctors !== undefined ? ` mit ${doctors === 1 ? "1 Ärztin oder Arzt" : `${doctors} Ärztinnen und Ärzten`}` : ""}${before !== undefined ? ` (vorher ${before})` : ""}`
        : "";
    return `Versorgungscheck${name ? ` für ${name}` : ""} aus einer Datei ersetzt${counts}`;
  },
};

function organisationName(entry: AuditEntryFacts): string {
  const name = text(fields(entry.after).name) ?? text(fields(entry.before).name);
  return name ? ` ${quoted(name)}` : "";
}

const organisationDescribers: Record<string, AuditDescriber> = {
  "organisation.create": (entry) => `Organisation${organisationName(entry)} angelegt`,
  "organisation.update": (entry) => {
    const from = text(fields(entry.before).name);
    const to = text(fields(entry.after).name);
    return from && to && from !== to ? `Organisation umbenannt von ${quoted(from)} in ${quoted(to)}` : `Organisation${organisationName(entry)} geändert`;
  },
  "organisation.delete": (entry) => `Organisation${organisationName(entry)} gelöscht`,
  "organisation.verify": () => "Organisation vom Betrieb als echte Vertretung bestätigt",
  "organisation.unverify": () => "Bestätigung der Organisation aufgehoben",
};

function email(entry: AuditEntryFacts): string {
  return text(fields(entry.after).email) ?? text(fields(entry.before).email) ?? "Ein Mitglied";
}

const membershipDescribers: Record<string, AuditDescriber> = {
  "membership.update": (entry) => `Rolle von ${email(entry)} geändert: ${role(fields(entry.before).role)} → ${role(fields(entry.after).role)}`,
  "membership.delete": (entry) => `${email(entry)} aus der Organisation entfernt (Rolle ${role(fields(entry.before).role)})`,
  "membership.leave": (entry) => `${email(entry)} hat die Organisation verlassen`,
  "invitation.create": (entry) => `${email(entry)} eingeladen (Rolle ${role(fields(entry.after).role)})`,
  "invitation.delete": (entry) => `Einladung an ${email(entry)} zurückgezogen`,
  "invitation.accept": (entry) => `${email(entry)} hat die Einladung angenommen (Rolle ${role(fields(entry.after).role)})`,
};

const countyGrantDescribers: Record<string, AuditDescriber> = {
  "countyGrant.create": (entry) => {
    const county = text(fields(entry.after).countyName);
    return `Lesezugriff für ${county ?? "einen Kreis"} freigegeben`;
  },
  "countyGrant.delete": (entry) => {
    const county = text(fields(entry.before).countyName);
    return `Lesezugriff für ${county ?? "einen Kreis"} entzogen`;
  },
};

function workshopTitle(entry: AuditEntryFacts): string {
  const title = text(fields(entry.after).title) ?? text(fields(entry.before).title);
  return title ? ` ${quoted(title)}` : "";
}

const workshopDescribers: Record<string, AuditDescriber> = {
  "workshop.create": (entry) => `Workshop${workshopTitle(entry)} angelegt`,
  "workshop.update": (entry) => `Workshop${workshopTitle(entry)} geändert`,
  "workshop.delete": (entry) => `Workshop${workshopTitle(entry)} gelöscht`,
  "workshop.presenterLink": () => "Neuer Link für die Präsentationsansicht eines Workshops erzeugt",
};

/** Curation (issue 13): the platform operator's new versions of rule parameters and funding programmes. */
function validFrom(entry: AuditEntryFacts): string {
  const day = text(fields(entry.after).validFrom);
  return day ? `, gültig ab ${formatDate(day)}` : "";
}

const curationDescribers: Record<string, AuditDescriber> = {
  "ruleParameter.version": (entry) => {
    const after = fields(entry.after);
    const label = text(after.label) ?? entry.entityId;
    const version = text(after.version);
    const value = count(after.value);
    return `Neue Version${version ? ` ${quoted(version)}` : ""} des Regelparameters ${quoted(label)}${value !== undefined ? `: ${formatNumber(value)}` : ""}${validFrom(entry)}`;
  },
  "fundingProgramme.version": (entry) => {
    const after = fields(entry.after);
    const label = text(after.label) ?? entry.entityId;
    const amount = count(after.amountMaxEur);
    const state = after.open === false ? "geschlossen" : "offen";
    return `Förderprogramm ${quoted(label)} ${state}${amount !== undefined ? `, höchstens ${formatEuro(amount)}` : ", ohne bekannten Höchstbetrag"}${validFrom(entry)}`;
  },
};

/** Every known action. A feature adds its group here (one object per feature keeps merges apart). */
export const AUDIT_DESCRIBERS: Readonly<Record<string, AuditDescriber>> = {
  ...assessmentDescribers,
  ...scenarioDescribers,
  ...providerDescribers,
  ...organisationDescribers,
  ...membershipDescribers,
  ...countyGrantDescribers,
  ...workshopDescribers,
  ...curationDescribers,
};

/** The record kinds in words, for actions without their own describer. */
const ENTITY_LABELS: Record<string, string> = {
  assessment: "Selbsteinschätzung",
  scenario: "Vergleichsszenario",
  provider: "Einrichtung",
  "provider-inventory": "Versorgungscheck",
  organisation: "Organisation",
  membership: "Mitgliedschaft",
  invitation: "Einladung",
  countyGrant: "Freigabe für den Kreis",
  workshop: "Workshop",
  plan: "Maßnahmenplan",
  actionPlan: "Maßnahmenplan",
  ruleParameter: "Regelparameter",
  fundingProgramme: "Förderprogramm",
};
const VERB_LABELS: Record<string, string> = {
  create: "angelegt",
  update: "geändert",
  delete: "gelöscht",
  import: "importiert",
};

/** One audit entry in German words. */
export function describeAuditEntry(entry: AuditEntryFacts, context: AuditContext): string {
  const describer = AUDIT_DESCRIBERS[entry.action];
  if (describer) return describer(entry, context);
  const verb = entry.action.split(".").at(-1) ?? "";
  const label = ENTITY_LABELS[entry.entityType] ?? "Eintrag";
  return `${label} ${VERB_LABELS[verb] ?? "bearbeitet"}`;
}

/** The AGS an entry refers to (for looking names up before describing a page of entries). */
export function auditEntryAgs(entry: AuditEntryFacts): string | undefined {
  const ags = text(fields(entry.after).ags) ?? text(fields(entry.before).ags);
  if (ags) return ags;
  return entry.entityType === "provider-inventory" && /^\d{8}$/.test(entry.entityId) ? entry.entityId : undefined;
}
