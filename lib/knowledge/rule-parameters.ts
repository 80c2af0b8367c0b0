import { z } from "zod";
import { CitationSchema } from "./citation";

/**
 * Versioned rule parameters: every public figure the calculations use, stored as data with its unit,
 * validity period, version and citation, so that an administrator can update a value when the rule
 * changes (a data change with a test, not a code change).
 *
 * Figures from public rules and statistics are outside the five source documents (see DOMAIN.md,
 * "Public rules and figures"); figures from the sources cite the file and section.
 */

export const PARAMETER_UNITS = [
  "inhabitants-per-gp",
  "percent",
  "factor",
  "years",
  "count",
  "share",
  "eur",
] as const;
export const ParameterUnitSchema = z.enum(PARAMETER_UNITS);
export type ParameterUnit = z.infer<typeof ParameterUnitSchema>;

export const PARAMETER_UNIT_LABELS_DE: Record<ParameterUnit, string> = {
  "inhabitants-per-gp": "Einwohner je Hausarzt",
  percent: "Prozent",
  factor: "Faktor",
  years: "Jahre",
  count: "Anzahl",
  share: "Anteil (0–1)",
  eur: "Euro",
};

/**
 * How reliable a value is:
 * - `official`: published rule or official statistic, taken as stated;
 * - `example`: an example value inside a published range — the user should replace it with the figure
 *   their KV publishes;
 * - `source-figure`: a figure reported in one of the five source documents (one town's experience);
 * - `assumption`: a default chosen by this application, to be confirmed by the user.
 */
export const PARAMETER_STATUSES = ["official", "example", "source-figure", "assumption"] as const;
export const ParameterStatusSchema = z.enum(PARAMETER_STATUSES);
export type ParameterStatus = z.infer<typeof ParameterStatusSchema>;

const IsoDateSchema = z.iso.date({ error: "Bitte ein Datum im Format JJJJ-MM-TT angeben." });

export const RuleParameterSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, "Schlüssel: Kleinbuchstaben, Ziffern, Punkte, Bindestriche."),
    value: z.number({ error: "Der Wert muss eine endliche Zahl sein." }),
    unit: ParameterUnitSchema,
    validFrom: IsoDateSchema,
    validUntil: IsoDateSchema.optional(),
    version: z.string().min(1, "Bitte eine Versionsbezeichnung angeben."),
    label_de: z.string().min(1, "Bitte eine Bezeichnung angeben."),
    status: ParameterStatusSchema,
    /** Optional German note shown beside the value (e.g. "Beispielwert – bitte durch den Wert Ihrer KV ersetzen"). */
    note_de: z.string().min(1).optional(),
    citation: CitationSchema,
  })
  .refine((p) => p.validUntil === undefined || p.validUntil >= p.validFrom, {
    message: "Das Ende der Gültigkeit darf nicht vor ihrem Beginn liegen.",
    path: ["validUntil"],
  });
export type RuleParameter = z.infer<typeof RuleParameterSchema>;

export const RuleParameterTableSchema = z.array(RuleParameterSchema).superRefine((params, ctx) => {
  // No two versions of one key may be valid on the same day.
  const byKey = new Map<string, RuleParameter[]>();
  for (const p of params) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
  for (const [key, versions] of byKey) {
    const sorted = [...versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (prev && cur && (prev.validUntil === undefined || prev.validUntil >= cur.validFrom)) {
        ctx.addIssue({
          code: "custom",
          message: `Die Versionen „${prev.version}“ und „${cur.version}“ von „${key}“ überschneiden sich zeitlich.`,
        });
      }
    }
  }
});

/** Keys the calculations read. */
export const PARAMETER_KEYS = {
  gpRatio: "bedarfsplanung.gp-ratio",
  underSupplyThreshold: "bedarfsplanung.under-supply-threshold",
  overSupplyThreshold: "bedarfsplanung.over-supply-threshold",
  factorFullLicence: "anrechnung.licence-full",
  factorThreeQuarterLicence: "anrechnung.licence-three-quarter",
  factorHalfLicence: "anrechnung.licence-half",
  factorEmployedUpTo10h: "anrechnung.employed-up-to-10h",
  factorEmployedUpTo20h: "anrechnung.employed-up-to-20h",
  factorEmployedUpTo30h: "anrechnung.employed-up-to-30h",
  factorEmployedOver30h: "anrechnung.employed-over-30h",
  retirementAge: "forecast.retirement-age",
  gpTrainingYears: "workforce.gp-training-years",
  gpCountGermany: "workforce.gp-count-germany",
  gpShareAged60Plus: "workforce.gp-share-aged-60-plus",
  gpMeanAge: "workforce.gp-mean-age",
  landarztquoteShare: "workforce.landarztquote-share",
  costPracticeTakeover: "cost.gp-practice-takeover",
  costPracticeFoundation: "cost.gp-practice-foundation",
  costMarienmuensterMvz: "cost.source.marienmuenster-mvz",
  costSchneebergConversion: "cost.source.schneeberg-conversion",
} as const;
export type ParameterKey = (typeof PARAMETER_KEYS)[keyof typeof PARAMETER_KEYS];

