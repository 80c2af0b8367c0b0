import { z } from "zod";
import { safeText } from "@/lib/schemas/text";
import type { Citation } from "../../knowledge/citation";
import { C } from "./citations";

/**
 * The self-assessment input: everything the wizard asks, grouped by topic.
 *
 * One definition per field carries the zod schema (with German `.describe()`), the question text, the
 * help text ("why this matters"), the answer options with German labels and the citation. The schema
 * `AssessmentInputSchema` and the catalogue `ASSESSMENT_QUESTIONS` are both derived from it.
 *
 * Every answer may be unknown: choice fields have the member `"unknown"` (the default), number and text
 * fields are nullable (default `null`). Only `town.name` is required.
 */

export const UNKNOWN = "unknown" as const;
export const UNKNOWN_LABEL_DE = "Weiß nicht / noch offen";

export const ASSESSMENT_STEPS = [
  { id: "town", title: "Ihre Kommune", intro: "Grunddaten aus dem Gemeindeverzeichnis und Ihre Ergänzungen zur Lage vor Ort." },
  { id: "supply", title: "Aktuelle Versorgung", intro: "Praxen, Ärztinnen und Ärzte, Altersstruktur und Versorgungsgrad." },
  { id: "urgency", title: "Dringlichkeit", intro: "Wie drängend ist die Lage?" },
  { id: "resources", title: "Ressourcen der Kommune", intro: "Geld, Personal und Fachwissen." },
  { id: "politics", title: "Politik und Beteiligung", intro: "Rückhalt in Rat und Verwaltungsspitze, Einbindung der Bürgerschaft." },
  { id: "partners", title: "Partner", intro: "Kreis, Krankenhausträger, Investoren, Kassenärztliche Vereinigung, Gesundheitsamt." },
  { id: "localDoctors", title: "Ärzteschaft vor Ort", intro: "Haltung und Wünsche der ansässigen Ärztinnen und Ärzte." },
  { id: "assets", title: "Gebäude und Strukturen", intro: "Räume, Grundstücke und bestehende Netzwerke." },
  { id: "goals", title: "Ziele", intro: "Was will die Kommune erreichen, wie schnell und mit welchem Risiko?" },
] as const;
export type AssessmentStepId = (typeof ASSESSMENT_STEPS)[number]["id"];

interface MetaBase {
  label: string;
  help: string;
  citations: readonly Citation[];
  /** Filled from the municipality register when known (the user may correct it). */
  fromDatabase?: boolean;
  /** Counts towards the confidence (share of answered questions). Identification fields do not. */
  countsForConfidence?: boolean;
}

type Labels<T extends readonly string[]> = { readonly [K in T[number]]: string };

function choice<const T extends readonly [string, ...string[]]>(values: T, labels: Labels<T>, meta: MetaBase) {
  const all = [...values, UNKNOWN] as unknown as readonly [...T, "unknown"];
  const schema = z
    .enum(all)
    .default(UNKNOWN as never)
    .describe(`${meta.label} – ${meta.help} („unknown“ = weiß nicht)`);
  return {
    kind: "choice" as const,
    schema,
    values: all,
    labels: { ...labels, [UNKNOWN]: UNKNOWN_LABEL_DE } as Labels<readonly [...T, "unknown"]>,
    meta: { countsForConfidence: true, ...meta },
  };
}

function num(opts: { int?: boolean; min?: number; max?: number; unit: string }, meta: MetaBase) {
  let base = opts.int ? z.number().int() : z.number();
  base = base.min(opts.min ?? 0);
  if (opts.max !== undefined) base = base.max(opts.max);
  const schema = base
    .nullable()
    .default(null)
    .describe(`${meta.label} (${opts.unit}) – ${meta.help} (null = unbekannt)`);
  return { kind: "number" as const, schema, unit: opts.unit, min: opts.min ?? 0, max: opts.max, int: opts.int ?? false, meta: { countsForConfidence: true, ...meta } };
}

function text<S extends z.ZodType>(schema: S, meta: MetaBase) {
  return { kind: "text" as const, schema: schema.describe(`${meta.label} – ${meta.help}`) as S, meta: { countsForConfidence: false, ...meta } };
}

