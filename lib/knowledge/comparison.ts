import { z } from "zod";
import { CitationsSchema, type Citation } from "./citation";
import { ModelIdSchema, type ModelId } from "./ids";

/**
 * The side-by-side comparison a mayor takes to the council: network, municipal MVZ and health centre,
 * with PORT as an option on top of a carrier. Every cell is German text with its citations. Where the
 * sources say nothing, the cell says so instead of guessing.
 */

const S = {
  ergebnisse: "kleinstadt-akademie-doerentrup-2025-ergebnisse.txt",
  port: "port-studie-rolle-der-kommunen.txt",
  kommkom: "kommkom-muensterland-loesungsansaetze.txt",
  heinsberg: "kreis-heinsberg-anfrage-aerztebetreuung-2026.txt",
} as const;

const src = (source: (typeof S)[keyof typeof S], section: string, quote?: string): Citation =>
  quote ? { kind: "source", source, section, quote } : { kind: "source", source, section };
const rule = (r: string, note?: string): Citation => (note ? { kind: "rule", rule: r, note } : { kind: "rule", rule: r });

// Frequently cited passages.
const P_ANALYSE_III = "3.3 Analyse, Fragestellung III";
const P_ANALYSE_II = "3.3 Analyse, Fragestellung II – Governance";
const P_DORNHAN = "3.2.3 Stadt Dornhan (Landkreis Rottweil): Gesundheitszentrum Dornhan";
const P_BUESUM = "3.2.1 Büsum (Landkreis Dithmarschen): Multiprofessionelles Gesundheitszentrum";
const P_DADI = "3.2.2 Landkreis Darmstadt-Dieburg: Primärversorgungszentrum Ober-Ramstadt";
const P_HOHENSTEIN = "3.2.4 Hohenstein (Landkreis Reutlingen): Gesundheitszentrum Hohenstein";
const P_WILLINGEN = "3.2.5 Gemeinden Willingen und Diemelsee (Landkreis Waldeck-Frankenberg)";
const P_ROLE_21 = "2.1 Die Rolle der Kommunen in der medizinischen Versorgung";
const P_FAZIT = "5. Fazit";

export const ComparisonCellSchema = z.object({
  text_de: z.string().min(1),
  citations: CitationsSchema,
});
export type ComparisonCell = z.infer<typeof ComparisonCellSchema>;

export const COMPARISON_ROW_IDS = [
  "town-brings",
  "control",
  "financial-risk",
  "time-to-effect",
  "legal-steps",
  "doctors-get",
  "source-towns",
] as const;
export type ComparisonRowId = (typeof COMPARISON_ROW_IDS)[number];

export const ComparisonRowSchema = z.object({
  id: z.enum(COMPARISON_ROW_IDS),
  label_de: z.string().min(1),
  cells: z.object({
    "provider-network": ComparisonCellSchema,
    "municipal-mvz": ComparisonCellSchema,
    "health-centre": ComparisonCellSchema,
    port: ComparisonCellSchema,
  }),
});
export type ComparisonRow = z.infer<typeof ComparisonRowSchema>;

