import { AccessError, authorize, can, type TenantContext } from "@/lib/server/auth/guard";
import { computeAssessmentResult } from "@/lib/server/use-cases/stored-result";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import type { BlockResult } from "@/lib/server/db/workshop-participation";
import { evaluateComparison } from "@/lib/domain/comparison/evaluate-request";
import type { ComparisonData } from "@/lib/domain/comparison/scenario-set";
import { CARRIER_MODEL_IDS, MODEL_LABELS_DE } from "@/lib/domain/ids";
import { StoredPlanCitationsSchema } from "@/lib/domain/schemas/action-plan";
import { readStoredJson } from "@/lib/server/db/stored-json";
import type { RuleParameter } from "@/lib/domain/rule-parameters";
import type { Recommendation } from "@/lib/domain/recommendation/engine";
import { planProgress } from "@/lib/domain/plan/progress";
import { formatNumber } from "@/lib/domain/format/number";
import { GV100_ATTRIBUTION, GV100_LICENCE } from "@/lib/server/import/gv100";
import type { BlockConfig } from "@/lib/domain/schemas/workshop";
import { blockResultLines } from "@/lib/server/use-cases/workshop-results-csv";
import type { CouncilPaperData, ReportPlan, ReportRecommendation, ReportScenario, ReportSupply, ReportTown, ReportWorkshop, TownReportData } from "@/lib/server/pdf/report-types";
import { getAssessment } from "./assessments";
import { ConflictError, TenantNotFoundError } from "./errors";
import { getOrganisation } from "./organisations";
import { getScenario, listScenarios } from "./scenarios";
import { getMunicipalitySupply } from "./supply";
import { workshopResults } from "./workshops";

/**
 * Gathers the town report (issue 15) of one organisation and town as plain data for the PDF: town facts, the supply
 * check, the assessment's recommendation, the newest saved comparison scenario, workshop aggregates, the action plan
 * and the sources. Each part is read through the guard with its own resource: a part the caller may not read (a
 * granted county reads no workshops) or that does not exist is null / empty, never an error. The report itself
 * needs read access to the organisation's assessment (members and granted counties).
 */
export const PLAN_STATUS_LABELS_DE: Record<string, string> = {
  geplant: "geplant",
  in_arbeit: "in Arbeit",
  erledigt: "erledigt",
  zurueckgestellt: "zurückgestellt",
  verworfen: "verworfen",
};

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** A town organisation: its own AGS; a county: any municipality in its Kreis. */
export async function assertTownOfOrganisation(ctx: TenantContext, organisationId: string, ags: string): Promise<void> {
  const organisation = await ctx.prisma.organisation.findUnique({ where: { id: organisationId }, select: { kind: true, municipalityAgs: true, kreisKey: true } });
  if (!organisation) throw new TenantNotFoundError("Organisation nicht gefunden.");
  if (organisation.kind === "TOWN" && organisation.municipalityAgs === ags) return;
  if (organisation.kind === "COUNTY" && organisation.kreisKey) {
    const municipality = await ctx.prisma.municipality.findUnique({ where: { ags }, select: { kreisKey: true } });
    if (municipality?.kreisKey === organisation.kreisKey) return;
  }
  throw new TenantNotFoundError(`Die Gemeinde ${ags} gehört nicht zu dieser Organisation.`);
}

export async function loadTownReport(ctx: TenantContext, organisationId: string, ags: string, today = new Date()): Promise<TownReportData> {
  authorize(ctx.caller, "assessment", "read", organisationId);
  await assertTownOfOrganisation(ctx, organisationId, ags);
  const caller = ctx.caller;
  const { organisation, town, knowledge } = await commonParts(ctx, organisationId, ags);
  const date = isoDate(today);

  const [supply, recommendation, scenario, workshops, plan] = await Promise.all([
    can(caller, "provider", "read", organisationId) ? loadSupply(ctx, organisationId, ags, date, knowledge.ruleParameters) : null,
    loadRecommendation(ctx, organisationId, ags),
    can(caller, "scenario", "read", organisationId) ? loadScenario(ctx, organisationId, ags) : null,
    can(caller, "workshop", "read", organisationId) ? loadWorkshops(ctx, organisationId, ags) : [],
    can(caller, "plan", "read", organisationId) ? loadPlan(ctx, organisationId, ags, date) : null,
  ]);

  return { date, town, organisation, knowledgeVersion: knowledge.version, supply, recommendation, scenario, workshops, plan, ...sourcesOf(knowledge) };
}

