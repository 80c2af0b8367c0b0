import { randomBytes } from "node:crypto";
import { authorize, can, type TenantContext } from "@/lib/server/auth/guard";
import { resultToStore } from "@/lib/server/use-cases/stored-result";
import { ComparisonDataSchema } from "@/lib/domain/comparison/scenario-set";
import { AssessmentInputSchema } from "@/lib/domain/assessment/input";
import { Prisma } from "@/lib/generated/prisma/client";
import { StoredPlanCitationsSchema } from "@/lib/domain/schemas/action-plan";
import { readStoredJson, StoredJsonObjectSchema } from "@/lib/server/db/stored-json";
import { issuesOf } from "@/lib/domain/zod-german";
import { TOWN_PACKAGE_KIND, TOWN_PACKAGE_SCHEMA_VERSION, TownPackageSchema, type PackageBlockResult, type PackageWorkshop, type TownPackage } from "@/lib/domain/schemas/town-package";
import { codeFromBytes } from "@/lib/domain/workshop/code";
import type { BlockResult, RetainedAggregate } from "@/lib/server/db/workshop-participation";
import { recordAudit } from "./audit";
import { TenantInputError } from "./errors";
import { assertTownOfOrganisation, reportLines } from "./town-report";
import { hashPresenterToken, workshopResults } from "./workshops";

/**
 * The town package (issue 15): export everything an organisation keeps for one town as one JSON file, and import
 * such a file into an organisation (another one, or the same after a reset). The import replaces the town's supply
 * inventory, assessment, scenarios and action plan of the target organisation in one transaction: all or nothing.
 * Every row keeps its version. Workshops travel as aggregates only (no answers, no participants, no open texts) and
 * are restored as ended workshops whose blocks hold their kept aggregate — the state retention leaves a workshop in
 * (ADR 0016); a workshop the organisation already has (same title and date) is not restored twice.
 */
const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Open answers travel as their count only (individual answers stay in the organisation). */
const withoutTexts = (r: BlockResult): PackageBlockResult => (r.type === "text" ? { type: "text", result: { n: r.result.n, texts: [] } } : (r as PackageBlockResult));

/** The town's workshops as aggregates: the results page's numbers (kept aggregates after retention included). */
async function packageWorkshops(ctx: TenantContext, organisationId: string, ags: string): Promise<PackageWorkshop[]> {
  const rows = await ctx.prisma.workshop.findMany({ where: { organisationId, municipalityAgs: ags }, orderBy: [{ date: "asc" }, { id: "asc" }], select: { id: true } });
  const out: PackageWorkshop[] = [];
  for (const row of rows) {
    const { workshop, participants, blocks } = await workshopResults(ctx, organisationId, row.id);
    out.push({
      title: workshop.title,
      date: workshop.date,
      participants,
      retentionMonths: workshop.retentionMonths,
      blocks: blocks.map((b) => ({
        prompt: b.config.prompt,
        answers: b.n,
        lines: b.n + b.paper > 0 ? reportLines(b.config, b.overall, b.n) : [],
        position: b.position,
        config: b.config,
        // A block still open when exported is restored closed: the restored workshop has ended.
        status: b.status === "OPEN" ? "CLOSED" : b.status,
        openedAt: b.openedAt?.toISOString() ?? null,
        closedAt: b.closedAt?.toISOString() ?? null,
        paper: b.paper,
        suppressed: b.suppressed,
        overall: withoutTexts(b.overall),
        byRole: b.byRole.map((g) => ({ role: g.role, result: withoutTexts(g.result) })),
      })),
    });
  }
  return out;
}

/** A workshop of the package can be restored when every block carries its configuration and aggregate (version 2). */
const restorable = (w: PackageWorkshop) => w.blocks.every((b) => b.config && b.overall && b.position !== undefined && b.status);
const workshopKey = (title: string, date: string) => `${date}\u0000${title}`;