export const COMPARISON_ROWS: ComparisonRow[] = [
  {
    id: "town-brings",
    label_de: "Was die Kommune mitbringen muss",
    cells: {
      "provider-network": {
        text_de:
          "Wenig Geld: Räume, Einladungsmanagement, Webauftritt (Dörentrup); eine Person mit Zeit für Netzwerkarbeit, nicht „nebenbei“. Eine bestehende Kooperation erleichtert den Start (Willingen: Hausarztpraxis und Pflegehotel).",
        citations: [
          src(S.ergebnisse, "Dörentrup: „Gesundes Dörentrup“", "Die Kommune unterstützt mit Raumangeboten, Einladungsmanagement und Webauftritt."),
          src(S.port, P_ANALYSE_III, "Netzwerkarbeit kann, soll sie erfolgreich verlaufen, nicht „nebenbei“ geleistet werden."),
          src(S.port, P_WILLINGEN, "Zwischen beiden bestand bereits eine gute Zusammenarbeit."),
        ],
      },
      "municipal-mvz": {
        text_de:
          "Viel: Fachexpertise (eigene oder eingekauft), Geld, einen Rats- oder Kreistagsbeschluss und meist einen Partner (Kreis oder Krankenhausträger). Marienmünster trägt rund 2,6 Mio. €. Für eine kleine Stadt allein ist das kaum zu leisten (Dornhan).",
        citations: [
          src(S.ergebnisse, "Finanzielle Aufwände realistisch einschätzen", "in Marienburg trägt die Kommune rund 2,6 Mio. € für die Entwicklung des kommunalen MVZ"),
          src(S.port, P_ANALYSE_III, "braucht es einen Gemeinde- bzw. Kreistagsbeschluss"),
          src(S.port, P_DORNHAN, "Hierfür wäre eine Zusammenarbeit mit dem Kreis oder einem Krankenhausträger notwendig."),
        ],
      },
      "health-centre": {
        text_de:
          "Ein geeignetes Gebäude oder Grundstück in zentraler Lage und Geld für Kauf, Umbau oder Mietgarantien (Schneeberg: rund 3,2 Mio. € Umbau; Dornhan: Grundstück, Abriss, Mietgarantie; Hohenstein: Grundstücke, Mietzuschüsse), dazu Investoren oder eigene Bauherrschaft.",
        citations: [
          src(S.ergebnisse, "Finanzielle Aufwände realistisch einschätzen", "Die Stadt Schneeberg investierte rund 3,2 Mio. € in den Umbau des ehemaligen Krankenhauses"),
          src(S.port, "3.3 Analyse, Fragestellung II – Eigentümer & Unterstützung Immobilie", "Ein ausreichend großes Gebäude in zentraler Lage ist eine Grundvoraussetzung für ein PORT-Zentrum"),
          src(S.port, P_DORNHAN, "die Stadt Dornhan übernahm für das Erdgeschoss, in dem die Arztpraxis untergebracht ist, eine Mietgarantie"),
        ],
      },
      port: {
        text_de:
          "Zusätzlich zum Träger: ein ausreichend großes Gebäude in zentraler Lage, qualifiziertes Personal, Räume und Geld für Gesundheitsförderung und Prävention, die die GKV meist nicht bezahlt, und eine:n Kümmerer:in im Team.",
        citations: [
          src(S.port, "3.3 Analyse, Fragestellung II – Eigentümer & Unterstützung Immobilie", "Ein ausreichend großes Gebäude in zentraler Lage ist eine Grundvoraussetzung für ein PORT-Zentrum"),
          src(S.port, P_ANALYSE_III, "werden viele Leistungen meist nicht über den Leistungskatalog der GKV vergütet"),
        ],
      },
    },
  },
  {
    id: "control",
    label_de: "Steuerung der Versorgung",
    cells: {
      "provider-network": {
        text_de:
          "Gering: Entscheidungen werden ausgehandelt und brauchen eine Mehrheit im Vorstand bzw. Verein, praktisch Konsens. Ohne eigenes Geld bleibt die Steuerungsmacht der Kommune begrenzt.",
        citations: [
          src(S.port, P_ANALYSE_II, "sondern immer eine Mehrheit der Mitglieder des Vorstandes bzw. des Vereins erforderlich ist"),
          src(S.port, P_ANALYSE_III, "Ohne finanzielles Engagement ist die Steuerungsmacht der Kommunen jedoch begrenzt."),
        ],
      },
      "municipal-mvz": {
        text_de:
          "Hoch nach innen (Personal, Leistungsangebot, Abläufe) – wenn die Kommune auch die Geschäftsführung stellt (Darmstadt-Dieburg). Mit delegierter Geschäftsführung (Büsum: äg Nord) bestimmt sie das Tagesgeschäft nicht mehr. Nach außen bleibt sie auf freiwillige Zusammenarbeit angewiesen.",
        citations: [
          src(S.port, P_ANALYSE_II, "Die weitreichende Handlungsmacht der Kommunen bei kommunalen MVZ bezieht sich nur auf die Steuerung nach innen"),
          src(S.port, P_ANALYSE_II, "hat sie die Geschäftsführung an eine Ärztegenossenschaft übertragen und kann so das operative Geschäft nicht mehr direkt bestimmen"),
        ],
      },
      "health-centre": {
        text_de:
          "Mittel: Nur als Eigentümerin des Gebäudes entscheidet die Kommune, wer einzieht (Büsum, Schneeberg). Gehört das Gebäude einem Investor (Dornhan, Hohenstein), steuert sie über Vorstand oder Lenkungskreis mit – abhängig von der Kooperation der anderen.",
        citations: [
          src(S.port, P_ANALYSE_III, "Gehört der Kommune zum Beispiel das Gebäude des Gesundheitszentrums, kann sie entscheiden, wer (räumlich) Teil des Gesundheitszentrums wird."),
          src(S.port, P_ANALYSE_II, "Auch hier ist die Handlungsmacht der Kommunen abhängig von der Kooperationsbereitschaft der anderen beteiligten Akteure."),
        ],
      },
      port: {
        text_de: "PORT ist ein Versorgungskonzept, keine Rechtsform: Die Steuerung hängt vom gewählten Träger ab (MVZ, Verein/Netzwerk oder Zentrum von Gemeinde und Kreis).",
        citations: [src(S.port, P_ANALYSE_II, "Welche Steuerungsmacht den Kommunen zukommt, ist maßgeblich von den formalen Organisationsstrukturen des PORT-Zentrums abhängig.")],
      },
    },
  },
  {
    id: "financial-risk",
    label_de: "Finanzielles Risiko und wer es trägt",
    cells: {
      "provider-network": {
        text_de:
          "Gering für die Kommune. Die Last tragen die selbstständigen Leistungserbringer: Koordination und interprofessioneller Austausch werden nicht vergütet und laufen zusätzlich zur Arbeit.",
        citations: [src(S.port, P_ANALYSE_III, "Da interprofessioneller Austausch im bestehenden System nicht vergütet wird, ist dies von den selbstständigen Ärzt:innen und anderen Professionen zusätzlich zu ihrer Arbeit zu leisten.")],
      },
      "municipal-mvz": {
        text_de:
          "Hoch, bei der Kommune als Trägerin – kommunalrechtlich nicht unproblematisch. Bei einer GmbH kommt die selbstschuldnerische Bürgschaft hinzu. Leistungen außerhalb des GKV-Katalogs muss die Kommune selbst oder über Fördermittel bezahlen.",
        citations: [
          src(S.port, P_ANALYSE_III, "Mit der Trägerschaft der Einrichtung übernimmt die Kommune jedoch auch nicht unerhebliche finanzielle Risiken, was kommunalrechtlich nicht unproblematisch ist."),
          rule("§ 95 Abs. 1a SGB V", "GmbH als Träger eines MVZ nur mit selbstschuldnerischer Bürgschaft der Gesellschafter"),
        ],
      },
      "health-centre": {
        text_de:
          "Mittel bis hoch, je nach Eigentum: Kauf und Umbau (Schneeberg rund 3,2 Mio. €) oder Mietgarantien und Mietzuschüsse (Dornhan, Hohenstein). Nach Ende einer Förderung ist die Weiterfinanzierung offen (Dornhan).",
        citations: [
          src(S.ergebnisse, "Finanzielle Aufwände realistisch einschätzen", "Die Stadt Schneeberg investierte rund 3,2 Mio. € in den Umbau des ehemaligen Krankenhauses"),
          src(S.port, P_DORNHAN, "Sorge besteht in der Kommune über die Weiterfinanzierung nach Auslaufen der PORT-Förderung"),
        ],
      },
      port: {
        text_de:
          "Zusätzliche laufende Kosten (Koordination, Case Management, Prävention), die die GKV meist nicht bezahlt; Fördermittel helfen, fließen aber eher selten und ersetzen keine langfristige Finanzierung.",
        citations: [
          src(S.port, P_ANALYSE_III, "werden viele Leistungen meist nicht über den Leistungskatalog der GKV vergütet"),
          src(S.ergebnisse, "Finanzielle Aufwände realistisch einschätzen", "Fördermittel helfen, fließen aber – so die Erfahrungen – eher selten."),
        ],
      },
    },
  },
  {
    id: "time-to-effect",
    label_de: "Zeit, bis Patientinnen und Patienten etwas merken",
    cells: {
      "provider-network": {
        text_de:
          "Die Quellen nennen keine Dauer. Ein Netzwerk kann auf bestehender Zusammenarbeit aufbauen; neue Ärztinnen und Ärzte bringt es nicht von selbst – Nachwuchs braucht rund elf Jahre Ausbildung.",
        citations: [
          src(S.port, P_WILLINGEN, "Zwischen beiden bestand bereits eine gute Zusammenarbeit."),
          src(S.heinsberg, "5. Welche Einschätzung hat die Verwaltung zur bisherigen Wirksamkeit der Stelle", "rund elf Jahre Zeit in Anspruch nehmen"),
        ],
      },
      "municipal-mvz": {
        text_de:
          "Die Quellen nennen keine Dauer. Wirkung entsteht, wenn vorhandene Ärztinnen und Ärzte ins MVZ wechseln (Büsum: vier von fünf gaben ihre Zulassung für eine Anstellung auf) oder Arztsitze übernommen werden (Darmstadt-Dieburg 2014).",
        citations: [
          src(S.port, P_BUESUM, "Vier der fünf Büsumer Hausärzt:innen verzichteten zugunsten einer Anstellung in der kommunalen Eigeneinrichtung auf Ihre Zulassung."),
          src(S.port, P_DADI, "hat der Landkreis im Jahr 2014 sein erstes MVZ durch den Aufkauf von Arztsitzen gegründet"),
        ],
      },
      "health-centre": {
        text_de:
          "Die Quellen nennen keine Dauer. Kauf, Umbau oder Neubau gehen voraus; Schneeberg baut das Angebot „Stück für Stück“ mit den künftigen Ärztinnen und Ärzten auf.",
        citations: [src(S.ergebnisse, "Schneeberg: Gesundheitszentrum", "Stück für Stück wird direkt mit den zukünftigen Ärzten und Ärztinnen ein breites, auch fachärztliches Angebot aufgebaut")],
      },
      port: {
        text_de: "Die Quellen nennen keine Dauer; alle untersuchten Kommunen waren schon vor der PORT-Förderung in der ambulanten Versorgung aktiv.",
        citations: [src(S.port, "3.3 Analyse, Fragestellung II – Initiierung", "In allen fünf untersuchten Fallstudien waren die Kommunen bereits vor dem PORT-Vorhaben in der ambulanten Versorgung aktiv.")],
      },
    },
  },
  {
    id: "legal-steps",
    label_de: "Rechtliche Schritte",
    cells: {
      "provider-network": {
        text_de:
          "Keine besonderen: informeller Zusammenschluss oder eingetragener Verein; die Kommune kann im Vorstand sitzen (Willingen-Diemelsee: beide Bürgermeister und der Landrat). Die KV früh einbinden.",
        citations: [
          src(S.port, P_WILLINGEN, "Vorsitzender des Vereins ist der Bürgermeister der Gemeinde Diemelsee"),
          src(S.port, P_ANALYSE_III, "Auch ist es hilfreich, die Kassenärztlichen Vereinigungen frühzeitig und umfassend einzubinden."),
        ],
      },
      "municipal-mvz": {
        text_de:
          "Rechtsform nach § 95 Abs. 1a SGB V wählen (GmbH nur mit selbstschuldnerischer Bürgschaft; öffentlich-rechtliche Formen wie Eigenbetrieb oder AöR und die eingetragene Genossenschaft ohne); Zulassung des MVZ über die KV-Gremien; Ratsbeschluss; Prüfung nach dem Gemeindewirtschaftsrecht des Landes (öffentlicher Zweck, angemessenes Verhältnis zur Leistungsfähigkeit, z. B. § 107 GO NRW). Eine Eigeneinrichtung nach § 105 Abs. 5 SGB V braucht zusätzlich die Zustimmung der KV.",
        citations: [
          rule("§ 95 Abs. 1a SGB V", "Kommunen als MVZ-Gründer; Rechtsformen und Sicherheitsleistung"),
          rule("§ 107 GO NRW", "Beispiel für die Zulässigkeit wirtschaftlicher Betätigung nach Gemeindeordnung; in anderen Ländern die entsprechende Vorschrift"),
          rule("§ 105 Abs. 5 SGB V", "Kommunale Eigeneinrichtung nur in begründeten Ausnahmefällen und mit Zustimmung der KV"),
          src(S.port, P_ROLE_21, "erlaubte, Medizinische Versorgungszentren (MVZ) einzurichten (§ 95 Abs. 1a SGB V)"),
        ],
      },
      "health-centre": {
        text_de:
          "Grundstücks- und Baurecht, Miet- und ggf. Garantieverträge; die Praxen bleiben selbstständig oder gehören zu einem MVZ (Hohenstein: MVZ der Kreiskliniken). Garantien und Zuschüsse sind freiwillige Leistungen und müssen kommunalrechtlich tragbar sein.",
        citations: [
          src(S.port, P_DORNHAN, "Die Leistungserbringer haben jeweils Mietverträge mit dem Eigentümer abgeschlossen"),
          src(S.port, P_FAZIT, "Aktivitäten im Bereich der Versorgung gehören zudem zu den freiwilligen Leistungen"),
        ],
      },
      port: {
        text_de: "Keine eigenen: Es gelten die Schritte des gewählten Trägers (MVZ, Verein oder Zentrum).",
        citations: [src(S.port, P_ANALYSE_II, "Von grundsätzlicher Bedeutung ist dabei die gewählte Organisationsform.")],
      },
    },
  },
  {
    id: "doctors-get",
    label_de: "Was Ärztinnen und Ärzte bekommen",
    cells: {
      "provider-network": {
        text_de: "Sie bleiben selbstständig; Zusammenarbeit und Koordination leisten sie unbezahlt zusätzlich zur Praxisarbeit.",
        citations: [src(S.port, P_ANALYSE_III, "zusätzlich zu ihrer Arbeit zu leisten")],
      },
      "municipal-mvz": {
        text_de: "Anstellung: weniger Verwaltung (Personal, Steuern), Zusammenarbeit in der bezahlten Arbeitszeit. Passt zu Ärztinnen und Ärzten, die angestellt arbeiten wollen.",
        citations: [
          src(S.port, P_DADI, "müssen die angestellten Ärzt:innen zudem viel weniger organisatorische Aufgaben erledigen als in einer selbstständigen Praxis"),
          src(S.port, P_ANALYSE_III, "Bessere Rahmenbedingungen für die interprofessionelle Zusammenarbeit bietet ein MVZ, denn hier kann die Zusammenarbeit im Rahmen der Arbeitszeit erfolgen."),
        ],
      },
      "health-centre": {
        text_de: "Meist Selbstständigkeit als Mieter unter einem Dach mit kurzen Wegen zu anderen Fachrichtungen; in Hohenstein ist die Hausärztin/der Hausarzt bei einem MVZ der Kreiskliniken angestellt.",
        citations: [
          src(S.ergebnisse, "Räumliche Nähe als qualitativen Versorgungsfaktor nutzen", "erleichtert Abstimmungen, stärkt die fachübergreifende Zusammenarbeit"),
          src(S.port, P_HOHENSTEIN),
        ],
      },
      port: {
        text_de: "Ein multiprofessionelles Team mit Case Management, das ärztliche Arbeit entlasten kann – wenn die Strukturen dafür erst aufgebaut sind.",
        citations: [src(S.port, P_ANALYSE_III, "Zwar kann eine verbesserte Zusammenarbeit und damit verbundene Aufgabenübertragung die ärztlichen Leistungserbringer entlasten")],
      },
    },
  },
  {
    id: "source-towns",
    label_de: "Welche Orte diesen Weg gegangen sind und wie es ausging",
    cells: {
      "provider-network": {
        text_de:
          "Dörentrup („Gesundes Dörentrup“): offenes Netzwerk von Ärzten und weiteren Anbietern statt des zuerst geplanten kommunalen MVZ. Willingen-Diemelsee: Verein seit 2017 mit hauptamtlicher Geschäftsführung. Ergebnisse in Arztzahlen nennen die Quellen nicht.",
        citations: [
          src(S.ergebnisse, "Dörentrup: „Gesundes Dörentrup“", "haben sich zu einem offenen Netzwerk zusammengeschlossen"),
          src(S.port, P_WILLINGEN),
        ],
      },
      "municipal-mvz": {
        text_de:
          "Marienmünster: Stadt-MVZ soll die hausärztliche Versorgung der ganzen Stadt übernehmen, alle Beschlüsse fraktionsübergreifend. Büsum: 2015 erste kommunale Eigeneinrichtung, heute Ärztezentrum Büsum gGmbH. Darmstadt-Dieburg: fünf Kreis-MVZ, nur mit Zustimmung der Ärzte vor Ort. Dornhan: Gespräche mit Kreis und Klinikträger über ein MVZ blieben ohne Ergebnis.",
        citations: [
          src(S.ergebnisse, "Politischen Konsens sichern", "In Marienmünster wurden alle Entscheidungen zum kommunalen MVZ fraktionsübergreifend getragen"),
          src(S.port, P_BUESUM, "Die Gemeinde Büsum ist alleiniger Gesellschafter der Ärztezentrum Büsum gGmbH."),
          src(S.port, P_DADI, "Inzwischen unterhält der Landkreis fünf haus- und fachärztliche MVZ."),
          src(S.port, P_DORNHAN, "diese hatten jedoch zu keinem produktiven Ergebnis geführt"),
        ],
      },
      "health-centre": {
        text_de:
          "Schneeberg: ehemaliges Krankenhaus wird Gesundheitszentrum nach Poliklinik-Vorbild, bis zu ambulanten Operationen. Dornhan: Investor baute, Stadt garantiert die Miete des Hausarztgeschosses; Finanzierung nach der Förderung war offen. Hohenstein: Gemeinde gab Grundstücke, ein örtliches Unternehmen baute.",
        citations: [
          src(S.ergebnisse, "Schneeberg: Gesundheitszentrum", "Ein ehemaliges Krankenhaus wird zum Gesundheitszentrum in der Art einer Poliklinik"),
          src(S.port, P_DORNHAN, "da die Finanzierung des Gesundheitszentrums nach Ablauf der PORT-Förderung zum Zeitpunkt des Interviews noch nicht sichergestellt war"),
          src(S.port, P_HOHENSTEIN, "Die Grundstücke wurden von der Gemeinde zur Verfügung gestellt."),
        ],
      },
      port: {
        text_de:
          "Fünf untersuchte Standorte (Büsum, Darmstadt-Dieburg/Ober-Ramstadt, Dornhan, Hohenstein, Willingen-Diemelsee) – eine Positivauswahl; die Studie warnt, dass sich die Ergebnisse nicht verallgemeinern lassen. Gesundheitsförderung und Prävention sind fast überall erst in Ansätzen umgesetzt.",
        citations: [
          src(S.port, "3.3 Analyse, Fragestellung II – Initiierung", "Die Studie verfolgte eine Positivauswahl"),
          src(S.port, P_FAZIT, "in nahezu allen untersuchten PORT-Projekten noch Verbesserungspotential"),
        ],
      },
    },
  },
];

