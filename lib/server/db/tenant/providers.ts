import { AccessError, authorize, type Caller, type TenantContext } from "@/lib/server/auth/guard";
import crypto from "node:crypto";
import { parseCountyProvidersCsvAsync, parseProvidersCsvAsync, serializeCountyProvidersCsv, type ProviderCsvError } from "@/lib/domain/csv/providers";
import { Prisma, type LicenceKind, type ProviderKind as DbProviderKind, type SuccessorStatus as DbSuccessorStatus } from "@/lib/generated/prisma/client";
import type { SupplyProvider } from "@/lib/domain/supply";
import {
  ProviderSchema,
  type Doctor,
  type Provider,
  type ProviderKind,
  type ProviderPatchInput,
  type SuccessorStatus,
} from "@/lib/domain/schemas/provider";
import { recordAudit } from "./audit";
import { ConflictError, TenantNotFoundError } from "./errors";
import { agsCondition, isEmptyScope, type TownScope } from "./town-scope";

/**
 * The provider inventory (Versorgungsdaten) of a municipality: practices, pharmacies, nursing and therapy services
 * with their doctors. Tenant data: every function resolves the owning organisation, calls `authorize(…, "provider",
 * …)`, scopes every query to (organisation, municipality) and audits every change in the same transaction.
 *
 * Mapping to the database: the schema's `employment` + `licence` become one `LicenceKind` (FULL, THREE_QUARTER, HALF
 * or EMPLOYED with weekly hours); a doctor entered with an age instead of a birth year is stored with the birth year
 * `current year − age` (the age then grows with the years, as it should); the doctor's name is the `label`.
 */

type Tx = Prisma.TransactionClient;

// ---------------------------------------------------------------------------------------------------------------
// Which organisation owns a town's providers
// ---------------------------------------------------------------------------------------------------------------

export interface ProviderOwner {
  organisationId: string;
  organisationName: string;
  organisationKind: "TOWN" | "COUNTY";
  /** How the caller reaches the data: as a member of the owner, or through a town's grant to the caller's county. */
  via: "town-member" | "county-grant" | "county-member";
}

/** One organisation of the caller that could hold the town's inventory (offered for choosing). */
export interface ProviderOwnerCandidate extends ProviderOwner {
  verified: boolean;
}

/**
 * THE rule for whose inventory of municipality `ags` a caller works with (one place, used by every function here).
 * Candidates are the caller's organisations that could hold it:
 *
 * - a TOWN organisation for `ags` the caller is a member of (the town keeps its own inventory);
 * - a TOWN organisation for `ags` that granted one of the caller's county organisations access (read only);
 * - a COUNTY organisation the caller is a member of whose Kreis contains the town (the county's own inventory).
 *
 * The organisation in use is explicit, never inferred (issue 12, finding 2: "the oldest wins" let a look-alike
 * organisation capture a victim's data): `ctx.organisationId` (the request's `?org=`) must be one of the candidates
 * (else 404); without it exactly one candidate is used, and several → 409 `{candidates}` asking the caller to choose.
 * No candidate, or an unknown AGS: 404 (401 without a session), so other organisations' data does not leak.
 */
export async function providerOwnerCandidates(ctx: TenantContext, ags: string): Promise<ProviderOwnerCandidate[]> {
  const caller = ctx.caller;
  if (!caller) throw new AccessError(401, "Bitte melden Sie sich an.");
  const municipality = await ctx.prisma.municipality.findUnique({ where: { ags }, select: { kreisKey: true } });
  if (!municipality) throw new TenantNotFoundError(`Die Gemeinde ${ags} ist nicht bekannt.`);
  const candidateIds = [...new Set([...caller.roles.keys(), ...caller.grantedTowns])];
  if (candidateIds.length === 0) return [];
  const organisations = await ctx.prisma.organisation.findMany({
    where: {
      id: { in: candidateIds },
      OR: [
        { kind: "TOWN", municipalityAgs: ags },
        ...(municipality.kreisKey ? [{ kind: "COUNTY" as const, kreisKey: municipality.kreisKey }] : []),
      ],
    },
    select: { id: true, name: true, kind: true, verifiedAt: true },
    orderBy: [{ name: "asc" }, { id: "asc" }], // display order only
  });
  return organisations.flatMap((o): ProviderOwnerCandidate[] => {
    const via: ProviderOwner["via"] | null =
      o.kind === "TOWN"
        ? caller.roles.has(o.id)
          ? "town-member"
          : caller.grantedTowns.has(o.id)
            ? "county-grant"
            : null
        : caller.roles.has(o.id)
          ? "county-member"
          : null;
    return via ? [{ organisationId: o.id, organisationName: o.name, organisationKind: o.kind, via, verified: o.verifiedAt !== null }] : [];
  });
}

