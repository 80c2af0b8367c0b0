import type { Citation } from "@/lib/domain/citation";

/**
 * The town report (issue 15) as plain data: what `loadTownReport` (lib/server/db/tenant/town-report.ts) gathers on the
 * server and what the PDF document (lib/server/pdf/town-report.ts) lays out. No Prisma, no React: dates are ISO strings,
 * figures are numbers, texts are German.
 */
export interface ReportTown {
  ags: string;
  name: string;
  officialName: string;
  population: number;
  areaHectares: number;
  kreis: string | null;
  land: string;
  /** Stand of the register (ISO date). */
  referenceDate: string;
}

export interface ReportOrganisation {
  id: string;
  name: string;
  kind: "TOWN" | "COUNTY";
  verified: boolean;
}

export interface ReportSupply {
  asOf: string;
  providerCount: number;
  gpHeadcount: number;
  countedGps: number;
  versorgungsgrad: number | null;
  versorgungsgradBasis: "computed" | "kv";
  keyFigures: { label: string; value: string; status: string; reason: string }[];
  forecast: { year: number; countedGps: number; versorgungsgrad: number | null; requiredFor100: number; requiredForUnderSupplyLine: number }[];
  firstYearBelowUnderSupplyLine: number | null;
  atRisk: { name: string; leaving: number; closes: boolean; successor: string }[];
  warnings: string[];
  /** The rule parameters used, each with its citation. */
  parameters: { label: string; value: string; citation: Citation }[];
}

export interface ReportReason {
  text: string;
  points: number;
  citations: readonly Citation[];
}

export interface ReportRecommendation {
  ruleSetVersion: string;
  status: "DRAFT" | "COMPLETED";
  updatedAt: string;
  topLabel: string | null;
  summary: string;
  ranking: { label: string; rank: number; score: number; excluded: boolean; reasons: ReportReason[]; knockOuts: ReportReason[] }[];
  port: { fitLabel: string; reasons: string[]; citations: readonly Citation[] };
  readiness: { label: string; score: number; answered: number; total: number; gaps: { text: string; citations: readonly Citation[] }[] }[];
  confidence: { level: string; note: string };
  nextMeasures: string[];
}

export interface ReportScenario {
  name: string;
  updatedAt: string;
  knowledgeVersion: string | null;
  /** One column per carrier model. */
  models: { label: string; portAddOn: boolean; horizonYears: number; investment: number; running: number; revenue: number; grant: number; net: number }[];
}

export interface ReportWorkshop {
  title: string;
  date: string;
  participants: number;
  blocks: { prompt: string; answers: number; lines: { label: string; value: string }[] }[];
}

export interface ReportPlanItem {
  title: string;
  addresses: string | null;
  owner: string | null;
  startDate: string | null;
  dueDate: string | null;
  status: string;
  estimatedCostEuro: number | null;
  /** The catalogue measure's citations (empty for an item of one's own). */
  citations: readonly Citation[];
}

export interface ReportPlan {
  updatedAt: string;
  items: ReportPlanItem[];
  done: number;
  total: number;
  overdue: number;
}

export interface ReportSource {
  title: string;
  file: string;
}

export interface TownReportData {
  /** ISO date of the report. */
  date: string;
  town: ReportTown;
  organisation: ReportOrganisation;
  /** The knowledge snapshot version the report was made with. */
  knowledgeVersion: string;
  supply: ReportSupply | null;
  recommendation: ReportRecommendation | null;
  scenario: ReportScenario | null;
  /** Empty when there are none or the caller may not read them (a granted county). */
  workshops: ReportWorkshop[];
  plan: ReportPlan | null;
  sources: ReportSource[];
  /** Licence attributions of the data the report uses. */
  licences: string[];
}

/** The comparison's council paper (Beschlussvorlage) as plain data: loadCouncilPaper → renderCouncilPaperPdf. */
export interface CouncilPaperData {
  date: string;
  town: ReportTown;
  organisation: ReportOrganisation;
  knowledgeVersion: string;
  /** The qualitative comparison of the models (knowledge base), each cell with its citations. */
  options: { label: string; cells: { model: string; text: string; citations: readonly Citation[] }[] }[];
  scenario: ReportScenario;
  recommendation: ReportRecommendation | null;
  sources: ReportSource[];
  licences: string[];
}