/** Legal forms of a municipal MVZ (§ 95 Abs. 1a SGB V). */
export interface MvzLegalForm {
  id: "gmbh" | "eigenbetrieb" | "aoer" | "eg";
  label_de: string;
  guaranteeRequired: boolean;
  text_de: string;
  citations: Citation[];
}

export const MVZ_LEGAL_FORMS: MvzLegalForm[] = [
  {
    id: "gmbh",
    label_de: "GmbH (auch gGmbH)",
    guaranteeRequired: true,
    text_de: "Braucht eine selbstschuldnerische Bürgschaft der Kommune für Forderungen der KV und der Krankenkassen. Beispiel: Ärztezentrum Büsum gGmbH, Kreis-MVZ GmbH Darmstadt-Dieburg.",
    citations: [rule("§ 95 Abs. 1a SGB V", "Sicherheitsleistung/selbstschuldnerische Bürgschaft bei GmbH"), src(S.port, P_BUESUM, "Die Gemeinde Büsum ist alleiniger Gesellschafter der Ärztezentrum Büsum gGmbH.")],
  },
  {
    id: "eigenbetrieb",
    label_de: "Eigenbetrieb / Regiebetrieb",
    guaranteeRequired: false,
    text_de: "Öffentlich-rechtliche Form ohne Bürgschaftspflicht; die Kommune haftet unmittelbar.",
    citations: [rule("§ 95 Abs. 1a SGB V", "öffentlich-rechtliche Rechtsformen zugelassen")],
  },
  {
    id: "aoer",
    label_de: "Anstalt des öffentlichen Rechts (AöR, Kommunalunternehmen)",
    guaranteeRequired: false,
    text_de: "Öffentlich-rechtliche Form ohne Bürgschaftspflicht; Gewährträgerschaft nach Landesrecht.",
    citations: [rule("§ 95 Abs. 1a SGB V", "öffentlich-rechtliche Rechtsformen zugelassen")],
  },
  {
    id: "eg",
    label_de: "Eingetragene Genossenschaft (eG)",
    guaranteeRequired: false,
    text_de: "Zulässige Rechtsform ohne Bürgschaftspflicht nach § 95 Abs. 1a SGB V.",
    citations: [rule("§ 95 Abs. 1a SGB V", "eingetragene Genossenschaft als Rechtsform")],
  },
];