export async function exportTownPackage(ctx: TenantContext, organisationId: string, ags: string, now = new Date()): Promise<TownPackage> {
  authorize(ctx.caller, "provider", "read", organisationId);
  authorize(ctx.caller, "assessment", "read", organisationId);
  authorize(ctx.caller, "scenario", "read", organisationId);
  await assertTownOfOrganisation(ctx, organisationId, ags);
  const where = { organisationId, municipalityAgs: ags };
  const [organisation, municipality, providers, assessment, scenarios, plan] = await Promise.all([
    ctx.prisma.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { id: true, name: true } }),
    ctx.prisma.municipality.findUniqueOrThrow({ where: { ags }, select: { name: true } }),
    ctx.prisma.provider.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { doctors: { orderBy: [{ position: "asc" }, { id: "asc" }] } } }),
    ctx.prisma.assessment.findUnique({ where: { organisationId_municipalityAgs: { organisationId, municipalityAgs: ags } } }),
    ctx.prisma.scenario.findMany({ where, orderBy: { name: "asc" } }),
    ctx.prisma.actionPlan.findUnique({
      where: { organisationId_municipalityAgs: { organisationId, municipalityAgs: ags } },
      include: { items: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { statusHistory: { orderBy: [{ changedAt: "asc" }, { id: "asc" }] } } } },
    }),
  ]);
  const memberIds = plan?.items.map((i) => i.ownerMembershipId).filter((id): id is string => id !== null) ?? [];
  const members = await ctx.prisma.membership.findMany({ where: { id: { in: memberIds }, organisationId }, select: { id: true, user: { select: { name: true } } } });
  const memberName = new Map(members.map((m) => [m.id, m.user.name]));
  return {
    kind: TOWN_PACKAGE_KIND,
    schemaVersion: TOWN_PACKAGE_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    origin: { organisationId: organisation.id, organisationName: organisation.name },
    town: { ags, name: municipality.name },
    providers: providers.map((p) => ({
      kind: p.kind,
      name: p.name,
      street: p.street,
      postcode: p.postcode,
      city: p.city,
      successorStatus: p.successorStatus,
      doctors: p.doctors.map((d) => ({ label: d.label, birthYear: d.birthYear, licence: d.licence, weeklyHours: d.weeklyHours, plannedExitYear: d.plannedExitYear, position: d.position })),
      version: p.version,
    })),
    // Answers and scenario data travel as stored (JSON objects); the import reads them with their schemas.
    assessment: assessment ? { answers: readStoredJson(StoredJsonObjectSchema, assessment.answers, "Assessment.answers", assessment.id), status: assessment.status, ruleSetVersion: assessment.ruleSetVersion, version: assessment.version } : null,
    scenarios: scenarios.map((s) => ({ name: s.name, data: readStoredJson(StoredJsonObjectSchema, s.assumptions, "Scenario.assumptions", s.id), knowledgeVersion: s.knowledgeVersion, version: s.version })),
    plan: plan
      ? {
          version: plan.version,
          items: plan.items.map((i) => ({
            title: i.title,
            addressesFactor: i.addressesFactor,
            addressesGap: i.addressesGap,
            modelId: i.modelId,
            ownerMembershipId: i.ownerMembershipId,
            ownerName: i.ownerMembershipId ? (memberName.get(i.ownerMembershipId) ?? null) : null,
            ownerText: i.ownerText,
            startDate: isoDate(i.startDate),
            dueDate: isoDate(i.dueDate),
            status: i.status,
            statusChangedAt: i.statusChangedAt.toISOString(),
            estimatedCostEuro: i.estimatedCostEuro,
            fundingProgrammeIds: i.fundingProgrammeIds,
            notes: i.notes,
            source: i.source,
            sourceRef: i.sourceRef,
            // The package carries one citation per item (its format): the measure's first.
            citation: readStoredJson(StoredPlanCitationsSchema, i.citation, "ActionPlanItem.citation", i.id)?.[0] ?? null,
            position: i.position,
            history: i.statusHistory.map((h) => ({ status: h.status, changedAt: h.changedAt.toISOString() })),
            version: i.version,
          })),
        }
      : null,
    workshops: can(ctx.caller, "workshop", "read", organisationId) ? await packageWorkshops(ctx, organisationId, ags) : [],
  };
}

export interface TownPackageError {
  path: string;
  message: string;
}

/** What an import would replace: the API contract's type (lib/domain/schemas/town-package-preview.ts). */
export type { TownPackagePreview } from "@/lib/domain/schemas/town-package-preview";
import type { TownPackagePreview } from "@/lib/domain/schemas/town-package-preview";

export type TownPackageOutcome = TownPackagePreview | { ok: false; errors: TownPackageError[] };