export async function resolveProviderOwner(ctx: TenantContext, ags: string): Promise<ProviderOwner> {
  const candidates = await providerOwnerCandidates(ctx, ags);
  const toOwner = ({ verified: _verified, ...owner }: ProviderOwnerCandidate): ProviderOwner => owner;
  if (ctx.organisationId !== undefined) {
    const chosen = candidates.find((c) => c.organisationId === ctx.organisationId);
    if (!chosen) throw new AccessError(404, "Die gewählte Organisation führt für Sie keine Versorgungsdaten dieser Gemeinde.");
    return toOwner(chosen);
  }
  if (candidates.length === 1) return toOwner(candidates[0]!);
  if (candidates.length === 0) throw new AccessError(404, "Für diese Gemeinde gibt es in Ihren Organisationen keine Versorgungsdaten.");
  throw new ConflictError(
    "Mehrere Ihrer Organisationen führen Versorgungsdaten für diese Gemeinde. Bitte wählen Sie, mit welcher Sie arbeiten (Parameter org).",
    { reason: "choose_organisation", candidates },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Mapping between the shared schema and the database
// ---------------------------------------------------------------------------------------------------------------

const KIND_TO_DB: Record<ProviderKind, DbProviderKind> = {
  "gp-practice": "GP_PRACTICE",
  "specialist-practice": "SPECIALIST_PRACTICE",
  pharmacy: "PHARMACY",
  "nursing-service": "NURSING_SERVICE",
  "therapy-practice": "THERAPY_PRACTICE",
};
const KIND_FROM_DB = Object.fromEntries(Object.entries(KIND_TO_DB).map(([k, v]) => [v, k])) as Record<DbProviderKind, ProviderKind>;
const SUCCESSOR_TO_DB: Record<SuccessorStatus, DbSuccessorStatus> = { none: "NONE", searching: "SEARCHING", found: "FOUND" };
const SUCCESSOR_FROM_DB = Object.fromEntries(Object.entries(SUCCESSOR_TO_DB).map(([k, v]) => [v, k])) as Record<DbSuccessorStatus, SuccessorStatus>;
const LICENCE_TO_DB = { full: "FULL", "three-quarter": "THREE_QUARTER", half: "HALF" } as const satisfies Record<string, LicenceKind>;

/** A stored provider: the shared schema's shape plus id, version and last change. */
export type ProviderRecord = Provider & { id: string; version: number; updatedAt: Date };

export interface ProviderInventory {
  owner: ProviderOwner;
  ags: string;
  providers: ProviderRecord[];
}

const INCLUDE = { doctors: { orderBy: [{ position: "asc" }, { id: "asc" }] } } as const satisfies Prisma.ProviderInclude;
type Row = Prisma.ProviderGetPayload<{ include: typeof INCLUDE }>;

function toRecord(row: Row): ProviderRecord {
  return {
    id: row.id,
    version: row.version,
    updatedAt: row.updatedAt,
    kind: KIND_FROM_DB[row.kind],
    name: row.name,
    street: row.street ?? "",
    postcode: row.postcode ?? "",
    city: row.city ?? "",
    successorStatus: SUCCESSOR_FROM_DB[row.successorStatus],
    doctors: row.doctors.map(doctorOf),
  };
}

type DoctorColumns = { label: string | null; birthYear: number | null; licence: LicenceKind; weeklyHours: number | null; plannedExitYear: number | null };

function doctorOf(d: DoctorColumns): Doctor {
  const licensed = d.licence !== "EMPLOYED";
  return {
    ...(d.label ? { name: d.label } : {}),
    ...(d.birthYear !== null ? { birthYear: d.birthYear } : {}),
    employment: licensed ? "licensed" : "employed",
    ...(d.licence === "FULL" ? { licence: "full" } : d.licence === "THREE_QUARTER" ? { licence: "three-quarter" } : d.licence === "HALF" ? { licence: "half" } : {}),
    ...(!licensed && d.weeklyHours !== null ? { weeklyHours: d.weeklyHours } : {}),
    ...(d.plannedExitYear !== null ? { plannedExitYear: d.plannedExitYear } : {}),
  };
}

function doctorData(doctor: Doctor, position: number, year: number): Omit<Prisma.DoctorCreateManyInput, "providerId"> {
  return {
    label: doctor.name && doctor.name !== "" ? doctor.name : null,
    birthYear: doctor.birthYear ?? (doctor.age !== undefined ? year - doctor.age : null),
    licence: doctor.employment === "employed" ? "EMPLOYED" : LICENCE_TO_DB[doctor.licence ?? "full"],
    weeklyHours: doctor.employment === "employed" ? (doctor.weeklyHours ?? null) : null,
    plannedExitYear: doctor.plannedExitYear ?? null,
    position,
  };
}

const currentYear = (): number => new Date().getUTCFullYear();

/** The audited state of a provider (no timestamps, so equal content means equal entries). */
function auditState(record: ProviderRecord): Record<string, unknown> {
  const { updatedAt: _updatedAt, ...rest } = record;
  return rest;
}

async function createInTx(tx: Tx, organisationId: string, ags: string, input: Provider): Promise<ProviderRecord> {
  const year = currentYear();
  const row = await tx.provider.create({
    data: {
      organisationId,
      municipalityAgs: ags,
      kind: KIND_TO_DB[input.kind],
      name: input.name,
      street: input.street,
      postcode: input.postcode,
      city: input.city,
      successorStatus: SUCCESSOR_TO_DB[input.successorStatus],
      doctors: { create: input.doctors.map((d, i) => doctorData(d, i, year)) },
    },
    include: INCLUDE,
  });
  return toRecord(row);
}

async function findInTx(tx: Tx | TenantContext["prisma"], organisationId: string, ags: string, id: string): Promise<ProviderRecord | null> {
  const row = await tx.provider.findFirst({ where: { id, organisationId, municipalityAgs: ags }, include: INCLUDE });
  return row ? toRecord(row) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Read
// ---------------------------------------------------------------------------------------------------------------

/** The inventory of `ags` owned by the caller's organisation for it (see resolveProviderOwner), in creation order. */
export async function listProviders(ctx: TenantContext, ags: string): Promise<ProviderInventory> {
  const owner = await resolveProviderOwner(ctx, ags);
  authorize(ctx.caller, "provider", "read", owner.organisationId);
  const rows = await ctx.prisma.provider.findMany({
    where: { organisationId: owner.organisationId, municipalityAgs: ags },
    include: INCLUDE,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return { owner, ags, providers: rows.map(toRecord) };
}

/**
 * The inventories of several organisations for several towns (a list, or every town of a Kreis) in one query (the
 * county view): each organisation is authorised to read providers first (a member, or a town that granted the caller's county). Keyed "orgId|ags".
 */
export async function listInventoriesOf(ctx: TenantContext, organisationIds: readonly string[], towns: TownScope): Promise<Map<string, ProviderRecord[]>> {
  for (const organisationId of organisationIds) authorize(ctx.caller, "provider", "read", organisationId);
  const out = new Map<string, ProviderRecord[]>();
  if (organisationIds.length === 0 || isEmptyScope(towns)) return out;
  const rows = await ctx.prisma.provider.findMany({
    where: { organisationId: { in: [...organisationIds] }, municipalityAgs: agsCondition(towns) },
    include: INCLUDE,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  for (const row of rows) {
    const key = `${row.organisationId}|${row.municipalityAgs}`;
    const list = out.get(key);
    if (list) list.push(toRecord(row));
    else out.set(key, [toRecord(row)]);
  }
  return out;
}

/** A provider as the supply figures read it: no address, version or timestamps (the county view shows none). */
export type SupplyInventoryProvider = SupplyProvider & { id: string; doctors: Doctor[] };

/**
 * The inventories of `organisationIds` for `towns` as the supply figures need them, keyed "orgId|ags", in the order of
 * listInventoriesOf (created, then id; doctors by position). One query joining providers and doctors with only the
 * columns the figures read: the county view of the largest Kreis (468 providers) spent ~60 ms on PGlite in
 * listInventoriesOf's two queries, the second binding every provider id.
 */
export async function listSupplyInventoriesOf(ctx: TenantContext, organisationIds: readonly string[], towns: TownScope): Promise<Map<string, SupplyInventoryProvider[]>> {
  for (const organisationId of organisationIds) authorize(ctx.caller, "provider", "read", organisationId);
  const out = new Map<string, SupplyInventoryProvider[]>();
  if (organisationIds.length === 0 || isEmptyScope(towns)) return out;
  const inTowns =
    "kreisKey" in towns
      ? Prisma.sql`p."municipalityAgs" LIKE ${`${towns.kreisKey.replace(/[\\%_]/g, "")}%`}`
      : Prisma.sql`p."municipalityAgs" IN (${Prisma.join([...towns])})`;
  const rows = await ctx.prisma.$queryRaw<
    Array<{ id: string; organisationId: string; municipalityAgs: string; kind: DbProviderKind; name: string; successorStatus: DbSuccessorStatus } & { [K in keyof DoctorColumns as `d_${K}`]: DoctorColumns[K] | null } & { d_id: string | null }>
  >`SELECT p."id", p."organisationId", p."municipalityAgs", p."kind", p."name", p."successorStatus",
           d."id" AS "d_id", d."label" AS "d_label", d."birthYear" AS "d_birthYear", d."licence" AS "d_licence", d."weeklyHours" AS "d_weeklyHours", d."plannedExitYear" AS "d_plannedExitYear"
      FROM "Provider" p LEFT JOIN "Doctor" d ON d."providerId" = p."id"
     WHERE p."organisationId" IN (${Prisma.join([...organisationIds])}) AND ${inTowns}
     ORDER BY p."createdAt" ASC, p."id" ASC, d."position" ASC, d."id" ASC`;
  let current: SupplyInventoryProvider | undefined;
  for (const row of rows) {
    let provider = current;
    if (!provider || provider.id !== row.id) {
      provider = { id: row.id, kind: KIND_FROM_DB[row.kind], name: row.name, successorStatus: SUCCESSOR_FROM_DB[row.successorStatus], doctors: [] };
      current = provider;
      const key = `${row.organisationId}|${row.municipalityAgs}`;
      const list = out.get(key);
      if (list) list.push(provider);
      else out.set(key, [provider]);
    }
    if (row.d_id !== null && row.d_licence !== null) {
      provider.doctors.push(doctorOf({ label: row.d_label, birthYear: row.d_birthYear, licence: row.d_licence, weeklyHours: row.d_weeklyHours, plannedExitYear: row.d_plannedExitYear }));
    }
  }
  return out;
}

export async function getProvider(ctx: TenantContext, ags: string, id: string): Promise<ProviderRecord> {
  const owner = await resolveProviderOwner(ctx, ags);
  authorize(ctx.caller, "provider", "read", owner.organisationId);
  const found = await findInTx(ctx.prisma, owner.organisationId, ags, id);
  if (!found) throw new TenantNotFoundError("Diese Einrichtung gibt es hier nicht (mehr).");
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Write
// ---------------------------------------------------------------------------------------------------------------

/** Creates a provider with its doctors (input parsed with ProviderSchema here too, whoever calls). */
export async function createProvider(ctx: TenantContext, ags: string, input: Provider): Promise<ProviderRecord> {
  const owner = await resolveProviderOwner(ctx, ags);
  authorize(ctx.caller, "provider", "create", owner.organisationId);
  const caller = ctx.caller;
  const parsed = ProviderSchema.parse(input);
  return ctx.prisma.$transaction(async (tx) => {
    const created = await createInTx(tx, owner.organisationId, ags, parsed);
    await recordAudit(tx, caller, {
      organisationId: owner.organisationId,
      action: "provider.create",
      entityType: "provider",
      entityId: created.id,
      after: auditState(created),
    });
    return created;
  });
}

/** Thrown body of a 409: the stored provider and what the client sent. */
export interface ProviderConflict {
  current: ProviderRecord | null;
  submitted: unknown;
}

function staleError(current: ProviderRecord | null, submitted: unknown): ConflictError {
  return new ConflictError(
    current
      ? "Die Einrichtung wurde inzwischen von jemand anderem geändert. Laden Sie die Daten neu und ändern Sie erneut."
      : "Die Einrichtung wurde inzwischen gelöscht.",
    { current, submitted } satisfies ProviderConflict as unknown as Record<string, unknown>,
  );
}

/**
 * Changes a provider. `version` is the one the client read; a different stored version → ConflictError (409) with
 * both states, nothing changes. Doctors, if given, replace the list.
 */
export async function updateProvider(
  ctx: TenantContext,
  ags: string,
  id: string,
  patch: ProviderPatchInput & { version: number },
): Promise<ProviderRecord> {
  const owner = await resolveProviderOwner(ctx, ags);
  authorize(ctx.caller, "provider", "update", owner.organisationId);
  const caller = ctx.caller;
  const year = currentYear();
  const outcome = await ctx.prisma.$transaction(async (tx): Promise<{ saved: ProviderRecord } | { conflict: ProviderRecord }> => {
    const before = await findInTx(tx, owner.organisationId, ags, id);
    if (!before) throw new TenantNotFoundError("Diese Einrichtung gibt es hier nicht (mehr).");
    if (before.version !== patch.version) return { conflict: before };
    // The version in the WHERE clause makes the write atomic against a concurrent writer.
    const updated = await tx.provider.updateMany({
      where: { id, organisationId: owner.organisationId, version: patch.version },
      data: {
        ...(patch.kind !== undefined ? { kind: KIND_TO_DB[patch.kind] } : {}),
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.street !== undefined ? { street: patch.street } : {}),
        ...(patch.postcode !== undefined ? { postcode: patch.postcode } : {}),
        ...(patch.city !== undefined ? { city: patch.city } : {}),
        ...(patch.successorStatus !== undefined ? { successorStatus: SUCCESSOR_TO_DB[patch.successorStatus] } : {}),
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) {
      const current = await findInTx(tx, owner.organisationId, ags, id);
      if (!current) throw new TenantNotFoundError("Diese Einrichtung gibt es hier nicht (mehr).");
      return { conflict: current };
    }
    if (patch.doctors !== undefined) {
      await tx.doctor.deleteMany({ where: { providerId: id } });
      const doctors = patch.doctors.map((d) => d as Doctor);
      if (doctors.length > 0) await tx.doctor.createMany({ data: doctors.map((d, i) => ({ providerId: id, ...doctorData(d, i, year) })) });
    }
    const after = (await findInTx(tx, owner.organisationId, ags, id))!;
    await recordAudit(tx, caller, {
      organisationId: owner.organisationId,
      action: "provider.update",
      entityType: "provider",
      entityId: id,
      before: auditState(before),
      after: auditState(after),
    });
    return { saved: after };
  });
  if ("conflict" in outcome) throw staleError(outcome.conflict, patch);
  return outcome.saved;
}

/** Deletes a provider and its doctors. With `version`, a stale version → ConflictError (409). */
export async function deleteProvider(ctx: TenantContext, ags: string, id: string, version?: number): Promise<void> {
  const owner = await resolveProviderOwner(ctx, ags);
  authorize(ctx.caller, "provider", "delete", owner.organisationId);
  const caller = ctx.caller;
  await ctx.prisma.$transaction(async (tx) => {
    const before = await findInTx(tx, owner.organisationId, ags, id);
    if (!before) throw new TenantNotFoundError("Diese Einrichtung gibt es hier nicht (mehr).");
    const deleted = await tx.provider.deleteMany({
      where: { id, organisationId: owner.organisationId, ...(version !== undefined ? { version } : {}) },
    });
    if (deleted.count !== 1) throw staleError(before, { version });
    await recordAudit(tx, caller, {
      organisationId: owner.organisationId,
      action: "provider.delete",
      entityType: "provider",
      entityId: id,
      before: auditState(before),
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// CSV import: preview and replace (all rows or none)
// ---------------------------------------------------------------------------------------------------------------

/** The preview's types are the API contract's (lib/domain/schemas/provider-api.ts), so the browser reads what is computed here. */
export type { ProviderChange, ProviderChangeKind, ProvidersCsvPreview } from "@/lib/domain/schemas/provider-responses";
import type { ProviderChange, ProviderChangeKind, ProvidersCsvPreview } from "@/lib/domain/schemas/provider-responses";

export type ProvidersCsvOutcome = ProvidersCsvPreview | { ok: false; errors: ProviderCsvError[] };

const matchKey = (p: Pick<Provider, "kind" | "name">): string => `${p.kind}|${p.name.trim().toLocaleLowerCase("de-DE")}`;
/** Content of a provider for comparison (ages normalised to birth years, as they would be stored). */
function comparable(p: Provider, year: number): string {
  return JSON.stringify({
    kind: p.kind,
    name: p.name,
    street: p.street,
    postcode: p.postcode,
    city: p.city,
    successorStatus: p.successorStatus,
    doctors: p.doctors.map((d) => doctorData(d, 0, year)),
  });
}

/** What replacing `current` with `next` changes, matched by kind and name (case-insensitive). */
export function diffInventories(current: readonly Provider[], next: readonly Provider[], year = currentYear()): ProvidersCsvPreview["changes"] {
  // Linear: one list per key and a read position into it (no copying or shifting of arrays).
  const remaining = new Map<string, { list: Provider[]; next: number }>();
  for (const p of current) {
    const entry = remaining.get(matchKey(p));
    if (entry) entry.list.push(p);
    else remaining.set(matchKey(p), { list: [p], next: 0 });
  }
  const changes: ProviderChange[] = [];
  for (const p of next) {
    const entry = remaining.get(matchKey(p));
    const before = entry && entry.next < entry.list.length ? entry.list[entry.next++] : undefined;
    if (!before) {
      changes.push({ change: "added", name: p.name, kind: p.kind, doctorsBefore: 0, doctorsAfter: p.doctors.length });
      continue;
    }
    const same = comparable(before, year) === comparable(p, year);
    changes.push({ change: same ? "unchanged" : "changed", name: p.name, kind: p.kind, doctorsBefore: before.doctors.length, doctorsAfter: p.doctors.length });
  }
  for (const rest of remaining.values()) {
    for (const p of rest.list.slice(rest.next)) changes.push({ change: "removed", name: p.name, kind: p.kind, doctorsBefore: p.doctors.length, doctorsAfter: 0 });
  }
  return changes;
}

function preview(current: readonly Provider[], next: Provider[]): ProvidersCsvPreview {
  const changes = diffInventories(current, next);
  const counts: Record<ProviderChangeKind, number> = { added: 0, changed: 0, unchanged: 0, removed: 0 };
  for (const change of changes) counts[change.change]++;
  return {
    ok: true,
    providers: next,
    changes,
    summary: {
      ...counts,
      providersBefore: current.length,
      providersAfter: next.length,
      doctorsBefore: current.reduce((n, p) => n + p.doctors.length, 0),
      doctorsAfter: next.reduce((n, p) => n + p.doctors.length, 0),
    },
  };
}

function authorizeReplace(caller: Caller | null, organisationId: string): asserts caller is Caller {
  // Replacing the inventory creates, changes and deletes: the caller needs all three.
  authorize(caller, "provider", "create", organisationId);
  authorize(caller, "provider", "update", organisationId);
  authorize(caller, "provider", "delete", organisationId);
}

/** Parses a CSV file and says what importing it would change; changes nothing. Bad rows: every error with its line. */
export async function previewProvidersCsv(ctx: TenantContext, ags: string, csv: string): Promise<ProvidersCsvOutcome> {
  const inventory = await listProviders(ctx, ags);
  authorizeReplace(ctx.caller, inventory.owner.organisationId);
  const parsed = await parseProvidersCsvAsync(csv);
  if (!parsed.ok) return parsed;
  return preview(inventory.providers, parsed.providers);
}

/** Rows per INSERT of an import (bounded statements; the event loop gets a turn between them). */
const IMPORT_CHUNK = 500;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Inserts rows in chunks, each chunk one statement with one JSON parameter (INSERT … SELECT FROM
 * json_populate_recordset, as the register import does): on PGlite about ten times faster than createMany, whose
 * per-row parameters made 500 providers take 0.65 s of blocked event loop. Same SQL on PostgreSQL.
 */
async function insertInChunks(tx: Tx, table: "Provider" | "Doctor", rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).map((column) => `"${column}"`).join(", ");
  for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
      JSON.stringify(rows.slice(i, i + IMPORT_CHUNK)),
    );
    await yieldToEventLoop();
  }
}

/**
 * Ids for imported providers that sort in file order (the inventory is listed by createdAt, then id, and every
 * provider of one import gets the same createdAt).
 */
function importIds(count: number): string[] {
  const prefix = `i${Date.now().toString(36)}${crypto.randomBytes(6).toString("hex")}`;
  return Array.from({ length: count }, (_, i) => `${prefix}${i.toString(36).padStart(4, "0")}`);
}

/**
 * Replaces the whole inventory of `ags` with the CSV's providers: all rows or none. Any bad row, or a file over the
 * caps (MAX_CSV_ROWS, MAX_CSV_PROVIDERS) → `{ok: false, errors}` and nothing changes; otherwise one transaction
 * deletes the old providers, creates the new ones with batched inserts (IMPORT_CHUNK rows per statement) and writes
 * one audit entry ("provider.import") with counts only — not the inventory itself. Returns the preview of what was
 * applied.
 */
export async function replaceProvidersFromCsv(ctx: TenantContext, ags: string, csv: string): Promise<ProvidersCsvOutcome> {
  const owner = await resolveProviderOwner(ctx, ags);
  authorizeReplace(ctx.caller, owner.organisationId);
  const caller = ctx.caller;
  const parsed = await parseProvidersCsvAsync(csv);
  if (!parsed.ok) return parsed;
  return ctx.prisma.$transaction((tx) => replaceInTx(tx, caller, owner.organisationId, ags, parsed.providers), { timeout: 120_000, maxWait: 10_000 });
}

/** Replaces the inventory of (organisation, ags) inside the caller's transaction; one audit entry with counts only. */
async function replaceInTx(tx: Tx, caller: Caller, organisationId: string, ags: string, providers: readonly Provider[]): Promise<ProvidersCsvPreview> {
  const year = currentYear();
  const rows = await tx.provider.findMany({
    where: { organisationId, municipalityAgs: ags },
    include: INCLUDE,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const result = preview(rows.map(toRecord), [...providers]);
  await tx.provider.deleteMany({ where: { organisationId, municipalityAgs: ags } });
  const ids = importIds(providers.length);
  const now = new Date();
  // Every column named (the JSON rows bypass Prisma's client-side defaults such as ids and @updatedAt).
  const providerRows = providers.map((p, i) => ({
    id: ids[i]!,
    organisationId,
    municipalityAgs: ags,
    kind: KIND_TO_DB[p.kind],
    name: p.name,
    street: p.street,
    postcode: p.postcode,
    city: p.city,
    successorStatus: SUCCESSOR_TO_DB[p.successorStatus],
    version: 1,
    createdAt: now,
    updatedAt: now,
  })) satisfies Prisma.ProviderCreateManyInput[];
  const doctorRows = providers.flatMap((p, i) =>
    p.doctors.map((d, position) => ({ id: `${ids[i]!}d${position}`, providerId: ids[i]!, ...doctorData(d, position, year) })),
  ) satisfies Prisma.DoctorCreateManyInput[];
  await insertInChunks(tx, "Provider", providerRows);
  await insertInChunks(tx, "Doctor", doctorRows);
  await recordAudit(tx, caller, {
    organisationId,
    action: "provider.import",
    entityType: "provider-inventory",
    entityId: ags,
    // Counts only: the whole inventory in one entry made megabyte-sized audit rows (issue 12).
    before: { providers: result.summary.providersBefore, doctors: result.summary.doctorsBefore },
    after: { providers: providerRows.length, doctors: doctorRows.length, summary: result.summary },
  });
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// County-wide CSV (issue 17): one file with the AGS of each practice, for the county organisation's own inventories
// ---------------------------------------------------------------------------------------------------------------

export type { CountyCsvTownPreview } from "@/lib/domain/schemas/provider-responses";
import type { CountyCsvTownPreview } from "@/lib/domain/schemas/provider-responses";
export type CountyCsvOutcome = { ok: true; towns: CountyCsvTownPreview[] } | { ok: false; errors: ProviderCsvError[] };

async function countyTowns(ctx: TenantContext, countyOrganisationId: string): Promise<Set<string>> {
  const county = await ctx.prisma.organisation.findUnique({ where: { id: countyOrganisationId }, select: { kind: true, kreisKey: true } });
  if (!county || county.kind !== "COUNTY" || !county.kreisKey) throw new TenantNotFoundError("Eine kreisweite Datei kann nur eine Kreis-Organisation einlesen.");
  const towns = await ctx.prisma.municipality.findMany({ where: { kreisKey: county.kreisKey }, select: { ags: true } });
  return new Set(towns.map((t) => t.ags));
}

/**
 * What importing a county-wide file would change, per town in the file; changes nothing. Towns the file does not name
 * keep their inventory. A bad row anywhere: every error with its line.
 */
export async function previewCountyProvidersCsv(ctx: TenantContext, countyOrganisationId: string, csv: string): Promise<CountyCsvOutcome> {
  authorizeReplace(ctx.caller, countyOrganisationId);
  const allowed = await countyTowns(ctx, countyOrganisationId);
  const parsed = await parseCountyProvidersCsvAsync(csv, allowed);
  if (!parsed.ok) return parsed;
  const current = await listInventoriesOf(ctx, [countyOrganisationId], [...parsed.towns.keys()]);
  return {
    ok: true,
    towns: [...parsed.towns].map(([ags, providers]) => ({ ags, preview: preview(current.get(`${countyOrganisationId}|${ags}`) ?? [], providers) })),
  };
}

/** Replaces the county's inventory of every town the file names, all towns in ONE transaction: all rows or none. */
export async function replaceCountyProvidersFromCsv(ctx: TenantContext, countyOrganisationId: string, csv: string): Promise<CountyCsvOutcome> {
  authorizeReplace(ctx.caller, countyOrganisationId);
  const caller = ctx.caller;
  const allowed = await countyTowns(ctx, countyOrganisationId);
  const parsed = await parseCountyProvidersCsvAsync(csv, allowed);
  if (!parsed.ok) return parsed;
  return ctx.prisma.$transaction(
    async (tx) => {
      const towns: CountyCsvTownPreview[] = [];
      for (const [ags, providers] of parsed.towns) towns.push({ ags, preview: await replaceInTx(tx, caller, countyOrganisationId, ags, providers) });
      return { ok: true as const, towns };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** The county's own inventories of the Kreis as one county-wide CSV (the import's shape), towns by AGS. */
export async function exportCountyProvidersCsv(ctx: TenantContext, countyOrganisationId: string): Promise<string> {
  authorize(ctx.caller, "provider", "read", countyOrganisationId);
  const allowed = await countyTowns(ctx, countyOrganisationId);
  const inventories = await listInventoriesOf(ctx, [countyOrganisationId], [...allowed]);
  const towns = [...inventories.entries()]
    .map(([key, providers]) => ({ ags: key.split("|")[1]!, providers }))
    .sort((a, b) => a.ags.localeCompare(b.ags));
  return serializeCountyProvidersCsv(towns);
}