/** Risk checklist: answered yes / no / unknown; a "yes" changes the verdict text of the models it names. */
export const RISK_ANSWERS = ["yes", "no", "unknown"] as const;
export type RiskAnswer = (typeof RISK_ANSWERS)[number];

export const RISK_EFFECTS = ["caution", "serious"] as const;
export type RiskEffect = (typeof RISK_EFFECTS)[number];

export const RiskCheckItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  question_de: z.string().min(1),
  models: z.array(ModelIdSchema).min(1),
  /** How much a "yes" weighs for these models. */
  effectIfYes: z.enum(RISK_EFFECTS),
  /** Sentence added to the verdict when the answer is "yes". */
  verdictIfYes_de: z.string().min(1),
  citations: CitationsSchema,
});
export type RiskCheckItem = z.infer<typeof RiskCheckItemSchema>;

export const RISK_CHECKLIST: RiskCheckItem[] = [
  {
    id: "financing-after-grant",
    question_de: "Hängt die Finanzierung von einer Förderung ab, deren Ende absehbar ist, ohne dass klar ist, wer danach zahlt?",
    models: ["municipal-mvz", "health-centre", "port"],
    effectIfYes: "serious",
    verdictIfYes_de: "Die Anschlussfinanzierung nach der Förderung ist offen – wie in Dornhan. Vor dem Beschluss klären, wer ab dem ersten Jahr ohne Förderung zahlt.",
    citations: [src(S.port, P_DORNHAN, "Sorge besteht in der Kommune über die Weiterfinanzierung nach Auslaufen der PORT-Förderung"), src(S.ergebnisse, "Finanzielle Aufwände realistisch einschätzen", "Zudem ersetzen sie auch keine langfristige Finanzierungsstrategie.")],
  },
  {
    id: "doctors-fear-competition",
    question_de: "Befürchten die Ärztinnen und Ärzte vor Ort Konkurrenz durch das neue Angebot?",
    models: ["municipal-mvz", "health-centre", "port"],
    effectIfYes: "serious",
    verdictIfYes_de: "Die Ärzteschaft vor Ort früh einbinden; Darmstadt-Dieburg gründet ein MVZ nur, wo die Ärztinnen und Ärzte zustimmen.",
    citations: [src(S.port, P_ANALYSE_III, "Um mögliche Konkurrenzsituationen zu vermeiden, sollten die lokalen Ärzt:innen von Beginn an in den Prozess eingebunden werden."), src(S.port, P_DADI, "Sind diese gegen ein landkreisbetriebenes MVZ, wird der Landkreis nicht in diese Richtung tätig.")],
  },
  {
    id: "no-unpaid-coordination",
    question_de: "Fehlt den selbstständigen Praxen die Zeit, Koordination unbezahlt neben der Praxis zu übernehmen?",
    models: ["provider-network", "port"],
    effectIfYes: "serious",
    verdictIfYes_de: "Ein Netzwerk trägt nur mit einer Person, die Zeit für die Koordination hat – die Kommune sollte dafür eine Stelle oder Stunden einplanen.",
    citations: [src(S.port, P_ANALYSE_III, "Netzwerkarbeit kann, soll sie erfolgreich verlaufen, nicht „nebenbei“ geleistet werden.")],
  },
  {
    id: "lacking-expertise-staff",
    question_de: "Fehlen der Kommune Fachexpertise und Personal – und ist weder Kreis noch Klinikträger als Partner in Sicht?",
    models: ["municipal-mvz", "port"],
    effectIfYes: "serious",
    verdictIfYes_de: "Ein eigenes MVZ stellt sehr hohe Anforderungen; Dornhans Gespräche mit Kreis und Klinikträger scheiterten. Expertise einkaufen oder den Kreis gewinnen, sonst ein weniger anspruchsvolles Modell wählen.",
    citations: [src(S.port, P_DORNHAN, "Hierfür wäre eine Zusammenarbeit mit dem Kreis oder einem Krankenhausträger notwendig."), src(S.port, P_FAZIT)],
  },
  {
    id: "municipal-law-limits",
    question_de: "Setzen Haushaltslage oder Kommunalaufsicht dem finanziellen Risiko enge Grenzen (z. B. Haushaltssicherung)?",
    models: ["municipal-mvz", "health-centre"],
    effectIfYes: "serious",
    verdictIfYes_de: "Trägerschaft und Bürgschaften sind kommunalrechtlich heikel; die Prüfung nach Gemeindewirtschaftsrecht (z. B. § 107 GO NRW) früh mit der Kommunalaufsicht klären.",
    citations: [src(S.port, P_ANALYSE_III, "was kommunalrechtlich nicht unproblematisch ist"), rule("§ 107 GO NRW")],
  },
  {
    id: "no-council-majority",
    question_de: "Ist eine stabile Mehrheit im Rat oder Kreistag unsicher?",
    models: ["municipal-mvz", "health-centre", "port"],
    effectIfYes: "serious",
    verdictIfYes_de: "Ohne Beschluss kein kommunales Engagement über informelle Unterstützung hinaus; Mehrheiten früh organisieren (Marienmünster: fraktionsübergreifend).",
    citations: [src(S.port, P_ANALYSE_III, "braucht es einen Gemeinde- bzw. Kreistagsbeschluss"), src(S.ergebnisse, "Politischen Konsens sichern")],
  },
  {
    id: "no-suitable-building",
    question_de: "Fehlt ein ausreichend großes Gebäude oder Grundstück in zentraler Lage?",
    models: ["health-centre", "port"],
    effectIfYes: "serious",
    verdictIfYes_de: "Ohne geeignetes Gebäude fehlt dem Gesundheitszentrum die Grundlage; erst Gebäude oder Investor sichern.",
    citations: [src(S.port, "3.3 Analyse, Fragestellung II – Eigentümer & Unterstützung Immobilie", "Ein ausreichend großes Gebäude in zentraler Lage ist eine Grundvoraussetzung für ein PORT-Zentrum")],
  },
  {
    id: "gaps-soon",
    question_de: "Gehen in den nächsten fünf Jahren Praxen ohne Nachfolge verloren?",
    models: ["provider-network", "municipal-mvz", "health-centre", "port"],
    effectIfYes: "caution",
    verdictIfYes_de: "Nachwuchs braucht rund elf Jahre; es braucht zusätzlich kurzfristig wirkende Schritte. Eine akute Lage öffnet aber auch ein Fenster für Entscheidungen.",
    citations: [src(S.heinsberg, "5. Welche Einschätzung hat die Verwaltung zur bisherigen Wirksamkeit der Stelle", "auch kurzfristig wirkende Maßnahmen parallel in den Blick zu nehmen sind"), src(S.ergebnisse, "Finanzielle Aufwände realistisch einschätzen", "Oft ist es die akute Situation, die Handlungsfenster eröffnet")],
  },
  {
    id: "profession-conflicts",
    question_de: "Gibt es Spannungen zwischen Ärztinnen und Ärzten und anderen Gesundheitsberufen?",
    models: ["port", "health-centre"],
    effectIfYes: "caution",
    verdictIfYes_de: "Zusammenarbeit auf Augenhöhe ist kein Selbstläufer: eine:n Kümmerer:in im Team einplanen, der/die Abläufe organisiert und moderiert.",
    citations: [src(S.port, P_ANALYSE_III, "Nicht selten kommt es zu Konflikten, die bearbeitet werden müssen.")],
  },
  {
    id: "regulated-sector",
    question_de: "Hat die Verwaltung bisher wenig Berührung mit dem Gesundheitswesen (Bedarfsplanung, Zulassung, Vergütung)?",
    models: ["provider-network", "municipal-mvz", "health-centre", "port"],
    effectIfYes: "caution",
    verdictIfYes_de: "Auf Gegenwind einstellen: ein stark regulierter Bereich. Mit der KV früh und pragmatisch zusammenarbeiten – sie „kann keine Ärzte backen“.",
    citations: [src(S.kommkom, "Fazit", "Stellen Sie sich auf Gegenwind ein, aber geben Sie nicht auf!"), src(S.port, P_DORNHAN, "die KV kann keine Ärzte backen")],
  },
];