/** Parses and checks a package for `organisationId` (the nested answers and scenarios with their own schemas). */
function checkPackage(raw: unknown): { ok: true; pkg: TownPackage; answers: Prisma.InputJsonValue | null; scenarios: { name: string; data: Prisma.InputJsonValue; knowledgeVersion: string | null; version: number }[] } | { ok: false; errors: TownPackageError[] } {
  const parsed = TownPackageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: issuesOf(parsed.error) };
  const pkg = parsed.data;
  const errors: TownPackageError[] = [];
  let answers: Prisma.InputJsonValue | null = null;
  if (pkg.assessment) {
    const checked = AssessmentInputSchema.safeParse(pkg.assessment.answers);
    if (checked.success) answers = pkg.assessment.answers as Prisma.InputJsonValue;
    else errors.push(...issuesOf(checked.error).map((e) => ({ path: `assessment.answers${e.path ? `.${e.path}` : ""}`, message: e.message })));
    const answeredAgs = (pkg.assessment.answers.town as { ags?: unknown } | undefined)?.ags;
    if (typeof answeredAgs === "string" && answeredAgs !== pkg.town.ags) errors.push({ path: "assessment.answers.town.ags", message: `Die Antworten gehören zur Gemeinde ${answeredAgs}, das Paket zur Gemeinde ${pkg.town.ags}.` });
  }
  const scenarios = pkg.scenarios.flatMap((s, i) => {
    const checked = ComparisonDataSchema.safeParse(s.data);
    if (!checked.success) {
      errors.push(...issuesOf(checked.error).map((e) => ({ path: `scenarios.${i}.data${e.path ? `.${e.path}` : ""}`, message: e.message })));
      return [];
    }
    return [{ name: s.name, data: checked.data as unknown as Prisma.InputJsonValue, knowledgeVersion: s.knowledgeVersion, version: s.version ?? 1 }];
  });
  const names = new Set<string>();
  pkg.scenarios.forEach((s, i) => {
    if (names.has(s.name)) errors.push({ path: `scenarios.${i}.name`, message: `Das Szenario „${s.name}“ kommt zweimal vor.` });
    names.add(s.name);
  });
  pkg.plan?.items.forEach((item, i) => {
    if (item.startDate && item.dueDate && item.startDate > item.dueDate) errors.push({ path: `plan.items.${i}.dueDate`, message: "Das Fälligkeitsdatum liegt vor dem Beginn." });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pkg, answers, scenarios };
}

/** Which of the package's workshops an import restores: version-2 aggregates the organisation does not have yet. */
async function workshopPlan(ctx: TenantContext, organisationId: string, pkg: TownPackage): Promise<{ restore: PackageWorkshop[]; alreadyThere: number; notRestorable: number }> {
  const existing = await ctx.prisma.workshop.findMany({ where: { organisationId, municipalityAgs: pkg.town.ags }, select: { title: true, date: true } });
  const have = new Set(existing.map((w) => workshopKey(w.title, isoDate(w.date)!)));
  const restore: PackageWorkshop[] = [];
  let alreadyThere = 0;
  let notRestorable = 0;
  for (const w of pkg.workshops) {
    if (!restorable(w)) notRestorable++;
    else if (have.has(workshopKey(w.title, w.date))) alreadyThere++;
    else {
      have.add(workshopKey(w.title, w.date));
      restore.push(w);
    }
  }
  return { restore, alreadyThere, notRestorable };
}

async function previewNotes(ctx: TenantContext, organisationId: string, pkg: TownPackage, workshops: { restored: number; alreadyThere: number; notRestorable: number }): Promise<{ notes: string[]; assessmentVersion: number | null }> {
  const notes: string[] = [];
  let assessmentVersion: number | null = null;
  if (pkg.schemaVersion === 1) notes.push("Die Datei hat Paketversion 1 (ohne Versionsstände): die übernommenen Einträge beginnen bei Version 1.");
  else notes.push("Jeder Eintrag behält seinen Versionsstand aus der Datei.");
  if (pkg.assessment) {
    const current = await ctx.prisma.assessment.findUnique({ where: { organisationId_municipalityAgs: { organisationId, municipalityAgs: pkg.town.ags } }, select: { version: true } });
    const fromFile = pkg.assessment.version ?? 1;
    assessmentVersion = current && current.version >= fromFile ? current.version + 1 : fromFile;
    if (assessmentVersion !== fromFile)
      notes.push(
        `Die Selbsteinschätzung bekommt Version ${assessmentVersion} statt ${fromFile}: sie ersetzt die gespeicherte Version ${current!.version}, und ein noch geöffnetes Formular mit der alten Fassung darf die übernommene nicht ohne Rückfrage überschreiben.`,
      );
  }
  if (workshops.restored > 0) notes.push(`${workshops.restored === 1 ? "1 Workshop wird" : `${workshops.restored} Workshops werden`} als beendeter Workshop mit den zusammengefassten Ergebnissen wiederhergestellt (ohne Einzelantworten und Teilnehmende; der Code ist abgelaufen).`);
  if (workshops.alreadyThere > 0) notes.push(`${workshops.alreadyThere === 1 ? "1 Workshop ist" : `${workshops.alreadyThere} Workshops sind`} mit gleichem Titel und Datum schon vorhanden und ${workshops.alreadyThere === 1 ? "bleibt" : "bleiben"} unverändert.`);
  if (workshops.notRestorable > 0) notes.push(`${workshops.notRestorable === 1 ? "1 Workshop" : `${workshops.notRestorable} Workshops`} aus einer Datei der Paketversion 1 ${workshops.notRestorable === 1 ? "enthält" : "enthalten"} nur Text und ${workshops.notRestorable === 1 ? "wird" : "werden"} nur angezeigt, nicht wiederhergestellt.`);
  return { notes, assessmentVersion };
}

