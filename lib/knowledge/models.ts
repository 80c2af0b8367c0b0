import { z } from "zod";
import { CarrierModelIdSchema, ModelIdSchema, SlugSchema } from "./ids";
import { CitationsSchema } from "./citation";
import { CitedStatementsSchema, CitedTextSchema, cite, NOT_IN_SOURCES, SECTION } from "./common";

const P = SECTION.port;
const W = SECTION.workshop;

/** How much the town must bring for a model, per dimension. */
export const RequirementLevelSchema = z.enum(["none", "low", "medium", "high", "very-high", "not-in-sources"]);
export type RequirementLevel = z.infer<typeof RequirementLevelSchema>;

export const RequirementSchema = z.object({
  level: RequirementLevelSchema,
  text: z.string().min(1),
  citations: CitationsSchema,
});
export type Requirement = z.infer<typeof RequirementSchema>;

export const REQUIREMENT_DIMENSIONS = ["money", "staff", "expertise", "councilDecision", "building", "partners"] as const;
export type RequirementDimension = (typeof REQUIREMENT_DIMENSIONS)[number];

export const ControlLevelSchema = z.enum(["low", "medium", "high", "depends-on-carrier"]);
export type ControlLevel = z.infer<typeof ControlLevelSchema>;

export const LegalFormSchema = z.object({
  name: z.string().min(1),
  text: z.string().min(1),
  citations: CitationsSchema,
});

export const PortCarrierSchema = z.object({
  carrier: CarrierModelIdSchema,
  /** Case-study slugs of the PORT sites that run on this carrier. */
  sites: z.array(SlugSchema).min(1),
  text: z.string().min(1),
  citations: CitationsSchema,
});
export type PortCarrier = z.infer<typeof PortCarrierSchema>;

export const GovernanceModelSchema = z.object({
  id: ModelIdSchema,
  title: z.string().min(1),
  /** true for the three carrier models; PORT is a care concept on top of a carrier. */
  isCarrier: z.boolean(),
  summary: CitedTextSchema,
  whatItIs: z.array(CitedTextSchema).min(1),
  legalForms: z.array(LegalFormSchema).min(1),
  /** Who owns the unit / the building. */
  ownership: z.array(CitedTextSchema).min(1),
  /** Who employs the doctors and staff. */
  employment: z.array(CitedTextSchema).min(1),
  requirements: z.object({
    money: RequirementSchema,
    staff: RequirementSchema,
    expertise: RequirementSchema,
    councilDecision: RequirementSchema,
    building: RequirementSchema,
    partners: RequirementSchema,
  }),
  typicalCosts: CitedStatementsSchema,
  timeToEffect: CitedStatementsSchema,
  strengths: z.array(CitedTextSchema).min(1),
  risks: z.array(CitedTextSchema).min(1),
  control: z.object({ level: ControlLevelSchema, text: z.string().min(1), citations: CitationsSchema }),
  caseStudySlugs: z.array(SlugSchema),
  /** PORT only: the carriers PORT sites run on, with the sites. */
  portCarriers: z.array(PortCarrierSchema).optional(),
  citations: CitationsSchema,
});
export type GovernanceModel = z.infer<typeof GovernanceModelSchema>;

// Frequently used citations ---------------------------------------------------------------------

const noMoneyNeeded = cite.port(
  P.analysis,
  "Für ein kommunales Engagement bei der Umsetzung von PORT-Zentren ist eine finanzielle Beteiligung keine notwendige Voraussetzung.",
);
const noMoneyNoControl = cite.port(P.analysis, "Ohne finanzielles Engagement ist die Steuerungsmacht der Kommunen jedoch begrenzt.");
const councilNeeded = cite.port(
  P.analysis,
  "Damit eine Kommune über informelle Unterstützung hinaus bei PORT-Projekten tätig werden kann, braucht es einen Gemeinde- bzw. Kreistagsbeschluss.",
);
const networkingNotOnTheSide = cite.port(
  P.analysis,
  "Netzwerkarbeit kann, soll sie erfolgreich verlaufen, nicht „nebenbei“ geleistet werden.",
);
const unpaidExchange = cite.port(
  P.analysis,
  "Da interprofessioneller Austausch im bestehenden System nicht vergütet wird, ist dies von den selbstständigen Ärzt:innen und anderen Professionen zusätzlich zu ihrer Arbeit zu leisten.",
);
const mvzBetterForTeamwork = cite.port(
  P.analysis,
  "Bessere Rahmenbedingungen für die interprofessionelle Zusammenarbeit bietet ein MVZ, denn hier kann die Zusammenarbeit im Rahmen der Arbeitszeit erfolgen.",
);
const highDemands = cite.port(
  P.conclusion,
  "Eine solch weitreichende Entscheidungsmacht ist jedoch mit sehr hohen Anforderungen verbunden, sowohl was das Fachwissen als auch was das finanzielle Engagement betrifft. Diese sind von kleineren Kommunen kaum zu erfüllen.",
);
const financialRisk = cite.port(
  P.analysis,
  "Mit der Trägerschaft der Einrichtung übernimmt die Kommune jedoch auch nicht unerhebliche finanzielle Risiken, was kommunalrechtlich nicht unproblematisch ist.",
);
const ownerChoosesTenants = cite.port(
  P.analysis,
  "Gehört der Kommune zum Beispiel das Gebäude des Gesundheitszentrums, kann sie entscheiden, wer (räumlich) Teil des Gesundheitszentrums wird.",
);
const associationMajority = cite.port(
  P.analysis,
  "Die Handlungsmacht der Kommunen ist hier jedoch insofern begrenzt, dass sie nicht alleine entscheiden können, sondern immer eine Mehrheit der Mitglieder des Vorstandes bzw. des Vereins erforderlich ist.",
);
const consensus = cite.port(
  P.analysis,
  "Grundsätzlich sind die Strukturen jedoch auf Konsensentscheidungen ausgerichtet, da die Umsetzung der Entscheidungen von der Kooperation der Beteiligten abhängt.",
);
const noUniversalSolution = cite.workshop(
  W.title,
  "Eine allgemeingültige Lösung gibt es nicht – jede Kleinstadt braucht den Ansatz, der zur eigenen Lage passt.",
);
const gkvDoesNotPay = cite.port(
  P.analysis,
  "Gerade bei integrierten Versorgungsansätzen, wie sie PORT-Zentren verfolgen, werden viele Leistungen meist nicht über den Leistungskatalog der GKV vergütet",
);
const dornhanFunding = cite.port(
  P.dornhan,
  "Sorge besteht in der Kommune über die Weiterfinanzierung nach Auslaufen der PORT-Förderung, da viele Leistungen der integrierten Versorgung nicht über den Leistungskatalog der GKV abgedeckt werden.",
);
const dornhanNoMvz = cite.port(
  P.dornhan,
  "Andere organisationale Lösungen, wie z. B. ein MVZ, sind jedoch von einer kleinen kreisangehörigen Stadt wie Dornhan nicht zu realisieren. Hierfür wäre eine Zusammenarbeit mit dem Kreis oder einem Krankenhausträger notwendig.",
);
const dornhanTalksFailed = cite.port(
  P.dornhan,
  "Hierzu waren Gespräche erfolgt, diese hatten jedoch zu keinem produktiven Ergebnis geführt.",
);
const buildingBasic = cite.port(
  P.analysis,
  "Ein ausreichend großes Gebäude in zentraler Lage ist eine Grundvoraussetzung für ein PORT-Zentrum",
);
const onlyBuesumOwns = cite.port(
  P.analysis,
  "Von den vier erstgenannten Standorten befindet sich nur das Gebäude des Gesundheitszentrums in Büsum im Eigentum der Gemeinde.",
);