const YES_NO = ["yes", "no"] as const;
const yesNo = (yes: string, no: string) => ({ yes, no });

/** The field definitions, grouped by wizard step. The order here is the order of the questions. */
export const FIELDS = {
  town: {
    ags: text(
      safeText().regex(/^\d{8}$/, "Der Amtliche Gemeindeschlüssel hat 8 Ziffern.").nullable().default(null),
      { label: "Amtlicher Gemeindeschlüssel (AGS)", help: "Identifiziert die Gemeinde eindeutig; Namen sind nicht eindeutig.", citations: [C.destatis], fromDatabase: true },
    ),
    name: text(safeText().trim().min(1, "Bitte den Namen der Kommune angeben."), {
      label: "Name der Kommune",
      help: "Zur Anzeige im Ergebnis; die Regeln verwenden den Namen nicht.",
      citations: [C.destatis],
      fromDatabase: true,
    }),
    population: num({ int: true, unit: "Einwohner" }, {
      label: "Einwohnerzahl",
      help: "Kleine Gemeinden haben meist weniger Personal, Geld und Fachwissen als ein Kreis.",
      citations: [C.destatis, C.portCountyLevel],
      fromDatabase: true,
    }),
    areaKm2: num({ unit: "km²" }, { label: "Fläche", help: "Mit der Fläche wachsen die Wege zur nächsten Praxis.", citations: [C.destatis], fromDatabase: true }),
    county: text(safeText().trim().min(1).nullable().default(null), {
      label: "Kreis",
      help: "Der Kreis ist oft der wichtigste Partner, weil er Personal und Überblick hat.",
      citations: [C.destatis, C.portFazitCounty],
      fromDatabase: true,
    }),
    land: text(safeText().trim().min(1).nullable().default(null), {
      label: "Bundesland",
      help: "Förderprogramme und Gemeindeordnung unterscheiden sich je Land.",
      citations: [C.destatis, C.ruleMunicipalCode],
      fromDatabase: true,
    }),
    share65Plus: num({ min: 0, max: 100, unit: "%" }, {
      label: "Anteil der Einwohner ab 65 Jahren",
      help: "Eine ältere Bevölkerung braucht mehr und vernetztere Versorgung (Pflege, Fallmanagement).",
      citations: [C.wsProblem],
    }),
    publicTransport: choice(["good", "fair", "poor"], { good: "Gut (regelmäßige Verbindungen)", fair: "Mittel", poor: "Schlecht oder kaum vorhanden" }, {
      label: "Qualität des öffentlichen Nahverkehrs",
      help: "Räumliche Bündelung der Versorgung an einem Ort hilft besonders, wo der ÖPNV schwach ist.",
      citations: [C.wsProximity],
    }),
    distanceToNextGpKm: num({ unit: "km" }, {
      label: "Entfernung zur nächsten Hausarztpraxis außerhalb des Ortes",
      help: "Je weiter der Weg, desto wichtiger ist eine Versorgung im Ort selbst.",
      citations: [C.wsProximity],
    }),
    distanceToHospitalKm: num({ unit: "km" }, {
      label: "Entfernung zum nächsten Krankenhaus",
      help: "Zeigt, wie viel Versorgung vor Ort aufgefangen werden muss.",
      citations: [C.wsRegional],
    }),
    livingConditions: choice(["good", "fair", "poor"], { good: "Attraktiv (Kita, Schule, Freizeit, Wohnen)", fair: "Teilweise attraktiv", poor: "Wenig attraktiv" }, {
      label: "Lebensqualität für zuziehende Ärztinnen und Ärzte",
      help: "Infrastruktur, Freizeit und Bildung beeinflussen die Standortwahl oft so stark wie Praxisförderung.",
      citations: [C.wsAttractive],
    }),
  },
  supply: {
    practices: num({ int: true, unit: "Praxen" }, { label: "Hausarztpraxen im Ort", help: "Ausgangslage der Versorgung.", citations: [C.wsProblem] }),
    gpCount: num({ unit: "Ärztinnen und Ärzte (angerechnet)" }, {
      label: "Hausärztinnen und Hausärzte (nach Anrechnungsfaktor)",
      help: "Volle Zulassung 1,0, halbe 0,5; Angestellte nach Wochenstunden.",
      citations: [C.ruleBedarfsplanung],
    }),
    gpsAged60Plus: num({ int: true, unit: "Personen" }, {
      label: "Davon 60 Jahre oder älter",
      help: "Zeigt, wie viele Praxisabgaben in den nächsten Jahren anstehen (bundesweit rund 41 %).",
      citations: [C.ruleGpStats],
    }),
    plannedExitsWithin5Years: num({ int: true, unit: "Personen" }, {
      label: "Geplante Praxisabgaben in den nächsten 5 Jahren",
      help: "Bis eine Hausärztin oder ein Hausarzt Studium und Weiterbildung abgeschlossen hat, vergehen rund elf Jahre; kurzfristige Abgaben brauchen kurzfristige Maßnahmen.",
      citations: [C.hsTraining],
    }),
    vacantSeats: num({ unit: "Sitze" }, { label: "Offene Hausarztsitze im Planungsbereich", help: "Freie Sitze zeigen Niederlassungsmöglichkeiten.", citations: [C.ruleBedarfsplanung] }),
    versorgungsgrad: num({ max: 300, unit: "%" }, {
      label: "Versorgungsgrad des Mittelbereichs (falls bekannt)",
      help: "Unter 75 % liegt hausärztliche Unterversorgung vor, über 110 % ist der Bereich gesperrt.",
      citations: [C.ruleBedarfsplanung],
    }),
  },
  urgency: {
    practicesClosingWithoutSuccessor: choice(["none", "one", "several"], { none: "Keine", one: "Eine Praxis", several: "Mehrere Praxen" }, {
      label: "Praxen, die ohne Nachfolge schließen werden",
      help: "Fehlende Nachfolge war an allen untersuchten Standorten der Auslöser für kommunales Handeln.",
      citations: [C.portAnalysisWhy],
    }),
    acuteCrisis: choice(YES_NO, yesNo("Ja, akute Versorgungskrise", "Nein"), {
      label: "Akute Krise (Versorgung bricht absehbar weg)",
      help: "Eine akute Lage öffnet oft ein Fenster für sonst kaum durchsetzbare Entscheidungen.",
      citations: [C.wsCrisisWindow],
    }),
  },
  resources: {
    investmentCapacity: choice(["high", "medium", "low", "none"], {
      high: "Hoch (Millionenbetrag möglich)",
      medium: "Mittel (z. B. Grundstück, Mietgarantie)",
      low: "Gering",
      none: "Keine",
    }, {
      label: "Investitionsfähigkeit der Kommune",
      help: "Gesundheitsinfrastruktur kostet erheblich (Umbau rund 3,2 Mio. €, MVZ rund 2,6 Mio. €); Steuerung braucht Geld.",
      citations: [C.wsCosts, C.portFazitResources],
    }),
    budgetConsolidation: choice(YES_NO, yesNo("Ja, Haushaltssicherung", "Nein"), {
      label: "Steht der Haushalt unter Konsolidierung (Haushaltssicherung)?",
      help: "Versorgung ist eine freiwillige Aufgabe; finanzielle Risiken sieht das Kommunalrecht kritisch.",
      citations: [C.portFazitVoluntary, C.portFinancialRisk, C.ruleMunicipalCode],
    }),
    coordinationStaffTime: choice(["dedicated", "on-the-side", "none"], {
      dedicated: "Feste Stelle oder feste Zeitanteile (auch extern beauftragt)",
      "on-the-side": "Nur nebenbei",
      none: "Keine",
    }, {
      label: "Personal mit Zeit für Koordination und Netzwerkarbeit",
      help: "Netzwerkarbeit kann nicht „nebenbei“ geleistet werden; eine Kümmerer-Person gilt als bester Hebel.",
      citations: [C.portNetworkPerson, C.kkNetworker],
    }),
    expertise: choice(["in-house", "bought", "none"], {
      "in-house": "Im Haus oder beim Kreis vorhanden",
      bought: "Eingekauft (Beratung)",
      none: "Nicht vorhanden",
    }, {
      label: "Fachwissen über das Gesundheitssystem",
      help: "Fachexpertise war an allen untersuchten Standorten vorhanden – eigene oder eingekaufte.",
      citations: [C.portFazitExpertise, C.portExpertise],
    }),
    extraFunding: choice(["secured", "temporary", "none"], {
      secured: "Dauerhaft gesichert (Haushalt, Verträge)",
      temporary: "Befristet (Fördermittel)",
      none: "Keine",
    }, {
      label: "Geld für Leistungen außerhalb der GKV (Koordination, Prävention)",
      help: "Integrierte Leistungen zahlt die GKV meist nicht; Fördermittel sind befristet und fließen selten.",
      citations: [C.portNotGkv, C.wsGrants],
    }),
  },
  politics: {
    councilSupport: choice(["unanimous", "majority", "split", "none"], {
      unanimous: "Einstimmig / fraktionsübergreifend",
      majority: "Mehrheit",
      split: "Gespalten",
      none: "Keine Mehrheit",
    }, {
      label: "Rückhalt im Rat (Gemeinderat bzw. Kreistag)",
      help: "Mehr als informelle Unterstützung braucht einen Ratsbeschluss; einstimmige Beschlüsse tragen über Wahlperioden.",
      citations: [C.portFazitPolitics, C.wsConsensus],
    }),
    mayorCommitment: choice(["strong", "moderate", "low"], { strong: "Stark (treibt das Thema)", moderate: "Unterstützend", low: "Gering" }, {
      label: "Engagement der Bürgermeisterin / des Bürgermeisters",
      help: "Die Verwaltungsspitze öffnet Türen und organisiert Mehrheiten.",
      citations: [C.wsMunicipalTask, C.portFazitNetwork],
    }),
    healthAsMunicipalTask: choice(YES_NO, yesNo("Ja, als kommunale Aufgabe verankert", "Nein"), {
      label: "Ist Gesundheitsversorgung als kommunale Aufgabe verankert (Ansprechperson, Beschluss)?",
      help: "Verlässliche Ansprechpersonen in der Verwaltung schaffen Vertrauen und halten Prozesse in Bewegung.",
      citations: [C.wsMunicipalTask],
    }),
    citizenParticipation: choice(["planned", "not-planned"], { planned: "Ja, geplant oder erfolgt", "not-planned": "Nein" }, {
      label: "Beteiligung der Bürgerinnen und Bürger an der Planung",
      help: "Bürgerbeteiligung richtet das Angebot an den Bedarfen vor Ort aus.",
      citations: [C.portFazitCitizens],
    }),
  },
  partners: {
    countyWilling: choice(["active", "willing", "no"], {
      active: "Kreis ist schon aktiv (Koordination, MVZ, Programm)",
      willing: "Kreis ist bereit mitzuwirken",
      no: "Kreis wirkt nicht mit",
    }, {
      label: "Ist der Kreis bereit, sich zu engagieren?",
      help: "Kreise haben Personal, Fachwissen und Überblick, die Gemeinden meist fehlen.",
      citations: [C.portFazitCounty, C.portCountyLevel],
    }),
    hospitalOperator: choice(YES_NO, yesNo("Ja, ein Krankenhausträger ist Partner", "Nein"), {
      label: "Steht ein Krankenhausträger als Partner bereit?",
      help: "Ein kommunales MVZ braucht meist den Kreis oder einen Krankenhausträger als Partner.",
      citations: [C.portMvzPartnerNeeded],
    }),
    investor: choice(YES_NO, yesNo("Ja, ein Investor baut oder finanziert", "Nein"), {
      label: "Gibt es einen Investor für ein Gebäude?",
      help: "Ein Investor kann bauen, wenn die Kommune nicht selbst investiert.",
      citations: [C.portInvestor, C.portRoles],
    }),
    kvRelationship: choice(["cooperative", "neutral", "difficult"], { cooperative: "Kooperativ, früh eingebunden", neutral: "Neutral", difficult: "Schwierig" }, {
      label: "Verhältnis zur Kassenärztlichen Vereinigung",
      help: "Die KV hat den Sicherstellungsauftrag; sie früh einzubinden schafft Transparenz über Spielräume.",
      citations: [C.wsKv, C.portFazitParticipation, C.ruleEigeneinrichtung],
    }),
    publicHealthOffice: choice(["engaged", "limited"], { engaged: "Eingebunden, mit Kapazität", limited: "Kaum Kapazität" }, {
      label: "Kapazität des Gesundheitsamts für Gesundheitsförderung und Prävention",
      help: "Gesundheitsämter sind oft knapp besetzt; eine kommunale Präventionsstruktur erleichtert Kooperationen.",
      citations: [C.portPublicHealthOffice, C.portFazitGfp],
    }),
  },
  localDoctors: {
    cooperate: choice(["yes", "partly", "no"], { yes: "Ja", partly: "Teilweise", no: "Nein" }, {
      label: "Sind die Ärztinnen und Ärzte vor Ort zur Zusammenarbeit bereit?",
      help: "Außerhalb eigener Einrichtungen bleibt jede Zusammenarbeit freiwillig.",
      citations: [C.portGovernanceNetwork, C.portParticipation],
    }),
    fearCompetition: choice(YES_NO, yesNo("Ja, Sorge vor Konkurrenz", "Nein"), {
      label: "Befürchten ansässige Ärztinnen und Ärzte Konkurrenz?",
      help: "Frühe Einbindung nimmt die Angst vor Konkurrenz und gewinnt Partner.",
      citations: [C.portParticipation],
    }),
    wantEmployment: choice(["most", "some", "none"], { most: "Die meisten", some: "Einige", none: "Niemand" }, {
      label: "Wollen Ärztinnen und Ärzte lieber angestellt arbeiten?",
      help: "Ein MVZ passt zu Ärztinnen und Ärzten, die angestellt arbeiten wollen, und entlastet von Verwaltung.",
      citations: [C.portEmployment, C.portMvzLessAdmin],
    }),
    wantSelfEmployment: choice(["most", "some", "none"], { most: "Die meisten", some: "Einige", none: "Niemand" }, {
      label: "Wollen Ärztinnen und Ärzte selbstständig bleiben?",
      help: "Selbstständige koordinieren unbezahlt nebenbei; das begrenzt Teamarbeit, passt aber zu Netzwerk und Mietmodell.",
      citations: [C.portSelfEmployed],
    }),
    consentToMunicipalMvz: choice(YES_NO, yesNo("Ja, sie stimmen zu", "Nein, sie lehnen es ab"), {
      label: "Stimmen die Ärztinnen und Ärzte vor Ort einem kommunalen MVZ zu?",
      help: "Ein Kreis gründet ein MVZ dort nicht, wo die ansässigen Ärztinnen und Ärzte dagegen sind.",
      citations: [C.portDoctorsConsent],
    }),
    interprofessionalConflicts: choice(YES_NO, yesNo("Ja, es gibt Konflikte", "Nein"), {
      label: "Gibt es Konflikte zwischen Ärzteschaft und anderen Gesundheitsberufen?",
      help: "Zusammenarbeit auf Augenhöhe ist kein Selbstläufer und braucht Moderation.",
      citations: [C.portConflicts],
    }),
  },
  assets: {
    building: choice(["owned", "securable", "provider", "none"], {
      owned: "Kommune besitzt ein geeignetes Gebäude oder Grundstück",
      securable: "Kommune kann eines erwerben, erschließen oder anmieten",
      provider: "Geeignete Räume gehören Leistungserbringern",
      none: "Nichts Geeignetes verfügbar",
    }, {
      label: "Geeignetes Gebäude oder Grundstück",
      help: "Nur wer das Gebäude besitzt, entscheidet, wer einzieht.",
      citations: [C.portOwnerChooses, C.portBuilding],
    }),
    buildingCentral: choice(YES_NO, yesNo("Ja, ausreichend groß und zentral", "Nein"), {
      label: "Liegt das Gebäude zentral und ist es groß genug?",
      help: "Ein ausreichend großes Gebäude in zentraler Lage ist Grundvoraussetzung eines PORT-Zentrums.",
      citations: [C.portBuilding],
    }),
    existingNetwork: choice(["association", "informal", "none"], {
      association: "Ja, als Verein (e. V.)",
      informal: "Ja, informelle Zusammenarbeit",
      none: "Nein",
    }, {
      label: "Bestehendes Netzwerk oder bestehende Zusammenarbeit der Leistungserbringer",
      help: "Wo schon zusammengearbeitet wird, muss die Kooperation nicht neu aufgebaut werden.",
      citations: [C.portExistingCooperation, C.wsLocalArrangements],
    }),
  },
  goals: {
    controlVsRisk: choice(["control", "balanced", "low-risk"], {
      control: "Steuerung ist wichtiger",
      balanced: "Ausgewogen",
      "low-risk": "Geringes Risiko ist wichtiger",
    }, {
      label: "Was ist wichtiger: Steuerung oder geringes Risiko?",
      help: "Steuerung wächst mit Eigentum und Geld (MVZ > eigenes Gebäude > Netzwerk) – und mit ihr das Risiko.",
      citations: [C.portFazitResources, C.portFinancialRisk],
    }),
    timeToEffect: choice(["short", "medium", "long"], { short: "Kurzfristig (1–2 Jahre)", medium: "Mittelfristig (3–5 Jahre)", long: "Langfristig" }, {
      label: "Wann soll die Maßnahme wirken?",
      help: "Nachwuchsprogramme wirken erst nach rund elf Jahren; anstehende Abgaben brauchen kurzfristige Schritte.",
      citations: [C.hsTraining],
    }),
    multiProfessionalAmbition: choice(["high", "medium", "low"], { high: "Hoch", medium: "Mittel", low: "Gering" }, {
      label: "Anspruch an multiprofessionelle Teamversorgung",
      help: "Teamarbeit über Berufsgrenzen gelingt im MVZ in der Arbeitszeit; unter Selbstständigen nur nebenbei.",
      citations: [C.portSelfEmployed],
    }),
    caseManagement: choice(YES_NO, yesNo("Ja", "Nein"), {
      label: "Soll es Fallmanagement (Case Management) geben?",
      help: "Fallmanagement wird an allen PORT-Standorten praktiziert.",
      citations: [C.portGfpDefinition],
    }),
    prevention: choice(["high", "medium", "low"], { high: "Hoch", medium: "Mittel", low: "Gering" }, {
      label: "Anspruch an Gesundheitsförderung und Prävention",
      help: "Prävention braucht Fachpersonal, Räume und Geld, das die GKV nicht zahlt.",
      citations: [C.portFazitGfp],
    }),
    widerServices: choice(YES_NO, yesNo("Ja, mehrere Fachrichtungen und Dienste an einem Ort", "Nein"), {
      label: "Sollen mehrere Fachrichtungen und Gesundheitsdienste an einem Ort gebündelt werden?",
      help: "Bündelung an einem Ort erleichtert Abstimmung und verbessert die Erreichbarkeit.",
      citations: [C.wsProximity],
    }),
  },
} as const;