/** The council paper of one saved scenario: the comparison's options, its costs and the assessment's recommendation. */
export async function loadCouncilPaper(ctx: TenantContext, organisationId: string, scenarioId: string, today = new Date()): Promise<CouncilPaperData> {
  const scenario = await getScenario(ctx, organisationId, scenarioId);
  const { organisation, town, knowledge } = await commonParts(ctx, organisationId, scenario.ags);
  const row = await ctx.prisma.scenario.findUnique({ where: { id: scenario.id }, select: { knowledgeVersion: true } });
  const recommendation = can(ctx.caller, "assessment", "read", organisationId) ? await loadRecommendation(ctx, organisationId, scenario.ags) : null;
  return {
    date: isoDate(today),
    town,
    organisation,
    knowledgeVersion: knowledge.version,
    options: knowledge.comparisonRows.map((r) => ({
      label: r.label_de,
      cells: (["provider-network", "municipal-mvz", "health-centre", "port"] as const).map((m) => ({ model: MODEL_LABELS_DE[m], text: r.cells[m].text_de, citations: r.cells[m].citations })),
    })),
    scenario: scenarioForReport(scenario.name, scenario.updatedAt, row?.knowledgeVersion ?? null, scenario.data.models),
    recommendation,
    ...sourcesOf(knowledge),
  };
}

async function commonParts(ctx: TenantContext, organisationId: string, ags: string) {
  const organisation = await getOrganisation(ctx, organisationId);
  const municipality = await ctx.prisma.municipality.findUniqueOrThrow({ where: { ags }, include: { kreis: true, land: true } });
  const knowledge = await getKnowledgeSnapshot(undefined, ctx.prisma);
  const town: ReportTown = {
    ags,
    name: municipality.name,
    officialName: municipality.officialName,
    population: municipality.population,
    areaHectares: municipality.areaHectares,
    kreis: municipality.kreis?.name ?? null,
    land: municipality.land.name,
    referenceDate: isoDate(municipality.referenceDate),
  };
  return {
    organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind, verified: organisation.verifiedAt !== null },
    town,
    knowledge,
  };
}

function sourcesOf(knowledge: { sources: readonly { title: string; file: string }[] }) {
  return { sources: knowledge.sources.map((s) => ({ title: s.title, file: s.file })), licences: [`${GV100_ATTRIBUTION} (${GV100_LICENCE})`] };
}