// ------------------------------------------------------------------------------------------------

const providerNetwork: GovernanceModel = {
  id: "provider-network",
  title: "Versorgernetzwerk (informell oder als eingetragener Verein)",
  isCarrier: true,
  summary: {
    text: "Ärztinnen, Ärzte und weitere Gesundheitsanbieter arbeiten in einem offenen Netzwerk oder Verein zusammen; die Kommune unterstützt (Räume, Einladungen, Webauftritt, Vorstandsarbeit), kann aber nicht allein entscheiden.",
    citations: [
      cite.workshop(
        W.doerentrup,
        "Die Kommune unterstützt mit Raumangeboten, Einladungsmanagement und Webauftritt.",
      ),
      associationMajority,
    ],
  },
  whatItIs: [
    {
      text: "In Dörentrup haben sich Ärzte und später weitere Anbieter von Gesundheitsdienstleistungen zu einem offenen Netzwerk zusammengeschlossen („Gesundes Dörentrup“). Die Gemeinde entwickelte dieses informelle Netzwerk als Alternative zu einem ursprünglich geplanten kommunalen MVZ; warum sie umschwenkte, steht nicht in den Quellen.",
      citations: [
        cite.workshop(
          W.doerentrup,
          "Ärzte und später weitere Trägerinnen und Träger von Gesundheitsdienstleistungen in Dörentrup haben sich zu einem offenen Netzwerk zusammengeschlossen.",
        ),
        cite.invitation(
          SECTION.invitation.title,
          "Die Kommune entwickelte ein informelles Gesundheitsnetzwerk als Alternative zum ursprünglich geplanten kommunalen MVZ.",
        ),
      ],
    },
    {
      text: "In Willingen und Diemelsee tragen die Beteiligten das Netzwerk als Verein (gegründet 2017); die beiden Bürgermeister und der Landrat sitzen im Vorstand, eine hauptamtliche Geschäftsführung koordiniert.",
      citations: [
        cite.port(P.willingen, "Als Organisationsform wurde ein Verein gewählt, der im Jahr 2017 gegründet wurde."),
        cite.port(
          P.willingen,
          "Vorsitzender des Vereins ist der Bürgermeister der Gemeinde Diemelsee, Finanzvorstand ist der Bürgermeister der Gemeinde Willingen.",
        ),
      ],
    },
  ],
  legalForms: [
    {
      name: "Informelles Netzwerk",
      text: "Offener Zusammenschluss ohne eigene Rechtsform (Dörentrup).",
      citations: [
        cite.invitation(SECTION.invitation.title, "Die Kommune entwickelte ein informelles Gesundheitsnetzwerk"),
      ],
    },
    {
      name: "Eingetragener Verein (e. V.)",
      text: "Alle Beteiligten sind Mitglieder des Vereins; Kommunen sind über Vorstandsposten vertreten (Willingen-Diemelsee; in Dornhan steuert ein Verein das Gesundheitszentrum).",
      citations: [
        cite.port(P.willingen, "Alle Beteiligten des Projekts sind Mitglieder des Vereins"),
        cite.port(
          P.analysis,
          "In Dornhan und Willingen ist das PORT-Zentrum über einen Verein organisiert.",
        ),
      ],
    },
  ],
  ownership: [
    {
      text: "Kein gemeinsamer Eigentümer: Die Praxen und Einrichtungen bleiben selbstständig. In Willingen gehört das Gebäude, in dem einige Netzwerkpartner arbeiten, einem der Leistungserbringer.",
      citations: [
        cite.port(
          P.analysis,
          "In Willingen sind einige Leistungserbringer des Netzwerks in einem Gebäude vereint, das einem der Leistungserbringer gehört, weitere Leistungserbringer sind in der Umgebung verortet.",
        ),
      ],
    },
  ],
  employment: [
    {
      text: "Die Ärztinnen und Ärzte bleiben selbstständig und leisten Koordination zusätzlich zu ihrer Arbeit. Der Verein in Willingen-Diemelsee beschäftigt eine Geschäftsführung und eine Versorgungslotsin; die Hausarztpraxis stellte mit PORT-Mitteln eine VERAH ein.",
      citations: [
        unpaidExchange,
        cite.port(P.willingen, "Das PORT-Netzwerk verfügt über eine:n Geschäftsführer:in."),
        cite.port(
          P.willingen,
          "Mit Mitteln aus der PORT-Förderung hat die hausärztliche Praxis in Willingen eine VERAH (Versorgungsassistent:in in der Hausarztpraxis) eingestellt.",
        ),
      ],
    },
  ],
  requirements: {
    money: {
      level: "low",
      text: "Eine finanzielle Beteiligung ist keine Voraussetzung; ohne Geld bleibt die Steuerungsmacht der Kommune aber begrenzt.",
      citations: [noMoneyNeeded, noMoneyNoControl],
    },
    staff: {
      level: "medium",
      text: "Es braucht eine zuständige Person mit Zeit für Netzwerkarbeit; in Willingen-Diemelsee ist das eine hauptamtliche Geschäftsführung.",
      citations: [
        networkingNotOnTheSide,
        cite.port(
          P.willingen,
          "Für die Netzwerkarbeit ist es zudem von Vorteil, dass der Verein über eine hauptamtliche Geschäftsführung mit langjähriger Erfahrung in der Netzwerkarbeit verfügt.",
        ),
      ],
    },
    expertise: {
      level: "medium",
      text: "Fachexpertise war an allen untersuchten Standorten vorhanden; in Willingen-Diemelsee brachte die promovierte Projektleiterin des Landkreises sie ein.",
      citations: [
        cite.port(
          P.willingen,
          "Die in diesem Programm beschäftigte Mitarbeiterin promovierte zu kommunalen Versorgungsnetzwerken und verfügte so über ausgewiesene Fachexpertise in dem Bereich.",
        ),
      ],
    },
    councilDecision: {
      level: "low",
      text: "Für rein informelle Unterstützung ist kein Ratsbeschluss nötig; wer darüber hinausgeht (z. B. Geld, Vereinsmitgliedschaft mit Pflichten), braucht einen Gemeinde- oder Kreistagsbeschluss.",
      citations: [councilNeeded],
    },
    building: {
      level: "none",
      text: "Kein eigenes Gebäude nötig: In Willingen hatten Praxis und Pflegehotel bereits Räume; Dörentrup stellt Räume für Treffen bereit.",
      citations: [
        cite.port(
          P.willingen,
          "Da sowohl das Pflegehotel als auch die hausärztliche Gemeinschaftspraxis bereits über Räumlichkeiten verfügten, war hier keine Unterstützung durch die Kommunen notwendig.",
        ),
      ],
    },
    partners: {
      level: "high",
      text: "Das Modell steht und fällt mit kooperationsbereiten Leistungserbringern; eine bereits bestehende Zusammenarbeit erleichtert den Start erheblich.",
      citations: [
        cite.port(
          P.willingen,
          "Die Zusammenarbeit der Leistungserbringer im Gesundheitsnetzwerk Willingen-Diemelsee zeichnet sich dadurch aus, dass sie schon vor dem PORT-Projekt bestand.",
        ),
        consensus,
      ],
    },
  },
  typicalCosts: {
    statements: [],
    gap: `${NOT_IN_SOURCES}: Für Dörentrup und Willingen-Diemelsee nennen die Quellen keine Kosten.`,
  },
  timeToEffect: {
    statements: [
      {
        text: "Der Verein in Willingen-Diemelsee wurde 2017 gegründet; seit Sommer 2018 gehört eine Versorgungslotsin dazu.",
        citations: [
          cite.port(P.willingen, "Seit Sommer 2018 gehören zu dem Gesundheitsnetzwerk zudem eine Versorgungslotsin"),
        ],
      },
    ],
    gap: `${NOT_IN_SOURCES}: Wie lange es dauert, bis ein Netzwerk die Versorgung spürbar sichert, sagen die Quellen nicht.`,
  },
  strengths: [
    {
      text: "Geringer Einstieg: Die Kommune kann sich ohne eigenes Geld über Vernetzung, Räume und Fördermittelsuche einbringen.",
      citations: [
        noMoneyNeeded,
        cite.port(
          P.analysis,
          "Kommunen können sich durch Unterstützung bei der Netzwerkarbeit, Unterstützung beim Finden von Investoren oder der Einwerbung von Fördergeldern, durch Überlassen von Räumlichkeiten oder anderen Unterstützungsmaßnahmen in PORT-Vorhaben einbringen.",
        ),
      ],
    },
    {
      text: "Ein Verein schafft eine Plattform, auf der sich die Beteiligten kennenlernen und persönliche Brücken entstehen.",
      citations: [
        cite.port(P.dornhan, "dass diese persönliche Brücke gebaut wurde"),
      ],
    },
    {
      text: "Wo Praxis und Pflege schon zusammenarbeiten, muss die interprofessionelle Zusammenarbeit nicht neu aufgebaut werden; Case Management und Delegation können die Ärzte entlasten.",
      citations: [
        cite.port(
          P.willingen,
          "sodass hier die interprofessionelle Zusammenarbeit nicht neu aufgebaut werden musste",
        ),
        cite.port(
          P.willingen,
          "sieht für sich durch die Einführung des Case-Managements und die Delegation von Aufgaben auch eine große Entlastung im Alltag durch das PORT-Projekt",
        ),
      ],
    },
  ],
  risks: [
    {
      text: "Selbstständige Ärztinnen und Ärzte koordinieren unbezahlt neben ihrer Arbeit; das begrenzt die multiprofessionelle Zusammenarbeit auf Augenhöhe.",
      citations: [
        unpaidExchange,
        cite.port(P.dornhan, "Als maßgebliche Hürde hierfür wird die selbstständige Tätigkeit der Ärzt:innen benannt."),
      ],
    },
    {
      text: "Die Kommune kann nicht allein entscheiden; Beschlüsse brauchen eine Mehrheit im Vorstand bzw. Verein und praktisch Konsens.",
      citations: [associationMajority, consensus],
    },
    {
      text: "Ohne finanzielles Engagement bleibt die Steuerungsmacht der Kommune begrenzt.",
      citations: [noMoneyNoControl],
    },
  ],
  control: {
    level: "low",
    text: "Geringe Steuerung: Entscheidungen werden mit den Beteiligten ausgehandelt; die Kommune kann ihre Interessen nicht einseitig durchsetzen.",
    citations: [
      cite.port(
        P.analysis,
        "Bei alternativen Organisationsformen (z. B. Verein) sind in der Regel Aushandlungen mit den anderen beteiligten Akteuren (z. B. Leistungserbringer) erforderlich, sodass die Kommune hier ihre Interessen nicht einseitig durchsetzen kann.",
      ),
    ],
  },
  caseStudySlugs: ["doerentrup", "willingen-diemelsee"],
  citations: [cite.workshop(W.title, "durch informelle Netzwerke, kommunale MVZ oder kommunal entwickelte Gesundheitszentren nach Poliklinik-Vorbild")],
};

