import { AccessError, authorize, can, type TenantContext } from "@/lib/server/auth/guard";
import { sanitizeAnswers } from "@/lib/domain/assessment/answers";
import { screenTowns, type KnownForTown, type Screening, type ScreeningTown } from "@/lib/server/use-cases/county/screening";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import { readStoredSummary, STORED_RESULT_SELECT } from "@/lib/server/use-cases/stored-result";
import type { RecommendationSummary } from "@/lib/domain/recommendation/contract";
import { supplyFigures, supplyParametersAt, withKvRatio, type KvRatio, type SupplyFigures } from "@/lib/domain/supply";
import type { KreisMunicipality } from "@/lib/server/db/county";
import { ConflictError } from "./errors";
import { listPlanningAreas, type PlanningAreaRecord } from "./planning-areas";
import { listSupplyInventoriesOf, type SupplyInventoryProvider } from "./providers";
import { agsCondition, isEmptyScope, type TownScope } from "./town-scope";

/**
 * The organisation part of /kreis/{key}: what a county organisation may see of the towns of its Kreis — its own
 * inventories, and for each town that granted it access (CountyAccessGrant, read fresh on every call, so a revoked
 * grant disappears at once) the town's inventory, self-check and action-plan progress. Nothing else: other towns'
 * data, other counties' data and a town's workshops (not county-readable) never enter the view.
 */
export interface CountyChoice {
  organisationId: string;
  name: string;
  verified: boolean;
}