async function loadSupply(ctx: TenantContext, organisationId: string, ags: string, asOf: string, parameters: readonly RuleParameter[]): Promise<ReportSupply | null> {
  let supply;
  try {
    supply = await getMunicipalitySupply({ ...ctx, organisationId }, ags, {}, { asOf });
  } catch (error) {
    // No inventory of this organisation for the town.
    if (error instanceof AccessError || error instanceof ConflictError || error instanceof TenantNotFoundError) return null;
    throw error;
  }
  if (supply.providerCount === 0) return null;
  const r = supply.result;
  const citationOf = (key: string, version: string) => parameters.find((p) => p.key === key && p.version === version)?.citation;
  // The report computes without overrides: every parameter it names is the one its figures used.
  const used = [r.parameters.gpRatio, r.parameters.underSupplyPercent, r.parameters.gpTrainingYears, r.parameters.retirementAge];
  return {
    asOf: r.asOf,
    providerCount: supply.providerCount,
    gpHeadcount: r.gpHeadcount,
    countedGps: r.countedGps,
    versorgungsgrad: r.versorgungsgrad.value,
    versorgungsgradBasis: r.versorgungsgrad.basis,
    keyFigures: r.keyFigures.map((k) => ({
      label: k.label_de,
      value: k.value === null ? "–" : `${formatNumber(k.value, { maximumFractionDigits: 1 })} ${k.unit_de}`.trim(),
      status: k.status,
      reason: k.statusReason_de,
    })),
    forecast: r.forecast.map((f) => ({
      year: f.year,
      countedGps: f.countedGps,
      versorgungsgrad: f.versorgungsgrad,
      requiredFor100: f.requiredFor100,
      requiredForUnderSupplyLine: f.requiredForUnderSupplyLine,
    })),
    firstYearBelowUnderSupplyLine: r.firstYearBelowUnderSupplyLine,
    atRisk: r.atRisk.map((p) => ({
      name: p.providerName,
      leaving: p.leavingDoctors.length,
      closes: p.closes,
      successor: p.successorStatus === "found" ? "gefunden" : p.successorStatus === "searching" ? "wird gesucht" : "keine",
    })),
    warnings: r.warnings.map((w) => w.message_de),
    parameters: used.flatMap((p) => {
      const citation = citationOf(p.key, p.version);
      return citation ? [{ label: p.label_de, value: formatNumber(p.value), citation }] : [];
    }),
  };
}

async function loadRecommendation(ctx: TenantContext, organisationId: string, ags: string): Promise<ReportRecommendation | null> {
  const assessment = await getAssessment(ctx, organisationId, ags);
  if (!assessment.exists || !assessment.answers || !assessment.updatedAt) return null;
  // Computed with the knowledge version stored with the answers (the result the town saw), else the current one.
  const computed = await computeAssessmentResult(ctx.prisma, ags, assessment.answers, assessment.ruleSetVersion ?? undefined).catch(() =>
    computeAssessmentResult(ctx.prisma, ags, assessment.answers),
  );
  const rec: Recommendation | null = computed.recommendation;
  if (!rec) return null;
  return {
    ruleSetVersion: computed.ruleSetVersion,
    status: assessment.status,
    updatedAt: isoDate(assessment.updatedAt),
    topLabel: rec.topLabel,
    summary: rec.summary,
    ranking: rec.ranking.map((m) => ({
      label: m.label,
      rank: m.rank,
      score: m.score,
      excluded: m.excluded,
      reasons: m.contributions.slice(0, 4).map((c) => ({ text: c.explanation, points: c.points, citations: c.citations })),
      knockOuts: m.knockOuts.map((k) => ({ text: k.reason, points: 0, citations: k.citations })),
    })),
    port: { fitLabel: rec.port.fitLabel, reasons: rec.port.reasons, citations: rec.port.carrierNote?.citations ?? [] },
    readiness: rec.readiness.map((r) => ({
      label: r.label,
      score: r.score,
      answered: r.answered,
      total: r.total,
      gaps: r.gaps.map((g) => ({ text: g.text, citations: g.citations })),
    })),
    confidence: { level: rec.confidence.level, note: rec.confidence.note },
    nextMeasures: rec.nextMeasures.map((m) => m.title),
  };
}

async function loadScenario(ctx: TenantContext, organisationId: string, ags: string): Promise<ReportScenario | null> {
  const scenarios = await listScenarios(ctx, organisationId, ags);
  const newest = [...scenarios].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())[0];
  if (!newest) return null;
  const row = await ctx.prisma.scenario.findUnique({ where: { id: newest.id }, select: { knowledgeVersion: true } });
  return scenarioForReport(newest.name, newest.updatedAt, row?.knowledgeVersion ?? null, newest.data.models);
}

/** The MVZ-vs-network figures of a saved scenario (also the council paper's). */
export function scenarioForReport(
  name: string,
  updatedAt: Date,
  knowledgeVersion: string | null,
  models: ComparisonData["models"],
): ReportScenario {
  const results = evaluateComparison(CARRIER_MODEL_IDS.map((m) => models[m])).results;
  return {
    name,
    updatedAt: isoDate(updatedAt),
    knowledgeVersion,
    models: results.map((r, i) => ({
      label: MODEL_LABELS_DE[r.model] + (r.portAddOn ? " mit PORT" : ""),
      portAddOn: r.portAddOn,
      horizonYears: models[CARRIER_MODEL_IDS[i]!].horizonYears,
      ...r.totals,
    })),
  };
}