const BEDARFSPLANUNG = "G-BA Bedarfsplanungs-Richtlinie (§§ 99–101 SGB V)";
const ANRECHNUNG = "G-BA Bedarfsplanungs-Richtlinie, Anrechnungsfaktoren (§ 101 Abs. 1 SGB V)";
const WORKFORCE = "KBV/BÄK Ärztestatistik 2024";
const ZI_APOBANK = "Zi/apoBank Existenzgründungsanalyse Hausärzte";

/** The parameter table as shipped. Administrators add versions; they never overwrite history. */
export const RULE_PARAMETERS: RuleParameter[] = [
  {
    key: PARAMETER_KEYS.gpRatio,
    value: 1671,
    unit: "inhabitants-per-gp",
    validFrom: "2013-01-01",
    validUntil: "2019-06-29",
    version: "BPL-RL 2013",
    label_de: "Allgemeine Verhältniszahl Hausärzte (vor der Reform 2019)",
    status: "official",
    note_de: "Einwohner je Hausarzt im Mittelbereich nach der Bedarfsplanungs-Richtlinie vor der Reform 2019.",
    citation: { kind: "rule", rule: BEDARFSPLANUNG, note: "Allgemeine Verhältniszahl 1:1.671 (Hausärzte, Mittelbereich) vor 2019" },
  },
  {
    key: PARAMETER_KEYS.gpRatio,
    value: 1609,
    unit: "inhabitants-per-gp",
    validFrom: "2019-06-30",
    version: "BPL-RL 2019 (Beispielwert)",
    label_de: "Allgemeine Verhältniszahl Hausärzte (seit der Reform 2019, Beispielwert)",
    status: "example",
    note_de:
      "Beispielwert aus der veröffentlichten Spanne (etwa 1:1.580 bis 1:1.640, mit Leistungsbedarfsfaktor neu berechnet). " +
      "Bitte durch die Verhältniszahl ersetzen, die Ihre KV für den Mittelbereich veröffentlicht (inkl. Morbiditätsfaktor).",
    citation: {
      kind: "rule",
      rule: BEDARFSPLANUNG,
      note: "Reform 2019: Verhältniszahl mit Leistungsbedarfsfaktor; regionale Anpassung durch die KV",
    },
  },
  {
    key: PARAMETER_KEYS.underSupplyThreshold,
    value: 75,
    unit: "percent",
    validFrom: "2013-01-01",
    version: "BPL-RL 2013",
    label_de: "Schwelle Unterversorgung Hausärzte (Versorgungsgrad unter 75 %)",
    status: "official",
    citation: { kind: "rule", rule: BEDARFSPLANUNG, note: "Unterversorgung bei Hausärzten: Versorgungsgrad unter 75 %" },
  },
  {
    key: PARAMETER_KEYS.overSupplyThreshold,
    value: 110,
    unit: "percent",
    validFrom: "2013-01-01",
    version: "BPL-RL 2013",
    label_de: "Schwelle Überversorgung (Versorgungsgrad über 110 %, Planungsbereich gesperrt)",
    status: "official",
    citation: { kind: "rule", rule: BEDARFSPLANUNG, note: "Überversorgung ab einem Versorgungsgrad über 110 %" },
  },
  ...(
    [
      [PARAMETER_KEYS.factorFullLicence, 1.0, "Anrechnungsfaktor voller Versorgungsauftrag"],
      [PARAMETER_KEYS.factorThreeQuarterLicence, 0.75, "Anrechnungsfaktor Dreiviertel-Versorgungsauftrag"],
      [PARAMETER_KEYS.factorHalfLicence, 0.5, "Anrechnungsfaktor halber Versorgungsauftrag"],
      [PARAMETER_KEYS.factorEmployedUpTo10h, 0.25, "Anrechnungsfaktor angestellt, bis 10 Wochenstunden"],
      [PARAMETER_KEYS.factorEmployedUpTo20h, 0.5, "Anrechnungsfaktor angestellt, über 10 bis 20 Wochenstunden"],
      [PARAMETER_KEYS.factorEmployedUpTo30h, 0.75, "Anrechnungsfaktor angestellt, über 20 bis 30 Wochenstunden"],
      [PARAMETER_KEYS.factorEmployedOver30h, 1.0, "Anrechnungsfaktor angestellt, über 30 Wochenstunden"],
    ] as const
  ).map(
    ([key, value, label]): RuleParameter => ({
      key,
      value,
      unit: "factor",
      validFrom: "2013-01-01",
      version: "BPL-RL 2013",
      label_de: label,
      status: "official",
      citation: { kind: "rule", rule: ANRECHNUNG },
    }),
  ),
  {
    key: PARAMETER_KEYS.retirementAge,
    value: 67,
    unit: "years",
    validFrom: "2013-01-01",
    version: "Annahme 1",
    label_de: "Angenommenes Ruhestandsalter, wenn kein Abgabejahr bekannt ist",
    status: "assumption",
    note_de:
      "Annahme dieser Anwendung: die gesetzliche Regelaltersgrenze. Viele Hausärztinnen und Hausärzte arbeiten länger " +
      "oder hören früher auf – bitte an die Lage vor Ort anpassen.",
    citation: { kind: "rule", rule: "§ 35 SGB VI (Regelaltersgrenze 67 Jahre)", note: "Nur als Anhaltspunkt; keine Regel für Praxisabgaben" },
  },
  {
    key: PARAMETER_KEYS.gpTrainingYears,
    value: 11,
    unit: "years",
    // The training length is not new in 2026; the source (a 2026 committee answer) just states it.
    validFrom: "2013-01-01",
    version: "Heinsberg 2026",
    label_de: "Dauer von Studium und Facharztweiterbildung Allgemeinmedizin (rund)",
    status: "source-figure",
    citation: {
      kind: "source",
      source: "kreis-heinsberg-anfrage-aerztebetreuung-2026.txt",
      section: "5. Welche Einschätzung hat die Verwaltung zur bisherigen Wirksamkeit der Stelle",
      quote: "Studium und Ausbildung zum Facharzt für Allgemeinmedizin (Hausarzt/-ärztin) rund elf Jahre Zeit in Anspruch nehmen",
    },
  },
  {
    key: PARAMETER_KEYS.gpCountGermany,
    value: 66000,
    unit: "count",
    validFrom: "2024-12-31",
    version: "Ärztestatistik 2024",
    label_de: "Hausärztinnen und Hausärzte in Deutschland (rund)",
    status: "official",
    citation: { kind: "rule", rule: WORKFORCE },
  },
  {
    key: PARAMETER_KEYS.gpShareAged60Plus,
    value: 0.41,
    unit: "share",
    validFrom: "2024-12-31",
    version: "Ärztestatistik 2024",
    label_de: "Anteil der Hausärztinnen und Hausärzte mit 60 Jahren oder älter (Bund, rund)",
    status: "official",
    citation: { kind: "rule", rule: WORKFORCE },
  },
  {
    key: PARAMETER_KEYS.gpMeanAge,
    value: 55,
    unit: "years",
    validFrom: "2024-12-31",
    version: "Ärztestatistik 2024",
    label_de: "Durchschnittsalter der Hausärztinnen und Hausärzte (Bund, rund)",
    status: "official",
    citation: { kind: "rule", rule: WORKFORCE },
  },
  {
    key: PARAMETER_KEYS.landarztquoteShare,
    value: 0.1,
    unit: "share",
    validFrom: "2024-12-31",
    version: "Landarztquote",
    label_de: "Landarztquote: Anteil der Studienplätze für künftige Landärztinnen und -ärzte (bis zu rund)",
    status: "official",
    note_de: "Die Quote legt jedes Land selbst fest (Landarztgesetze); rund 10 % ist der übliche Höchstwert.",
    citation: { kind: "rule", rule: "Landarztgesetze der Länder (Landarztquote)", note: "bis zu etwa 10 % der Medizinstudienplätze" },
  },
  {
    key: PARAMETER_KEYS.costPracticeTakeover,
    value: 190000,
    unit: "eur",
    validFrom: "2024-01-01",
    version: "Zi/apoBank",
    label_de: "Typische Investition bei Übernahme einer Hausarztpraxis (rund)",
    status: "official",
    note_de: "Durchschnitt einer Erhebung; Erhebungsjahr und aktuellen Wert vor Verwendung prüfen.",
    citation: { kind: "rule", rule: ZI_APOBANK, note: "Übernahme einer Einzelpraxis, rund 190.000 €" },
  },
  {
    key: PARAMETER_KEYS.costPracticeFoundation,
    value: 210000,
    unit: "eur",
    validFrom: "2024-01-01",
    version: "Zi/apoBank",
    label_de: "Typische Investition bei Neugründung einer Hausarztpraxis (rund)",
    status: "official",
    note_de: "Durchschnitt einer Erhebung; Erhebungsjahr und aktuellen Wert vor Verwendung prüfen.",
    citation: { kind: "rule", rule: ZI_APOBANK, note: "Neugründung einer Einzelpraxis, rund 210.000 €" },
  },
  {
    key: PARAMETER_KEYS.costMarienmuensterMvz,
    value: 2_600_000,
    unit: "eur",
    validFrom: "2025-11-18",
    version: "Kleinstadt Akademie 2025",
    label_de: "Kosten der Kommune für die Entwicklung des kommunalen MVZ Marienmünster (rund)",
    status: "source-figure",
    note_de: "Die Quelle schreibt „Marienburg“; gemeint ist Marienmünster. Ein Ort, kein Richtwert.",
    citation: {
      kind: "source",
      source: "kleinstadt-akademie-doerentrup-2025-ergebnisse.txt",
      section: "Finanzielle Aufwände realistisch einschätzen",
      quote: "in Marienburg trägt die Kommune rund 2,6 Mio. € für die Entwicklung des kommunalen MVZ",
    },
  },
  {
    key: PARAMETER_KEYS.costSchneebergConversion,
    value: 3_200_000,
    unit: "eur",
    validFrom: "2025-11-18",
    version: "Kleinstadt Akademie 2025",
    label_de: "Investition der Stadt Schneeberg in den Umbau des ehemaligen Krankenhauses (rund)",
    status: "source-figure",
    note_de: "Ein Ort, kein Richtwert.",
    citation: {
      kind: "source",
      source: "kleinstadt-akademie-doerentrup-2025-ergebnisse.txt",
      section: "Finanzielle Aufwände realistisch einschätzen",
      quote: "Die Stadt Schneeberg investierte rund 3,2 Mio. € in den Umbau des ehemaligen Krankenhauses",
    },
  },
];