const municipalMvz: GovernanceModel = {
  id: "municipal-mvz",
  title: "Kommunales Medizinisches Versorgungszentrum (MVZ)",
  isCarrier: true,
  summary: {
    text: "Stadt oder Kreis ist Träger (Gesellschafter) eines MVZ, in dem Ärztinnen und Ärzte angestellt arbeiten; die Geschäftsführung liegt im eigenen Haus oder ist vertraglich übertragen. Das gibt die stärkste Steuerung nach innen, verlangt aber Fachwissen, Geld und einen Ratsbeschluss.",
    citations: [
      cite.port(P.analysis, "Ist das PORT-Zentrum als kommunales MVZ organisiert, ist eine direkte Steuerung durch die Kommune möglich."),
      highDemands,
    ],
  },
  whatItIs: [
    {
      text: "Kommunen dürfen seit 2012 in begründeten Ausnahmefällen und mit Zustimmung der KV Eigeneinrichtungen gründen (§ 105 Abs. 5 SGB V) und – weniger voraussetzungsvoll – MVZ (§ 95 Abs. 1a SGB V). Zu den Jahreszahlen widersprechen sich die Quellen (Kapitel 2.1: Versorgungsstärkungsgesetz 2015; Fazit: „seit 2012“); maßgeblich ist die Rechtsnorm.",
      citations: [
        cite.port(
          P.medicalCare,
          "Mit dem Versorgungsstrukturgesetz 2012 wurde den Kommunen die Möglichkeit eröffnet, eigene Einrichtungen zu gründen, jedoch nur in begründeten Ausnahmefällen",
        ),
        cite.port(
          P.medicalCare,
          "Hier sind die Vorgaben weniger voraussetzungsvoll als bei Eigeneinrichtungen nach § 105 Abs. 5 SGB V.",
        ),
        cite.port(P.conclusion, "seit 2012 die Möglichkeit der Einrichtung kommunaler MVZ geschaffen und ausgeweitet hat"),
        cite.rule("§ 95 Abs. 1a SGB V", "Kommunen als zulässige Gründer von MVZ"),
        cite.rule("§ 105 Abs. 5 SGB V", "Kommunale Eigeneinrichtungen in begründeten Ausnahmefällen mit Zustimmung der KV"),
      ],
    },
    {
      text: "Marienmünster: kommunales MVZ, das künftig die hausärztliche Versorgung der gesamten Stadt übernehmen und zusätzliche Gesundheitsangebote bereitstellen soll. Büsum: erste kommunale Eigeneinrichtung (2015), heute Ärztezentrum Büsum gGmbH. Landkreis Darmstadt-Dieburg: erstes Kreis-MVZ 2014, inzwischen fünf MVZ.",
      citations: [
        cite.workshop(
          W.marienburg,
          "Es übernimmt zukünftig die hausärztliche Versorgung für die gesamte Stadt und stellt zusätzliche gesundheitliche Angebote bereit.",
        ),
        cite.port(P.buesum, "die damals bundesweit erste kommunale Eigeneinrichtung nach § 105 SGB V zu gründen"),
        cite.port(P.darmstadtDieburg, "Inzwischen unterhält der Landkreis fünf haus- und fachärztliche MVZ."),
      ],
    },
  ],
  legalForms: [
    {
      name: "Kommunale Eigeneinrichtung (§ 105 Abs. 5 SGB V)",
      text: "Nur in begründeten Ausnahmefällen und mit Zustimmung der KV; Büsum startete 2015 so.",
      citations: [
        cite.port(P.medicalCare, "und nur, wenn die zuständige Kassenärztliche Vereinigung (KV) dem Vorhaben zustimmt"),
        cite.rule("§ 105 Abs. 5 SGB V"),
      ],
    },
    {
      name: "MVZ-GmbH bzw. gGmbH in kommunaler Hand (§ 95 Abs. 1a SGB V)",
      text: "Büsum: Gemeinde als alleinige Gesellschafterin der Ärztezentrum Büsum gGmbH. Darmstadt-Dieburg: landkreiseigene MVZ GmbH. Weitere zulässige Rechtsformen (öffentlich-rechtliche Formen, Genossenschaft) und die Bürgschaftspflicht bei der GmbH regelt das SGB V; die fünf Quellen nennen sie nicht.",
      citations: [
        cite.port(P.buesum, "Die Gemeinde Büsum ist alleiniger Gesellschafter der Ärztezentrum Büsum gGmbH."),
        cite.port(P.darmstadtDieburg, "Über die landkreiseigene MVZ GmbH ist er alleiniger Gesellschafter des PVZ in Ober-Ramstadt"),
        cite.rule("§ 95 Abs. 1a SGB V", "Rechtsformen kommunaler MVZ; Angaben dazu werden als versionierte Regelparameter gepflegt"),
      ],
    },
    {
      name: "Rechtsform in Marienmünster",
      text: `${NOT_IN_SOURCES}: Die Quellen nennen nur „MVZ in kommunaler Trägerschaft“.`,
      citations: [cite.invitation(SECTION.invitation.title, "Für ein MVZ in kommunaler Trägerschaft")],
    },
  ],
  ownership: [
    {
      text: "Die Kommune ist (alleinige) Gesellschafterin: Gemeinde Büsum bzw. Landkreis Darmstadt-Dieburg über die kreiseigene MVZ GmbH. In Büsum gehört der Gemeinde auch das Gebäude, das sie an die gGmbH vermietet; in Ober-Ramstadt ist die Immobilie privat.",
      citations: [
        cite.port(P.buesum, "Sie ist Besitzerin des Gebäudes und vermietet die gesamten Räumlichkeiten des Gesundheitszentrums an die Ärztezentrum Büsum gGmbH."),
        cite.port(P.analysis, "In Ober-Ramstadt befindet sich die Immobilie, in der das MVZ untergebracht ist, ebenfalls in privater Trägerschaft."),
      ],
    },
  ],
  employment: [
    {
      text: "Ärztinnen und Ärzte sind im MVZ angestellt: In Büsum gaben vier von fünf Hausärzt:innen ihre Zulassung zugunsten einer Anstellung auf; in Ober-Ramstadt arbeiten sechs angestellte Ärzt:innen. Für Marienmünster widersprechen sich die Quellen (nur Angestellte vs. Vertrags- und angestellte Ärzte).",
      citations: [
        cite.port(
          P.buesum,
          "Vier der fünf Büsumer Hausärzt:innen verzichteten zugunsten einer Anstellung in der kommunalen Eigeneinrichtung auf Ihre Zulassung.",
        ),
        cite.port(P.darmstadtDieburg, "Dort werden die sechs angestellten Ärzt:innen durch eine nichtärztliche Praxisassistent:innen (NäPa)"),
        cite.workshop(W.marienburg, "Ärzte und Ärztinnen sind im MVZ angestellt."),
        cite.invitation(SECTION.invitation.title, "in dem Vertragsärzte und angestellte Ärzte tätig sind"),
      ],
    },
    {
      text: "Geschäftsführung: in Darmstadt-Dieburg beim Landkreis selbst, in Büsum per Managementvertrag an die Ärztegenossenschaft Nord (äg Nord) übertragen.",
      citations: [
        cite.port(P.analysis, "In Darmstadt-Dieburg übernimmt der Landkreis auch die Geschäftsführung des MVZ."),
        cite.port(
          P.buesum,
          "Die Geschäftsführung für das Ärztezentrum hat die Gemeinde Büsum über einen Managementvertrag an die Ärztegenossenschaft Nord delegiert.",
        ),
      ],
    },
  ],
  requirements: {
    money: {
      level: "very-high",
      text: "Volle Steuerung verlangt sehr hohes finanzielles Engagement; Marienmünster trägt rund 2,6 Mio. €. Die Kommune übernimmt ein kommunalrechtlich heikles finanzielles Risiko.",
      citations: [
        highDemands,
        cite.workshop(W.tipCosts, "in Marienburg trägt die Kommune rund 2,6 Mio. € für die Entwicklung des kommunalen MVZ"),
        financialRisk,
      ],
    },
    staff: {
      level: "high",
      text: "Eigene Geschäftsführung oder eine beauftragte Managementgesellschaft; zusätzlich kommunales Personal für Steuerungsrunden, Netzwerkarbeit und Anträge.",
      citations: [
        cite.port(
          P.analysis,
          "Aber auch wenn die Geschäftsführung und andere Aufgaben weitgehend an externe Dienstleister vergeben wurden, bedarf es personeller Ressourcen in der Kommune, die das Projekt von kommunaler Seite aus begleiten.",
        ),
      ],
    },
    expertise: {
      level: "very-high",
      text: "Sehr hohes Fachwissen nötig (Planungs-, Zulassungs- und Vergütungsrecht); Büsum und Darmstadt-Dieburg hatten ausgewiesene Gesundheitsexperten an Schlüsselstellen.",
      citations: [
        highDemands,
        cite.port(
          P.analysis,
          "In Büsum ist dies der Koordinator für ambulante Versorgung des Landkreises, der zuvor Geschäftsführer der kommunalen Kliniken gewesen ist",
        ),
      ],
    },
    councilDecision: {
      level: "high",
      text: "Ohne Gemeinderats- oder Kreistagsbeschluss geht es nicht; in Marienmünster wurden alle MVZ-Entscheidungen fraktionsübergreifend getragen.",
      citations: [
        councilNeeded,
        cite.workshop(
          W.tipConsensus,
          "In Marienmünster wurden alle Entscheidungen zum kommunalen MVZ fraktionsübergreifend getragen",
        ),
      ],
    },
    building: {
      level: "medium",
      text: "Geeignete Praxisräume sind nötig, müssen aber nicht der Kommune gehören (Büsum: eigenes Ärztehaus umgebaut; Ober-Ramstadt: Mietobjekt).",
      citations: [
        cite.port(P.buesum, "Der Umbau des vorhandenen Ärztehauses in ein gemeinsames Hausarztzentrum wurde von der Gemeinde Büsum finanziert."),
        cite.port(P.darmstadtDieburg, "war die Stadt bei der Suche nach einem neuen Mietobjekt behilflich"),
      ],
    },
    partners: {
      level: "high",
      text: "Zustimmung der örtlichen Ärzteschaft (Darmstadt-Dieburg gründet nur mit ihr), früher Kontakt zur KV (Pflicht bei Eigeneinrichtungen); kleine Städte brauchen meist den Kreis oder einen Krankenhausträger.",
      citations: [
        cite.port(P.darmstadtDieburg, "Sind diese gegen ein landkreisbetriebenes MVZ, wird der Landkreis nicht in diese Richtung tätig."),
        cite.port(P.buesum, "So wurde zum Beispiel früh der Kontakt zur KV gesucht, deren Zustimmung für die Gründung einer Eigeneinrichtung notwendig ist."),
        dornhanNoMvz,
      ],
    },
  },
  typicalCosts: {
    statements: [
      {
        text: "Marienmünster: Die Kommune trägt rund 2,6 Mio. € für die Entwicklung des kommunalen MVZ.",
        citations: [cite.workshop(W.tipCosts, "in Marienburg trägt die Kommune rund 2,6 Mio. € für die Entwicklung des kommunalen MVZ")],
      },
      {
        text: "Büsum: Umbau und bauliche Erweiterungen finanzierte die Gemeinde (Betrag nicht genannt). Darmstadt-Dieburg gründete sein erstes MVZ durch den Aufkauf von Arztsitzen (Betrag nicht genannt).",
        citations: [
          cite.port(P.buesum, "hat auch dessen Umbau und die baulichen Erweiterungen, die im Rahmen des PORT-Projektes erfolgten, finanziert"),
          cite.port(P.darmstadtDieburg, "hat der Landkreis im Jahr 2014 sein erstes MVZ durch den Aufkauf von Arztsitzen gegründet"),
        ],
      },
    ],
    gap: `${NOT_IN_SOURCES}: laufende Betriebskosten oder Defizite kommunaler MVZ.`,
  },
  timeToEffect: {
    statements: [
      {
        text: "Büsum: Gründung 2015, ab 2017 Ausbau zum Gesundheitszentrum; in den ersten fünf Jahren wurden vier Fachärzt:innen für Allgemeinmedizin ausgebildet, drei arbeiten heute angestellt im MVZ.",
        citations: [
          cite.port(
            P.buesum,
            "So wurden in den ersten fünf Jahren vier Fachärzt:innen für Allgemeinmedizin in Büsum ausgebildet, von denen heute drei in Anstellung im MVZ in Büsum tätig sind.",
          ),
        ],
      },
      {
        text: "Darmstadt-Dieburg: erstes MVZ 2014, Weiterentwicklung zum Primärversorgungszentrum ab 2018.",
        citations: [
          cite.port(P.darmstadtDieburg, "In dem PORT-geförderten Projekt wurde das hausärztlich-internistische MVZ in Ober-Ramstadt ab 2018 zu einem kommunalen Primärversorgungszentrum (PVZ) weiterentwickelt."),
        ],
      },
    ],
    gap: `${NOT_IN_SOURCES}: eine typische Dauer von Beschluss bis Betrieb (für Marienmünster fehlen Jahreszahlen).`,
  },
  strengths: [
    {
      text: "Direkte Steuerung nach innen (Personal, Leistungsangebot, Betriebsabläufe), vor allem wenn die Kommune auch die Geschäftsführung stellt; auch Leistungen im kommunalen Interesse, die (noch) nicht wirtschaftlich sind, werden möglich.",
      citations: [
        cite.port(
          P.analysis,
          "Dies birgt den Vorteil, dass das PVZ auch Leistungen erbringen kann, die im kommunalen Interesse sind, aber (noch) nicht wirtschaftlich erbracht werden können.",
        ),
      ],
    },
    {
      text: "Angestellte Ärztinnen und Ärzte haben weniger Verwaltungsarbeit und kooperieren in bezahlter Arbeitszeit.",
      citations: [
        cite.port(
          P.darmstadtDieburg,
          "müssen die angestellten Ärzt:innen zudem viel weniger organisatorische Aufgaben erledigen als in einer selbstständigen Praxis",
        ),
        mvzBetterForTeamwork,
      ],
    },
    {
      text: "Passt zu Ärztinnen und Ärzten, die eine Anstellung suchen, und kann selbst Nachwuchs ausbilden (Büsum).",
      citations: [
        cite.port(P.analysis, "Gegebenenfalls besteht bei ihnen Interesse sich am Projekt zu beteiligen (z. B. Wechsel in das MVZ)."),
        cite.port(P.buesum, "Wesentliches Augenmerk wird im Ärztezentrum auf die Aus- und Weiterbildung gelegt."),
      ],
    },
  ],
  risks: [
    {
      text: "Nicht unerhebliches finanzielles Risiko, kommunalrechtlich kritisch; Versorgung ist eine freiwillige Aufgabe.",
      citations: [
        financialRisk,
        cite.port(
          P.conclusion,
          "Aktivitäten im Bereich der Versorgung gehören zudem zu den freiwilligen Leistungen, sodass sich Kommunen, deren Ressourcen stark begrenzt sind, ein Engagement besonders gut überlegen müssen.",
        ),
      ],
    },
    {
      text: "Kleine Städte können ein MVZ meist nicht allein tragen; Dornhans Gespräche mit Kreis und Krankenhausträger blieben ergebnislos.",
      citations: [dornhanNoMvz, dornhanTalksFailed],
    },
    {
      text: "Die Steuerung wirkt nur nach innen – externe Partner arbeiten weiter freiwillig mit; bei übertragener Geschäftsführung bestimmt die Kommune das operative Geschäft nicht mehr direkt.",
      citations: [
        cite.port(
          P.analysis,
          "Hier sind die PORT-Zentren, auch wenn sie als kommunales MVZ betrieben werden, immer auf die freiwillige Zusammenarbeit der Akteure angewiesen.",
        ),
        cite.port(P.analysis, "kann so das operative Geschäft nicht mehr direkt bestimmen"),
      ],
    },
  ],
  control: {
    level: "high",
    text: "Höchste Steuerung: Als MVZ-Eigentümerin entscheidet die Kommune direkt, mit eigener Geschäftsführung auch über Organisation und Leistungserbringung.",
    citations: [
      cite.port(
        P.conclusion,
        "Übernimmt die Kommune neben der Trägerschaft auch das Management des MVZ, kann sie die Organisation und die Leistungserbringung direkt steuern.",
      ),
    ],
  },
  caseStudySlugs: ["marienmuenster", "buesum", "darmstadt-dieburg-ober-ramstadt"],
  citations: [cite.port(P.analysis, "Nur zwei der von uns untersuchten PORT-Zentren sind als MVZ organisiert.")],
};