type FieldDefs = typeof FIELDS;
type GroupShape<G> = { -readonly [K in keyof G]: G[K] extends { schema: infer S extends z.ZodType } ? S : never };

function groupSchema<G extends Record<string, { schema: z.ZodType }>>(group: G) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, def] of Object.entries(group)) shape[key] = def.schema;
  return z.object(shape) as unknown as z.ZodObject<GroupShape<G>, z.core.$strip>;
}

export const AssessmentInputSchema = z
  .object({
    town: groupSchema(FIELDS.town).describe("Kommune: Daten aus dem Gemeindeverzeichnis und Ergänzungen"),
    supply: groupSchema(FIELDS.supply).prefault({}).describe("Aktuelle hausärztliche Versorgung"),
    urgency: groupSchema(FIELDS.urgency).prefault({}).describe("Dringlichkeit"),
    resources: groupSchema(FIELDS.resources).prefault({}).describe("Ressourcen der Kommune"),
    politics: groupSchema(FIELDS.politics).prefault({}).describe("Politische Unterstützung und Beteiligung"),
    partners: groupSchema(FIELDS.partners).prefault({}).describe("Partner: Kreis, Krankenhausträger, Investor, KV, Gesundheitsamt"),
    localDoctors: groupSchema(FIELDS.localDoctors).prefault({}).describe("Haltung der Ärzteschaft vor Ort"),
    assets: groupSchema(FIELDS.assets).prefault({}).describe("Gebäude, Grundstücke, bestehende Netzwerke"),
    goals: groupSchema(FIELDS.goals).prefault({}).describe("Ziele der Kommune"),
  })
  .describe("Selbstcheck einer Kommune zur Sicherung der hausärztlichen Versorgung (Versorgungslotse)");