export interface RiskVerdict {
  model: ModelId;
  /** "serious" if any serious risk is answered yes; "caution" for caution-only; "open" if relevant items are unknown; else "clear". */
  level: "clear" | "open" | "caution" | "serious";
  sentences_de: string[];
  yesIds: string[];
  unknownIds: string[];
}

/** Turns checklist answers into the verdict text for one model. */
export function riskVerdict(
  checklist: readonly RiskCheckItem[],
  model: ModelId,
  answers: Readonly<Record<string, RiskAnswer | undefined>>,
): RiskVerdict {
  const relevant = checklist.filter((i) => i.models.includes(model));
  const yes = relevant.filter((i) => answers[i.id] === "yes");
  const unknown = relevant.filter((i) => answers[i.id] === undefined || answers[i.id] === "unknown");
  const level: RiskVerdict["level"] = yes.some((i) => i.effectIfYes === "serious")
    ? "serious"
    : yes.length > 0
      ? "caution"
      : unknown.length > 0
        ? "open"
        : "clear";
  const sentences_de = yes.map((i) => i.verdictIfYes_de);
  if (unknown.length > 0) {
    sentences_de.push(`${unknown.length} ${unknown.length === 1 ? "Risikofrage ist" : "Risikofragen sind"} noch offen – die Einschätzung ist entsprechend unsicher.`);
  }
  if (level === "clear") sentences_de.push("Keine der geprüften Risiken trifft zu.");
  return { model, level, sentences_de, yesIds: yes.map((i) => i.id), unknownIds: unknown.map((i) => i.id) };
}