const healthCentre: GovernanceModel = {
  id: "health-centre",
  title: "Gesundheitszentrum nach Poliklinik-Vorbild",
  isCarrier: true,
  summary: {
    text: "Die Kommune besitzt oder sichert ein Gebäude, in dem Praxen mehrerer Fachrichtungen und weitere Gesundheitsdienste zusammen arbeiten. Steuerung über Mietverträge hat sie nur, wenn ihr das Gebäude gehört.",
    citations: [
      cite.invitation(
        SECTION.invitation.title,
        "Die Stadt Schneeberg im Erzgebirge kaufte eine ehemalige Krankenhaus-Immobilie und vermietet die Räumlichkeiten an Arztpraxen unterschiedlicher Fachrichtungen.",
      ),
      ownerChoosesTenants,
    ],
  },
  whatItIs: [
    {
      text: "Schneeberg: Ein ehemaliges Krankenhaus wird zum Gesundheitszentrum in der Art einer Poliklinik; Schritt für Schritt entsteht mit den künftigen Ärztinnen und Ärzten ein breites, auch fachärztliches Angebot bis zu ambulanten Operationen.",
      citations: [
        cite.workshop(
          W.schneeberg,
          "Ein ehemaliges Krankenhaus wird zum Gesundheitszentrum in der Art einer Poliklinik, Stück für Stück wird direkt mit den zukünftigen Ärzten und Ärztinnen ein breites, auch fachärztliches Angebot aufgebaut, das bis zu ambulanten Operationen reicht",
        ),
      ],
    },
    {
      text: "Dornhan: Die Stadt kaufte ein Industriegebäude, riss es mit Landesmitteln ab, ein lokaler Investor baute; die Stadt übernahm eine Mietgarantie für das Erdgeschoss mit der Arztpraxis. Hohenstein: Die Gemeinde stellte die Grundstücke, ein ortsansässiges Unternehmen baute und finanzierte; Gemeinde und Kreis zahlen Mietzuschüsse für die Gemeinschaftsräume.",
      citations: [
        cite.port(
          P.dornhan,
          "die Stadt Dornhan übernahm für das Erdgeschoss, in dem die Arztpraxis untergebracht ist, eine Mietgarantie",
        ),
        cite.port(P.dornhan, "Mit Fördermitteln des Landes Baden-Württemberg hat sie das alte Industriegebäude abgerissen."),
        cite.port(
          P.analysis,
          "Auch in Hohenstein gehört das Grundstück der Gemeinde und der Neubau wurde von einem ortsansässigen Unternehmen gebaut und finanziert. Die Gemeinde und der Landkreis zahlen Mietzuschüsse für die gemeinschaftlich genutzten Räume.",
        ),
      ],
    },
  ],
  legalForms: [
    {
      name: "Kommunale Immobilie mit Mietverträgen",
      text: "Die Kommune kauft/besitzt das Gebäude und vermietet an Praxen (Schneeberg; auch Büsum vermietet sein Gebäude an die gGmbH). Die Rechtsform des Betriebs in Schneeberg nennen die Quellen nicht.",
      citations: [
        cite.invitation(SECTION.invitation.title, "kaufte eine ehemalige Krankenhaus-Immobilie und vermietet die Räumlichkeiten"),
      ],
    },
    {
      name: "Investorenmodell mit Mietgarantie und Steuerung durch Verein oder Lenkungskreis",
      text: "Dornhan: Neubau eines Investors, Zusammenarbeit über den Verein „Gesundheitsnetz Dornhan e.V.“, Geschäftsführung durch ein Beratungsunternehmen. Hohenstein: Projektträger Gemeinde und Landkreis, Lenkungskreis aller Akteure.",
      citations: [
        cite.port(P.dornhan, "Die Zusammenarbeit des Gesundheitszentrums wird über den eigens gegründeten Verein"),
        cite.port(P.hohenstein, "Projektträger sind die Gemeinde Hohenstein und der Landkreis Reutlingen."),
      ],
    },
  ],
  ownership: [
    {
      text: "Schneeberg: Stadt ist Eigentümerin. Dornhan: Investor ist Eigentümer, die Stadt hält ein angrenzendes Erweiterungsgrundstück. Hohenstein: Grundstück der Gemeinde, Bau durch ein ortsansässiges Unternehmen. Von den untersuchten PORT-Gebäuden gehört nur Büsums der Gemeinde.",
      citations: [
        onlyBuesumOwns,
        cite.port(P.dornhan, "Die Leistungserbringer haben jeweils Mietverträge mit dem Eigentümer abgeschlossen"),
        cite.port(P.dornhan, "Zusätzlich wurde von der Kommune ein weiteres angrenzendes Grundstück erworben"),
      ],
    },
  ],
  employment: [
    {
      text: "Die Praxen arbeiten meist selbstständig als Mieter (Dornhan, Hohenstein); die Hausärztin in Hohenstein ist beim MVZ II der Kreiskliniken Reutlingen angestellt. Wie die Ärztinnen und Ärzte in Schneeberg arbeiten, steht nicht in den Quellen.",
      citations: [
        cite.port(P.dornhan, "die alle im Gesundheitszentrum angesiedelt sind und dort selbstständig arbeiten"),
        cite.port(P.hohenstein, "Die Hausärztin ist beim MVZ II der Kreiskliniken Reutlingen angestellt."),
      ],
    },
  ],
  requirements: {
    money: {
      level: "high",
      text: "Erhebliche Investition (Schneeberg rund 3,2 Mio. € Umbau) oder Garantien und Zuschüsse (Mietgarantie Dornhan, Mietzuschüsse Hohenstein).",
      citations: [
        cite.workshop(W.tipCosts, "Die Stadt Schneeberg investierte rund 3,2 Mio. € in den Umbau des ehemaligen Krankenhauses"),
        cite.workshop(W.tipCosts, "Gesundheitsinfrastruktur verursacht erhebliche Kosten."),
      ],
    },
    staff: {
      level: "medium",
      text: "Kommunale Ansprechperson für Bau, Förderanträge und Vernetzung (Hohenstein: Referentin für Soziales und Gesundheit); Projektmanagement kann eingekauft werden (Dornhan).",
      citations: [
        cite.port(
          P.hohenstein,
          "In der Kommunalverwaltung der Gemeinde bestehen mit der Referentin für Soziales und Gesundheit zudem entsprechende personelle Ressourcen, um das Projekt voranzubringen.",
        ),
        cite.port(P.dornhan, "Im Anschluss übernahm sie als Projektmanagerin die Geschäftsführung des Gesundheitszentrums."),
      ],
    },
    expertise: {
      level: "medium",
      text: "Fachexpertise muss vorhanden sein oder eingekauft werden; Dornhans Verwaltung hatte weder Expertise noch Zeit und stützte sich auf eine Beratungsagentur.",
      citations: [
        cite.port(
          P.dornhan,
          "Die Kommunalverwaltung verfüge weder über die erforderliche Expertise im Gesundheitsbereich noch über die zeitlichen Ressourcen",
        ),
      ],
    },
    councilDecision: {
      level: "high",
      text: "Kauf, Umbau oder Garantien gehen über informelle Unterstützung hinaus und brauchen einen Rats- bzw. Kreistagsbeschluss.",
      citations: [councilNeeded],
    },
    building: {
      level: "high",
      text: "Kern des Modells: ein geeignetes, zentral gelegenes Gebäude oder Grundstück. Nur als Eigentümerin entscheidet die Kommune, wer einzieht.",
      citations: [buildingBasic, ownerChoosesTenants],
    },
    partners: {
      level: "high",
      text: "Künftige Ärztinnen und Ärzte und weitere Anbieter als Mieter, ggf. Investor, Kreis oder Kliniken (Hohenstein).",
      citations: [
        cite.port(
          P.hohenstein,
          "Die Gemeinde wird bei dem Vorhaben vom Landkreis sowohl personell als auch fachlich umfassend unterstützt",
        ),
      ],
    },
  },
  typicalCosts: {
    statements: [
      {
        text: "Schneeberg: rund 3,2 Mio. € für den Umbau des ehemaligen Krankenhauses.",
        citations: [cite.workshop(W.tipCosts, "Die Stadt Schneeberg investierte rund 3,2 Mio. € in den Umbau des ehemaligen Krankenhauses")],
      },
      {
        text: "Dornhan: Abriss aus Landesmitteln Baden-Württemberg, Neubau durch einen Investor, Mietgarantie für das Arzt-Geschoss (Beträge nicht genannt). Hohenstein: Mietzuschüsse von Gemeinde und Kreis (Beträge nicht genannt).",
        citations: [
          cite.port(P.dornhan, "Mit Fördermitteln des Landes Baden-Württemberg hat sie das alte Industriegebäude abgerissen."),
          cite.port(P.analysis, "Die Gemeinde und der Landkreis zahlen Mietzuschüsse für die gemeinschaftlich genutzten Räume."),
        ],
      },
    ],
    gap: `${NOT_IN_SOURCES}: Kaufpreis der Schneeberger Immobilie, Baukosten in Dornhan und Hohenstein.`,
  },
  timeToEffect: {
    statements: [
      {
        text: "Hohenstein: Bau- und Aufbauphase 2017–2020, Eröffnung 2019. Dornhan: Projektstart 2018.",
        citations: [
          cite.port(P.hohenstein, "In der Bau- und Aufbauphase (2017-2020) wurden die Projektträger durch eine Koordinatorin unterstützt."),
          cite.port(P.hohenstein, "Das Gesundheitszentrum Hohenstein, das 2019 eröffnet wurde"),
          cite.port(P.dornhan, "Ziel des 2018 gestarteten Projektes ist es, für eine ausreichende Hausarztversorgung im Ort zu sorgen."),
        ],
      },
    ],
    gap: `${NOT_IN_SOURCES}: Zeitplan in Schneeberg (der Text sagt nur „Stück für Stück“).`,
  },
  strengths: [
    {
      text: "Räumliche Nähe erleichtert Abstimmungen, stärkt die fachübergreifende Zusammenarbeit und verbessert die Erreichbarkeit – besonders bei schwachem ÖPNV.",
      citations: [
        cite.workshop(
          W.tipProximity,
          "erleichtert Abstimmungen, stärkt die fachübergreifende Zusammenarbeit und verbessert die Erreichbarkeit für Bewohnerinnen und Bewohner",
        ),
        cite.workshop(W.tipProximity, "besonders bei eingeschränktem ÖPNV-Netz"),
      ],
    },
    {
      text: "Als Eigentümerin des Gebäudes bestimmt die Kommune, wer Teil des Zentrums wird.",
      citations: [ownerChoosesTenants],
    },
    {
      text: "Ein zentraler Neubau ist für Leistungserbringer und Patienten attraktiv (Dornhan).",
      citations: [
        cite.port(
          P.dornhan,
          "entschied man sich für einen Neubau in zentraler Lage im Ortskern",
        ),
      ],
    },
  ],
  risks: [
    {
      text: "Hohe Investitionen; Fördermittel fließen selten und ersetzen keine langfristige Finanzierungsstrategie.",
      citations: [
        cite.workshop(W.tipCosts, "Fördermittel helfen, fließen aber – so die Erfahrungen – eher selten."),
        cite.workshop(W.tipCosts, "Zudem ersetzen sie auch keine langfristige Finanzierungsstrategie."),
      ],
    },
    {
      text: "Ohne eigenes Gebäude (Dornhan, Hohenstein) fehlt die Steuerung über Mietverträge.",
      citations: [onlyBuesumOwns],
    },
    {
      text: "Selbstständige Mieter arbeiten nur so weit zusammen, wie sie wollen; Folgefinanzierung nach Förderende ist unsicher (Dornhan).",
      citations: [
        cite.port(P.dornhan, "Die lose Zusammenarbeit über einen Verein bringt aber auch Nachteile mit sich."),
        dornhanFunding,
      ],
    },
  ],
  control: {
    level: "medium",
    text: "Mittlere Steuerung über Eigentum und Mietverträge, wenn das Gebäude der Kommune gehört; ohne Eigentum gering und auf Kooperation angewiesen.",
    citations: [ownerChoosesTenants, onlyBuesumOwns],
  },
  caseStudySlugs: ["schneeberg", "dornhan", "hohenstein"],
  citations: [cite.workshop(W.title, "kommunal entwickelte Gesundheitszentren nach Poliklinik-Vorbild")],
};