export type AssessmentInput = z.output<typeof AssessmentInputSchema>;
/** What a client may send: every field except `town.name` may be omitted (= unknown). */
export type AssessmentInputRaw = z.input<typeof AssessmentInputSchema>;

export type AssessmentGroup = keyof FieldDefs;
export type AssessmentFieldPath = {
  [G in AssessmentGroup]: `${G & string}.${keyof FieldDefs[G] & string}`;
}[AssessmentGroup];

export interface AnswerOption {
  value: string;
  label: string;
}

export interface AssessmentQuestion {
  /** "group.field", e.g. "politics.councilSupport". */
  id: AssessmentFieldPath;
  group: AssessmentGroup;
  field: string;
  step: AssessmentStepId;
  stepTitle: string;
  kind: "choice" | "number" | "text";
  label: string;
  help: string;
  citations: readonly Citation[];
  /** Choice questions: all options incl. "unknown" (ordered; ordinal questions from best to worst or vice versa). */
  options?: readonly AnswerOption[];
  unit?: string;
  min?: number;
  max?: number;
  integer?: boolean;
  fromDatabase: boolean;
  countsForConfidence: boolean;
  required: boolean;
}

function buildQuestions(): AssessmentQuestion[] {
  const out: AssessmentQuestion[] = [];
  for (const step of ASSESSMENT_STEPS) {
    const group = FIELDS[step.id] as Record<string, ReturnType<typeof choice> | ReturnType<typeof num> | ReturnType<typeof text>>;
    for (const [field, def] of Object.entries(group)) {
      const q: AssessmentQuestion = {
        id: `${step.id}.${field}` as AssessmentFieldPath,
        group: step.id,
        field,
        step: step.id,
        stepTitle: step.title,
        kind: def.kind,
        label: def.meta.label,
        help: def.meta.help,
        citations: def.meta.citations,
        fromDatabase: def.meta.fromDatabase ?? false,
        countsForConfidence: def.meta.countsForConfidence ?? true,
        required: step.id === "town" && field === "name",
      };
      if (def.kind === "choice") {
        const labels = def.labels as Record<string, string>;
        q.options = (def.values as readonly string[]).map((value: string) => ({ value, label: labels[value] ?? value }));
      } else if (def.kind === "number") {
        q.unit = def.unit;
        q.min = def.min;
        if (def.max !== undefined) q.max = def.max;
        q.integer = def.int;
      }
      out.push(q);
    }
  }
  return out;
}

/** The question catalogue the wizard renders, in order. */
export const ASSESSMENT_QUESTIONS: readonly AssessmentQuestion[] = buildQuestions();
export const ASSESSMENT_FIELD_PATHS: readonly AssessmentFieldPath[] = ASSESSMENT_QUESTIONS.map((q) => q.id);
export const QUESTION_BY_ID: ReadonlyMap<string, AssessmentQuestion> = new Map(ASSESSMENT_QUESTIONS.map((q) => [q.id, q]));

/** Reads one answer by path ("group.field"); `null`/`"unknown"` both mean unknown. */
export function getAnswer(input: AssessmentInput, path: string): string | number | null {
  const dot = path.indexOf(".");
  const group = (input as unknown as Record<string, Record<string, unknown>>)[path.slice(0, dot)];
  const v = group?.[path.slice(dot + 1)];
  return v === undefined ? null : (v as string | number | null);
}

export function isUnknownAnswer(v: unknown): boolean {
  return v === null || v === undefined || v === UNKNOWN;
}

/** An input with every answer unknown (only the name set). */
export function emptyAssessment(name: string): AssessmentInput {
  return AssessmentInputSchema.parse({ town: { name } });
}