async function currentHoldings(ctx: TenantContext, organisationId: string, ags: string): Promise<TownPackagePreview["replaced"]> {
  const where = { organisationId, municipalityAgs: ags };
  const [providers, assessment, scenarios, planItems] = await Promise.all([
    ctx.prisma.provider.count({ where }),
    ctx.prisma.assessment.count({ where }),
    ctx.prisma.scenario.count({ where }),
    ctx.prisma.actionPlanItem.count({ where: { plan: where } }),
  ]);
  return { providers, assessment: assessment > 0, scenarios, planItems };
}

export function authorizeImport(ctx: TenantContext, organisationId: string): void {
  for (const resource of ["provider", "assessment", "scenario"] as const) {
    for (const action of ["create", "update", "delete"] as const) authorize(ctx.caller, resource, action, organisationId);
  }
}

async function assertPackageTown(ctx: TenantContext, organisationId: string, pkg: TownPackage): Promise<void> {
  try {
    await assertTownOfOrganisation(ctx, organisationId, pkg.town.ags);
  } catch {
    throw new TenantInputError(`Das Paket gehört zur Gemeinde ${pkg.town.name} (${pkg.town.ags}); diese Organisation ist für sie nicht zuständig.`, { field: "town.ags" });
  }
}

/** What an import would do, without changing anything (editors and admins of the target organisation). */
export async function previewTownPackage(ctx: TenantContext, organisationId: string, raw: unknown): Promise<TownPackageOutcome> {
  authorizeImport(ctx, organisationId);
  const checked = checkPackage(raw);
  if (!checked.ok) return checked;
  const { pkg } = checked;
  await assertPackageTown(ctx, organisationId, pkg);
  const plan = await workshopPlan(ctx, organisationId, pkg);
  const workshops = { restored: plan.restore.length, alreadyThere: plan.alreadyThere, notRestorable: plan.notRestorable };
  return {
    ok: true,
    origin: pkg.origin,
    exportedAt: pkg.exportedAt,
    town: pkg.town,
    incoming: {
      providers: pkg.providers.length,
      doctors: pkg.providers.reduce((n, p) => n + p.doctors.length, 0),
      assessment: pkg.assessment !== null,
      scenarios: pkg.scenarios.length,
      planItems: pkg.plan?.items.length ?? 0,
      workshops: pkg.workshops.length,
    },
    replaced: await currentHoldings(ctx, organisationId, pkg.town.ags),
    workshops,
    notes: (await previewNotes(ctx, organisationId, pkg, workshops)).notes,
  };
}

/**
 * Imports a package: replaces the town's inventory, assessment, scenarios and plan of `organisationId` with the
 * package's, in one transaction (a failure anywhere leaves everything as it was), audited as one entry.
 */