/** A block's aggregate as report lines (free texts of participants are counted, not printed). */
export function reportLines(config: BlockConfig, overall: BlockResult, n: number): ReportWorkshop["blocks"][number]["lines"] {
  return overall.type === "text" || overall.type === "ideas"
    ? [{ label: "Beiträge", value: formatNumber(n) }]
    : blockResultLines(config, overall).map((l) => ({ label: l.label, value: [l.count, l.mean && `Mittelwert ${l.mean}`, l.median && `Median ${l.median}`].filter(Boolean).join(" · ") }));
}

/**
 * Workshop aggregates of the town (never raw answers or free texts): the results page's numbers (workshopResults),
 * so a workshop past its retention period — or restored from a town package — shows its kept aggregates.
 */
export async function loadWorkshops(ctx: TenantContext, organisationId: string, ags: string): Promise<ReportWorkshop[]> {
  const workshops = await ctx.prisma.workshop.findMany({ where: { organisationId, municipalityAgs: ags }, orderBy: [{ date: "asc" }, { id: "asc" }], select: { id: true } });
  const out: ReportWorkshop[] = [];
  for (const w of workshops) {
    const { workshop, participants, blocks } = await workshopResults(ctx, organisationId, w.id);
    out.push({
      title: workshop.title,
      date: workshop.date,
      participants,
      blocks: blocks.filter((b) => b.n + b.paper > 0).map((b) => ({ prompt: b.config.prompt, answers: b.n, lines: reportLines(b.config, b.overall, b.n) })),
    });
  }
  return out;
}

async function loadPlan(ctx: TenantContext, organisationId: string, ags: string, today: string): Promise<ReportPlan | null> {
  const plan = await ctx.prisma.actionPlan.findUnique({
    where: { organisationId_municipalityAgs: { organisationId, municipalityAgs: ags } },
    include: { items: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { statusHistory: { orderBy: { changedAt: "asc" } } } } },
  });
  if (!plan || plan.items.length === 0) return null;
  const memberIds = plan.items.map((i) => i.ownerMembershipId).filter((id): id is string => id !== null);
  const members = await ctx.prisma.membership.findMany({ where: { id: { in: memberIds }, organisationId }, select: { id: true, user: { select: { name: true } } } });
  const memberName = new Map(members.map((m) => [m.id, m.user.name]));
  const optionalDate = (d: Date | null) => (d ? isoDate(d) : null);
  const progress = planProgress(
    plan.items.map((i) => ({
      id: i.id,
      title: i.title,
      ownerText: i.ownerText,
      startDate: optionalDate(i.startDate),
      dueDate: optionalDate(i.dueDate),
      status: i.status,
      statusChangedAt: i.statusChangedAt,
      updatedAt: i.updatedAt,
      createdAt: i.createdAt,
      history: i.statusHistory.map((h) => ({ status: h.status, changedAt: h.changedAt })),
    })),
    today,
  );
  return {
    updatedAt: isoDate(plan.updatedAt),
    done: progress.done,
    total: progress.total,
    overdue: progress.overdue.length,
    items: plan.items.map((i) => {
      return {
        title: i.title,
        addresses: i.addressesGap ?? i.addressesFactor,
        owner: (i.ownerMembershipId ? memberName.get(i.ownerMembershipId) : undefined) ?? i.ownerText,
        startDate: optionalDate(i.startDate),
        dueDate: optionalDate(i.dueDate),
        status: PLAN_STATUS_LABELS_DE[i.status] ?? i.status,
        estimatedCostEuro: i.estimatedCostEuro,
        citations: readStoredJson(StoredPlanCitationsSchema, i.citation, "ActionPlanItem.citation", i.id) ?? [],
      };
    }),
  };
}