const port: GovernanceModel = {
  id: "port",
  title: "PORT-Zentrum (Patientenorientiertes Zentrum zur Primär- und Langzeitversorgung)",
  isCarrier: false,
  summary: {
    text: "Ein von der Robert Bosch Stiftung geförderter Versorgungsansatz, keine Rechtsform: multiprofessionelles Team, E-Health, Gesundheitsförderung und Prävention (GFP) und enge kommunale Einbindung – betrieben auf einem Träger (kommunales MVZ, Verein/Netzwerk oder Gesundheitszentrum).",
    citations: [
      cite.port(
        P.intro,
        "Weitere Merkmale sind die Nutzung von Innovationen wie E-Health, die Einbeziehung von Gesundheitsförderung und Prävention und eine gute kommunale Einbindung",
      ),
      cite.port(
        P.conclusion,
        "Zwei der untersuchten PORT-Zentren sind als kommunales MVZ organisiert, die anderen drei als Verein oder Netzwerk.",
      ),
    ],
  },
  whatItIs: [
    {
      text: "PORT-Zentren versorgen bedarfsorientiert, patientenzentriert und koordiniert durch ein multiprofessionelles Team aus Gesundheits- und Sozialberufen.",
      citations: [
        cite.port(
          P.intro,
          "Diese Zentren zeichnen sich durch eine bedarfsorientierte, patientenzentrierte und koordinierte Versorgung aus, die durch ein multiprofessionelles Team unterschiedlicher Berufe aus dem Gesundheits- und Sozialbereich erbracht wird.",
        ),
      ],
    },
    {
      text: "An allen untersuchten Standorten gibt es Case Management bzw. Fallmanagement (Büsum: Case Managerin; Ober-Ramstadt: zwei Case Manager:innen; Willingen: Case Management des Pflegehotels, Versorgungslotsin; Hohenstein: Gesundheitslotsin; Dornhan: Gesundheitscoach).",
      citations: [
        cite.port(P.buesum, "Eine durch die PORT-Förderung finanzierte Case Managerin ist für das Fallmanagement zuständig"),
        cite.port(P.darmstadtDieburg, "sowie zwei ambulante Case Manager:innen unterstützt"),
        cite.port(P.hohenstein, "umfasst eine Hausarztpraxis, eine Gesundheitslotsin"),
      ],
    },
  ],
  legalForms: [
    {
      name: "Keine eigene Rechtsform",
      text: "PORT ist ein Förderprogramm und Versorgungskonzept; die Studie zählt auch PORT-Netzwerke dazu.",
      citations: [
        cite.port(
          P.design,
          "Wenn im Folgenden von PORT-Zentrum gesprochen wird, sind damit auch die PORT-Netzwerke gemeint",
        ),
      ],
    },
  ],
  ownership: [
    {
      text: "Je nach Träger: Kommune als MVZ-Gesellschafterin (Büsum, Darmstadt-Dieburg), Verein der Beteiligten (Willingen-Diemelsee, Dornhan), Gemeinde und Kreis als Projektträger (Hohenstein).",
      citations: [
        cite.port(P.analysis, "Welche Steuerungsmacht den Kommunen zukommt, ist maßgeblich von den formalen Organisationsstrukturen des PORT-Zentrums abhängig."),
        cite.port(P.hohenstein, "Projektträger sind die Gemeinde Hohenstein und der Landkreis Reutlingen."),
      ],
    },
  ],
  employment: [
    {
      text: "Je nach Träger angestellt (MVZ) oder selbstständig (Netzwerk, Zentrum); zusätzliche Kräfte (Case Management, VERAH, GFP-Fachkraft) wurden oft aus der PORT-Förderung bezahlt.",
      citations: [
        cite.port(P.willingen, "Mit Mitteln aus der PORT-Förderung hat die hausärztliche Praxis in Willingen eine VERAH"),
        cite.port(P.gfpStatus, "Im Jahr 2020 wurde dann zusätzlich eine Fachkraft für GFP in Teilzeit angestellt"),
      ],
    },
  ],
  requirements: {
    money: {
      level: "high",
      text: "Integrierte Leistungen und GFP zahlt die GKV meist nicht; Kommunen müssen Mittel selbst oder über Förderung aufbringen.",
      citations: [gkvDoesNotPay, cite.port(P.gfpAnalysis, "Hierzu gehört die Finanzierung.")],
    },
    staff: {
      level: "high",
      text: "Eine Person mit Zeit für Netzwerkarbeit und qualifiziertes GFP-Personal; GFP kann nicht „nebenbei“ von einer Case-Managerin geleistet werden.",
      citations: [
        networkingNotOnTheSide,
        cite.port(P.gfpAnalysis, "Die Umsetzung qualitativer GFP erfordert qualifiziertes Fachpersonal"),
      ],
    },
    expertise: {
      level: "very-high",
      text: "Umfassende Fachexpertise, selbst eingebracht oder eingekauft; schon der Förderantrag verlangte Fachkenntnis.",
      citations: [
        cite.port(
          P.conclusion,
          "Die Umsetzung von PORT-Zentren erfordert aufgrund der Komplexität des Gesundheitssystems umfassende Fachexpertise.",
        ),
        cite.port(P.analysis, "denn das Antragsverfahren erforderte ein gewisses Maß an Fachkenntnis"),
      ],
    },
    councilDecision: {
      level: "high",
      text: "Umfassenderes kommunales Engagement braucht die Zustimmung von Gemeinderat bzw. Kreistag.",
      citations: [
        cite.port(
          P.conclusion,
          "Ein umfassenderes kommunales Engagement erfordert die Zustimmung der politischen Gremien (Gemeinderat, Kreistag).",
        ),
      ],
    },
    building: {
      level: "high",
      text: "Ein ausreichend großes Gebäude in zentraler Lage ist Grundvoraussetzung; Räume für Kurse ermöglichen GFP.",
      citations: [
        buildingBasic,
        cite.port(P.gfpAnalysis, "Ein dritter ermöglichender Faktor sind die räumlichen Ressourcen."),
      ],
    },
    partners: {
      level: "high",
      text: "Breite Beteiligung (örtliche Ärzteschaft, KV, Bürger), Kooperation von Kreis und Gemeinde, möglichst kommunale GFP-Strukturen.",
      citations: [
        cite.port(
          P.gfpAnalysis,
          "Ob und wie umfassend GFP in den PORT-Zentren umgesetzt werden kann, ist damit aber auch immer abhängig von den bestehenden kommunalen GFP-Strukturen.",
        ),
      ],
    },
  },
  typicalCosts: {
    statements: [
      {
        text: "Die Studie nennt keine Gesamtkosten; sie verweist auf Förderrichtlinien einzelner Länder, in Baden-Württemberg bis zu 300.000 € je Primärversorgungsprojekt.",
        citations: [
          cite.port(P.conclusion, "primaerversorgung-mit-jeweils-bis-zu-300000-euro"),
          cite.port(P.conclusion, "Einzelne Bundesländer (z. B. Baden-Württemberg17, Hessen18) haben inzwischen Förderrichtlinien erlassen"),
        ],
      },
    ],
    gap: `${NOT_IN_SOURCES}: Höhe der PORT-Förderung der Robert Bosch Stiftung und laufende Kosten.`,
  },
  timeToEffect: {
    statements: [
      {
        text: "PORT-Förderung ab 2017, supPORT ab 2018; zum Interviewzeitpunkt 2020 war GFP erst an drei von fünf Standorten substanziell vorangebracht. Verhältnisprävention zeigt Ergebnisse oft erst nach Jahren.",
        citations: [
          cite.port(P.gfpStatus, "Zusammenfassend kann konstatiert werden, dass in drei der fünf analysierten Standorte GFP durch das PORT-Projekt substanziell vorangebracht worden ist."),
          cite.port(P.gfpAnalysis, "Ergebnisse werden oft erst nach Jahren sichtbar"),
        ],
      },
    ],
  },
  strengths: [
    {
      text: "Teamversorgung mit Case Management und Delegation entlastet Ärztinnen und Ärzte.",
      citations: [
        cite.port(
          P.willingen,
          "sieht für sich durch die Einführung des Case-Managements und die Delegation von Aufgaben auch eine große Entlastung im Alltag durch das PORT-Projekt",
        ),
      ],
    },
    {
      text: "Verbindet Versorgung mit Prävention, Ehrenamt und Gemeinde (z. B. Nachbarschaftshilfe-Verein Büsum, „Gesunde Gemeinde“ Hohenstein).",
      citations: [
        cite.port(P.buesum, "Hierzu wurde im April 2019 der Verein Nachbarschaftshilfe Amt Büsum Wesselburen e. V. gegründet."),
        cite.port(P.hohenstein, "Eine enge Zusammenarbeit besteht mit der Arbeitsgruppe „Gesunde Gemeinde“ Hohenstein"),
      ],
    },
  ],
  risks: [
    {
      text: "Finanzierung nach Ende der Förderung ist unsicher, weil viele Leistungen nicht im GKV-Katalog stehen.",
      citations: [dornhanFunding, gkvDoesNotPay],
    },
    {
      text: "Interprofessionelle Zusammenarbeit ist kein Selbstläufer; Konflikte zwischen Ärzt:innen und anderen Berufen müssen bearbeitet werden.",
      citations: [cite.port(P.analysis, "Nicht selten kommt es zu Konflikten, die bearbeitet werden müssen.")],
    },
    {
      text: "Gesundheitsämter sind personell oft zu schwach, um GFP mitzutragen.",
      citations: [
        cite.port(
          P.analysis,
          "Ein weiterer Grund ist, dass die Gesundheitsämter oftmals nicht über die nötigen personellen Ressourcen verfügen.",
        ),
      ],
    },
    {
      text: "Die Studie untersucht eine Positivauswahl; ihre Ergebnisse lassen sich nicht verallgemeinern.",
      citations: [
        cite.port(
          P.design,
          "bedingt allerdings, dass sich die Ergebnisse nicht auf die Gesamtheit der PORT-Projekte übertragen lassen",
        ),
      ],
    },
  ],
  control: {
    level: "depends-on-carrier",
    text: "Die Steuerungsmacht hängt vom Träger ab: direkt beim kommunalen MVZ, ausgehandelt bei Verein oder Lenkungskreis.",
    citations: [
      cite.port(
        P.conclusion,
        "Welche Steuerungsrolle den Kommunen im PORT-Zentrum zukommt, hängt maßgeblich von der gewählten Organisationsform ab.",
      ),
    ],
  },
  caseStudySlugs: ["buesum", "darmstadt-dieburg-ober-ramstadt", "dornhan", "hohenstein", "willingen-diemelsee"],
  portCarriers: [
    {
      carrier: "municipal-mvz",
      sites: ["buesum", "darmstadt-dieburg-ober-ramstadt"],
      text: "Kommunales MVZ: Ärztezentrum Büsum gGmbH (Gemeinde) und Primärversorgungszentrum Ober-Ramstadt (MVZ GmbH des Landkreises).",
      citations: [
        cite.port(P.analysis, "Nur zwei der von uns untersuchten PORT-Zentren sind als MVZ organisiert. Beide befinden sich in kommunaler Trägerschaft."),
      ],
    },
    {
      carrier: "provider-network",
      sites: ["willingen-diemelsee", "dornhan"],
      text: "Verein/Netzwerk: Gesundheitsnetzwerk PORT Willingen-Diemelsee e.V.; in Dornhan organisiert der Verein „Gesundheitsnetz Dornhan e.V.“ die Zusammenarbeit im Gesundheitszentrum.",
      citations: [cite.port(P.analysis, "In Dornhan und Willingen ist das PORT-Zentrum über einen Verein organisiert.")],
    },
    {
      carrier: "health-centre",
      sites: ["dornhan", "hohenstein"],
      text: "Gesundheitszentrum: Dornhan (Investorenbau mit Mietgarantie der Stadt) und Hohenstein (Grundstücke der Gemeinde, Projektträgerschaft von Gemeinde und Landkreis, Lenkungskreis).",
      citations: [
        cite.port(P.hohenstein, "Landkreis und Gemeinde sind im Lenkungskreis vertreten"),
        cite.port(P.dornhan, "Das Gesundheitszentrum Dornhan ist ein Projekt aus dem PORT-Förderprogramm der Robert-Bosch-Stiftung."),
      ],
    },
  ],
  citations: [cite.port(P.intro, "Die Robert Bosch Stiftung fördert seit einigen Jahren patientenorientierte Zentren zur Primär- und Langzeitversorgung (PORT).")],
};

export const governanceModels: readonly GovernanceModel[] = [providerNetwork, municipalMvz, healthCentre, port];

/** Sources agree: there is no universal solution. */
export const NO_UNIVERSAL_SOLUTION = {
  text: "Es gibt keine allgemeingültige Lösung; jede Kommune muss ihr Modell an Bedarfe und Ressourcen anpassen.",
  citations: [
    noUniversalSolution,
    cite.port(P.conclusion, "sodass es keine universelle Lösung für alle Kommunen geben kann"),
  ],
} as const;