/** The caller's county organisations for this Kreis (members only; a grant never makes a county). */
export async function countyOrganisationsOf(ctx: TenantContext, kreisKey: string): Promise<CountyChoice[]> {
  const caller = ctx.caller;
  if (!caller) return [];
  const ids = [...caller.roles.keys()];
  if (ids.length === 0) return [];
  const rows = await ctx.prisma.organisation.findMany({
    where: { id: { in: ids }, kind: "COUNTY", kreisKey },
    select: { id: true, name: true, verifiedAt: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({ organisationId: r.id, name: r.name, verified: r.verifiedAt !== null }));
}

/** The county organisation in use: `ctx.organisationId` if it is one of the caller's, else the only one; several → 409. */
export async function resolveCountyOrganisation(ctx: TenantContext, kreisKey: string): Promise<CountyChoice | null> {
  const choices = await countyOrganisationsOf(ctx, kreisKey);
  if (ctx.organisationId !== undefined) {
    const chosen = choices.find((c) => c.organisationId === ctx.organisationId);
    if (!chosen) throw new AccessError(404, "Die gewählte Organisation ist keine Ihrer Kreis-Organisationen für diesen Kreis.");
    return chosen;
  }
  if (choices.length <= 1) return choices[0] ?? null;
  throw new ConflictError("Sie gehören mehreren Kreis-Organisationen dieses Kreises an. Bitte wählen Sie eine.", { reason: "choose_organisation", candidates: choices });
}

export interface SelfCheckSummary {
  status: "DRAFT" | "COMPLETED";
  updatedAt: Date;
  topLabel: string | null;
  confidence: string | null;
}

export interface ActionPlanProgress {
  items: number;
  done: number;
  inProgress: number;
}

export interface CountyTown {
  ags: string;
  /** Where the supply figures come from: the town's own inventory (granted), the county's, or nothing. */
  source: "town-grant" | "county" | null;
  /** The town organisation that granted access, if any. */
  grantedBy: { organisationId: string; name: string } | null;
  /** The inventory the figures use (name, kind, successor, doctors: what the supply figures read). */
  providers: SupplyInventoryProvider[];
  planningArea: { id: string; name: string } | null;
  selfCheck: SelfCheckSummary | null;
  /** null: no plan (or nothing the county may read). */
  actionPlan: ActionPlanProgress | null;
  /** Ended workshops the county organisation held for the town (a town's own workshops are not county-readable). */
  workshopsHeld: number;
}

export interface AreaSupply {
  area: PlanningAreaRecord;
  inhabitants: number;
  supply: SupplyFigures | null;
}

export interface CountyView {
  organisation: CountyChoice;
  canEdit: boolean;
  towns: Map<string, CountyTown>;
  screening: Screening;
  areas: AreaSupply[];
  knowledgeVersion: string;
}

/** A town's self-check in the overview: its stored result read with the summary projection of RecommendationSchema. */
function summary(row: { status: "DRAFT" | "COMPLETED"; updatedAt: Date }, result: RecommendationSummary | null): SelfCheckSummary {
  return { status: row.status, updatedAt: row.updatedAt, topLabel: result?.topLabel ?? null, confidence: result?.confidence.level ?? null };
}

/**
 * Action-plan progress: items, done and in progress per (organisation, town), authorised by the plan resource ("plan"
 * read: members, and granted counties) for a list of towns or every town of a Kreis. Keyed "orgId|ags".
 */
export async function actionPlanProgressOf(ctx: TenantContext, organisationIds: readonly string[], towns: TownScope): Promise<Map<string, ActionPlanProgress>> {
  for (const id of organisationIds) authorize(ctx.caller, "plan", "read", id);
  const plans = organisationIds.length && !isEmptyScope(towns)
    ? await ctx.prisma.actionPlan.findMany({
        where: { organisationId: { in: [...organisationIds] }, municipalityAgs: agsCondition(towns) },
        select: { organisationId: true, municipalityAgs: true, items: { select: { status: true } } },
      })
    : [];
  return new Map(
    plans.map((p) => [
      `${p.organisationId}|${p.municipalityAgs}`,
      { items: p.items.length, done: p.items.filter((i) => i.status === "erledigt").length, inProgress: p.items.filter((i) => i.status === "in_arbeit").length },
    ]),
  );
}

export async function getCountyView(
  ctx: TenantContext,
  kreis: { key: string; name: string; landName: string },
  municipalities: readonly KreisMunicipality[],
  county: CountyChoice,
  options: { asOf?: string } = {},
): Promise<CountyView> {
  const countyId = county.organisationId;
  authorize(ctx.caller, "provider", "read", countyId);
  const caller = ctx.caller;
  // Every read below covers the Kreis's towns by their AGS prefix (town-scope.ts), not by a list of 234 AGS.
  const ofKreis = { kreisKey: kreis.key };
  const inKreis = agsCondition(ofKreis);
  // Grants to THIS county, read now (not from a cache): a revoked grant is gone on the next request.
  const grants = await ctx.prisma.countyAccessGrant.findMany({
    where: { countyOrganisationId: countyId, town: { kind: "TOWN", municipalityAgs: inKreis } },
    select: { town: { select: { id: true, name: true, municipalityAgs: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const grantOf = new Map<string, { organisationId: string; name: string }>();
  for (const g of grants) {
    // The caller's grants were loaded with the session; a grant newer than that is not used until the next request.
    if (g.town.municipalityAgs && caller.grantedTowns.has(g.town.id) && !grantOf.has(g.town.municipalityAgs)) {
      grantOf.set(g.town.municipalityAgs, { organisationId: g.town.id, name: g.town.name });
    }
  }
  const townOrgIds = [...new Set([...grantOf.values()].map((g) => g.organisationId))];
  const readable = [countyId, ...townOrgIds];
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const [inventories, assessments, plans, workshops, areas, knowledge] = await Promise.all([
    listSupplyInventoriesOf(ctx, readable, ofKreis),
    (async () => {
      for (const id of readable) authorize(caller, "assessment", "read", id);
      return ctx.prisma.assessment.findMany({
        where: { organisationId: { in: readable }, municipalityAgs: inKreis },
        select: { organisationId: true, status: true, updatedAt: true, ...STORED_RESULT_SELECT },
      });
    })(),
    actionPlanProgressOf(ctx, readable, ofKreis),
    (async () => {
      authorize(caller, "workshop", "read", countyId);
      return ctx.prisma.workshop.groupBy({ by: ["municipalityAgs"], where: { organisationId: countyId, status: "ENDED", municipalityAgs: inKreis }, _count: { _all: true } });
    })(),
    listPlanningAreas(ctx, countyId),
    getKnowledgeSnapshot(undefined, ctx.prisma),
  ]);
  const params = supplyParametersAt(knowledge.ruleParameters, asOf);
  const assessmentOf = new Map(assessments.map((a) => [`${a.organisationId}|${a.municipalityAgs}`, a]));
  const storedOf = new Map(await Promise.all(assessments.map(async (a) => [a, await readStoredSummary(ctx.prisma, a)] as const)));
  const workshopsOf = new Map(workshops.map((w) => [w.municipalityAgs, w._count._all]));
  const areaOf = new Map(areas.flatMap((a) => a.towns.map((ags) => [ags, a] as const)));

  const towns = new Map<string, CountyTown>();
  const known = new Map<string, KnownForTown>();
  for (const m of municipalities) {
    const grant = grantOf.get(m.ags) ?? null;
    const townProviders = grant ? (inventories.get(`${grant.organisationId}|${m.ags}`) ?? []) : [];
    const countyProviders = inventories.get(`${countyId}|${m.ags}`) ?? [];
    // The town's own inventory, when it shared one, is its own word; else the county's.
    const source = townProviders.length > 0 ? "town-grant" : countyProviders.length > 0 ? "county" : null;
    const providers = source === "town-grant" ? townProviders : countyProviders;
    const assessment = (grant ? assessmentOf.get(`${grant.organisationId}|${m.ags}`) : undefined) ?? assessmentOf.get(`${countyId}|${m.ags}`);
    const plan = (grant ? plans.get(`${grant.organisationId}|${m.ags}`) : undefined) ?? plans.get(`${countyId}|${m.ags}`) ?? null;
    const area = areaOf.get(m.ags);
    towns.set(m.ags, {
      ags: m.ags,
      source,
      grantedBy: grant,
      providers,
      planningArea: area ? { id: area.id, name: area.name } : null,
      selfCheck: assessment ? summary(assessment, storedOf.get(assessment) ?? null) : null,
      actionPlan: plan,
      workshopsHeld: workshopsOf.get(m.ags) ?? 0,
    });
    const kv = area?.kvVersorgungsgrad;
    known.set(m.ags, {
      providers,
      kvRatio: kvRatioOf(area),
      ...(kv !== null && kv !== undefined ? { kvFigure: { versorgungsgrad: kv, planningArea: area!.name, ...(area!.kvPublishedAt ? { publishedAt: area!.kvPublishedAt } : {}) } } : {}),
      answers: assessment ? sanitizeAnswers(assessment.answers) : null,
    });
  }
  const screeningTowns: ScreeningTown[] = municipalities.map((m) => ({
    ags: m.ags,
    name: m.name,
    population: m.population,
    areaHectares: m.areaHectares,
    kreisName: kreis.name,
    landName: kreis.landName,
  }));
  const screening = screenTowns(screeningTowns, known, { params, knowledge, asOf });

  // Supply per planning area: the area's towns' inventories together, the inhabitants summed, the KV's figure.
  const population = new Map(municipalities.map((m) => [m.ags, m.population]));
  const areaSupply: AreaSupply[] = areas.map((area) => {
    const providers = area.towns.flatMap((ags) => towns.get(ags)?.providers ?? []);
    const inhabitants = area.towns.reduce((s, ags) => s + (population.get(ags) ?? 0), 0);
    const kvFigure = area.kvVersorgungsgrad !== null ? { versorgungsgrad: area.kvVersorgungsgrad, planningArea: area.name } : undefined;
    return {
      area,
      inhabitants,
      supply: providers.length > 0 || kvFigure ? supplyFigures({ providers, inhabitants, asOf, kvFigure }, withKvRatio(params, kvRatioOf(area))) : null,
    };
  });

  return {
    organisation: county,
    canEdit: can(caller, "provider", "create", countyId),
    towns,
    screening,
    areas: areaSupply,
    knowledgeVersion: knowledge.version,
  };
}

/** The KV's Verhältniszahl a county stored for a planning area (issue 13), or null when it stored none. */
function kvRatioOf(area: PlanningAreaRecord | undefined): KvRatio | null {
  if (!area || area.kvVerhaeltniszahl === null) return null;
  return { value: area.kvVerhaeltniszahl, planningArea: area.name, source: area.kvSource, publishedAt: area.kvPublishedAt };
}