export async function importTownPackage(ctx: TenantContext, organisationId: string, raw: unknown): Promise<TownPackageOutcome> {
  const preview = await previewTownPackage(ctx, organisationId, raw);
  if (!preview.ok) return preview;
  const checked = checkPackage(raw);
  if (!checked.ok) return checked;
  const { pkg, answers, scenarios } = checked;
  const caller = ctx.caller!;
  const ags = pkg.town.ags;
  const where = { organisationId, municipalityAgs: ags };
  const computed = answers ? await resultToStore(ctx.prisma, ags, answers) : null;
  const members = await ctx.prisma.membership.findMany({ where: { organisationId }, select: { id: true } });
  const memberIds = new Set(members.map((m) => m.id));
  const { restore } = await workshopPlan(ctx, organisationId, pkg);
  const { assessmentVersion } = await previewNotes(ctx, organisationId, pkg, preview.workshops);

  await ctx.prisma.$transaction(async (tx) => {
    await tx.provider.deleteMany({ where });
    await tx.assessment.deleteMany({ where });
    await tx.scenario.deleteMany({ where });
    await tx.actionPlan.deleteMany({ where });
    for (const p of pkg.providers) {
      await tx.provider.create({
        data: { ...where, kind: p.kind, name: p.name, street: p.street, postcode: p.postcode, city: p.city, successorStatus: p.successorStatus, version: p.version ?? 1, doctors: { create: p.doctors } },
      });
    }
    if (pkg.assessment && answers) {
      await tx.assessment.create({
        data: { ...where, answers, status: pkg.assessment.status, version: assessmentVersion ?? 1, ruleSetVersion: computed?.ruleSetVersion ?? null, result: computed?.result ?? Prisma.DbNull },
      });
    }
    for (const s of scenarios) await tx.scenario.create({ data: { ...where, name: s.name, assumptions: s.data, knowledgeVersion: s.knowledgeVersion, version: s.version } });
    if (pkg.plan) {
      const plan = await tx.actionPlan.create({ data: { ...where, version: pkg.plan.version ?? 1 } });
      for (const item of pkg.plan.items) {
        // A member of another organisation is not a member here: the name stays as free text.
        const keepMember = item.ownerMembershipId !== null && memberIds.has(item.ownerMembershipId);
        await tx.actionPlanItem.create({
          data: {
            planId: plan.id,
            title: item.title,
            addressesFactor: item.addressesFactor,
            addressesGap: item.addressesGap,
            modelId: item.modelId,
            ownerMembershipId: keepMember ? item.ownerMembershipId : null,
            ownerText: keepMember ? item.ownerText : (item.ownerText ?? item.ownerName),
            startDate: item.startDate ? new Date(item.startDate) : null,
            dueDate: item.dueDate ? new Date(item.dueDate) : null,
            status: item.status,
            statusChangedAt: new Date(item.statusChangedAt),
            estimatedCostEuro: item.estimatedCostEuro,
            fundingProgrammeIds: item.fundingProgrammeIds,
            notes: item.notes,
            source: item.source,
            sourceRef: item.sourceRef,
            citation: item.citation ?? Prisma.DbNull,
            position: item.position,
            version: item.version ?? 1,
            statusHistory: { create: item.history.map((h) => ({ status: h.status, changedAt: new Date(h.changedAt) })) },
          },
        });
      }
    }
    // Workshops: ended, code expired, a presenter link nobody knows; each block keeps its aggregate as retention does.
    const now = new Date();
    for (const w of restore) {
      let code = codeFromBytes(randomBytes(32));
      while (await tx.workshop.findUnique({ where: { code }, select: { id: true } })) code = codeFromBytes(randomBytes(32));
      const created = await tx.workshop.create({
        data: { ...where, title: w.title, date: new Date(`${w.date}T00:00:00Z`), code, presenterTokenHash: hashPresenterToken(randomBytes(24).toString("base64url")), status: "ENDED", codeExpiresAt: now, retentionMonths: w.retentionMonths ?? 12 },
      });
      for (const b of w.blocks) {
        const block = await tx.workshopBlock.create({
          data: { workshopId: created.id, type: b.config!.type, position: b.position!, status: b.status!, config: b.config as unknown as Prisma.InputJsonValue, openedAt: b.openedAt ? new Date(b.openedAt) : null, closedAt: b.closedAt ? new Date(b.closedAt) : null },
        });
        if (b.status === "DRAFT") continue;
        const kept: RetainedAggregate = { blockId: block.id, overall: b.overall!, byRole: b.byRole ?? [], n: b.answers, paper: b.paper ?? 0, suppressed: b.suppressed ?? 0, participants: w.participants };
        await tx.workshopModerationEntry.create({ data: { workshopId: created.id, actorId: caller.userId, action: "retention.aggregate", detail: JSON.parse(JSON.stringify({ ...kept, restored: true })) as Prisma.InputJsonValue, createdAt: b.closedAt ? new Date(b.closedAt) : now } });
      }
    }
    await recordAudit(tx, caller, {
      organisationId,
      action: "townPackage.import",
      entityType: "townPackage",
      entityId: ags,
      before: preview.replaced,
      after: { origin: pkg.origin, exportedAt: pkg.exportedAt, ...preview.incoming, workshopsRestored: restore.length },
    });
  });
  return preview;
}