/** The parameter valid at a date, with the version and validity so the UI can show which one was used. */
export interface ResolvedParameter {
  key: string;
  value: number;
  unit: ParameterUnit;
  version: string;
  validFrom: string;
  validUntil?: string;
  status: ParameterStatus;
  label_de: string;
  parameter: RuleParameter;
}

function toIsoDate(atDate: string | Date): string {
  if (typeof atDate === "string") return atDate.slice(0, 10);
  return atDate.toISOString().slice(0, 10);
}

/**
 * Returns the version of `key` valid at `atDate` (validFrom ≤ date ≤ validUntil, both inclusive), or
 * `undefined` if none is. If several overlap (an invalid table), the one that started last wins.
 */
export function resolveParameter(
  params: readonly RuleParameter[],
  key: string,
  atDate: string | Date,
): ResolvedParameter | undefined {
  const day = toIsoDate(atDate);
  let best: RuleParameter | undefined;
  for (const p of params) {
    if (p.key !== key) continue;
    if (p.validFrom > day) continue;
    if (p.validUntil !== undefined && p.validUntil < day) continue;
    if (best === undefined || p.validFrom > best.validFrom) best = p;
  }
  if (best === undefined) return undefined;
  return {
    key: best.key,
    value: best.value,
    unit: best.unit,
    version: best.version,
    validFrom: best.validFrom,
    ...(best.validUntil !== undefined ? { validUntil: best.validUntil } : {}),
    status: best.status,
    label_de: best.label_de,
    parameter: best,
  };
}

/** Like `resolveParameter`, but throws a German error naming the key and date if none is valid. */
export function requireParameter(
  params: readonly RuleParameter[],
  key: string,
  atDate: string | Date,
): ResolvedParameter {
  const resolved = resolveParameter(params, key, atDate);
  if (resolved === undefined) {
    throw new Error(`Für „${key}“ ist zum ${toIsoDate(atDate)} kein Regelparameter hinterlegt.`);
  }
  return resolved;
}
