import { z } from "zod";
import { CarrierModelIdSchema, SlugSchema } from "./ids";
import { CitationsSchema } from "./citation";
import { CitedStatementsSchema, CitedTextSchema, cite, NOT_IN_SOURCES, SECTION } from "./common";
import { OberenderRoleSlugSchema } from "./roles";

const P = SECTION.port;
const W = SECTION.workshop;
const I = SECTION.invitation;

export const AgsSchema = z.string().regex(/^\d{8}$/, "AGS hat 8 Ziffern.");
export const CountyKeySchema = z.string().regex(/^\d{5}$/, "Kreisschlüssel hat 5 Ziffern.");

export const CaseStudySourceKindSchema = z.enum(["workshop", "port-study", "county-answer"]);

export const MunicipalRoleTakenSchema = z.object({
  /** Oberender role, or "other" for roles outside the list (e.g. rent guarantee, website). */
  role: z.union([OberenderRoleSlugSchema, z.literal("other")]),
  text: z.string().min(1),
  citations: CitationsSchema,
});

export const DisagreementSchema = z.object({
  topic: z.string().min(1),
  sides: z.array(CitedTextSchema).min(2),
  /** How the knowledge base handles it (German). */
  handling: z.string().min(1),
});
export type Disagreement = z.infer<typeof DisagreementSchema>;

export const CaseStudySchema = z.object({
  slug: SlugSchema,
  name: z.string().min(1),
  sourceKind: CaseStudySourceKindSchema,
  /** 8-digit AGS of the town(s); empty for a county-level case. */
  municipalityAgs: z.array(AgsSchema),
  countyKey: CountyKeySchema.optional(),
  state: z.string().min(1),
  /** Carrier model(s); empty when the case is no carrier model (county coordination). */
  modelIds: z.array(CarrierModelIdSchema),
  /** true for PORT/supPORT sites. */
  port: z.boolean(),
  modelNote: z.string().min(1).optional(),
  summary: z.string().min(1),
  years: z.array(CitedTextSchema).min(1),
  costs: CitedStatementsSchema,
  municipalRoles: z.array(MunicipalRoleTakenSchema).min(1),
  whatWorked: CitedStatementsSchema,
  whatDidNot: CitedStatementsSchema,
  disagreements: z.array(DisagreementSchema),
  citations: CitationsSchema,
});
export type CaseStudy = z.infer<typeof CaseStudySchema>;

const NO_COSTS = `${NOT_IN_SOURCES}: keine Kostenangaben`;

export const caseStudies: readonly CaseStudy[] = [
  {
    slug: "doerentrup",
    name: "Dörentrup – „Gesundes Dörentrup“",
    sourceKind: "workshop",
    municipalityAgs: ["05766024"],
    countyKey: "05766",
    state: "Nordrhein-Westfalen",
    modelIds: ["provider-network"],
    port: false,
    summary:
      "Ärzte und später weitere Gesundheitsanbieter bilden ein offenes, informelles Netzwerk; die Gemeinde unterstützt mit Räumen, Einladungsmanagement und Webauftritt. Es ersetzte ein ursprünglich geplantes kommunales MVZ (warum, steht nicht in den Quellen).",
    years: [
      {
        text: "Workshop in Dörentrup am 18. November 2025; Gründungsjahr des Netzwerks nicht in den Quellen.",
        citations: [cite.workshop("Kleinstadt Akademie auf Tour", "18. November 2025")],
      },
    ],
    costs: { statements: [], gap: NO_COSTS },
    municipalRoles: [
      {
        role: "ueberlassung-raeumlichkeiten",
        text: "Raumangebote für das Netzwerk.",
        citations: [cite.workshop(W.doerentrup, "Die Kommune unterstützt mit Raumangeboten, Einladungsmanagement und Webauftritt.")],
      },
      {
        role: "vernetzung",
        text: "Einladungsmanagement und Webauftritt.",
        citations: [cite.workshop(W.doerentrup, "Einladungsmanagement und Webauftritt")],
      },
      {
        role: "initiierung",
        text: "Die Kommune entwickelte das informelle Gesundheitsnetzwerk.",
        citations: [cite.invitation(I.title, "Die Kommune entwickelte ein informelles Gesundheitsnetzwerk als Alternative zum ursprünglich geplanten kommunalen MVZ.")],
      },
    ],
    whatWorked: {
      statements: [
        {
          text: "Engagement des Bürgermeisters und räumliche Konzentration (Thematischer Rundgang entlang der „Gesundheitsmeile“).",
          citations: [
            cite.workshop(W.tipTask, "In Dörentrup, Marienmünster und Schneeberg war dieses Engagement zentral"),
            cite.invitation(I.title, "Thematischer Rundgang entlang der \"Gesundheitsmeile\" in Dörentrup"),
          ],
        },
      ],
    },
    whatDidNot: { statements: [], gap: `${NOT_IN_SOURCES}: Schwierigkeiten des Netzwerks werden nicht beschrieben.` },
    disagreements: [],
    citations: [cite.workshop(W.doerentrup)],
  },
  {
    slug: "marienmuenster",
    name: "Marienmünster – kommunales MVZ",
    sourceKind: "workshop",
    municipalityAgs: ["05762024"],
    countyKey: "05762",
    state: "Nordrhein-Westfalen",
    modelIds: ["municipal-mvz"],
    port: false,
    summary:
      "Weil absehbar keine ärztliche Versorgung mehr gesichert war, brachte die Stadt ein kommunales MVZ auf den Weg, das künftig die hausärztliche Versorgung der ganzen Stadt übernimmt; die Kommune trägt rund 2,6 Mio. €, alle Entscheidungen wurden fraktionsübergreifend getragen. Die Ergebnisse schreiben „Marienburg“.",
    years: [
      {
        text: `Jahreszahlen: ${NOT_IN_SOURCES} (Vorstellung beim Workshop am 18. November 2025).`,
        citations: [cite.invitation(I.title, "Bürgermeister a.D. Josef Suermann stellt vor")],
      },
    ],
    costs: {
      statements: [
        {
          text: "Die Kommune trägt rund 2,6 Mio. € für die Entwicklung des kommunalen MVZ.",
          citations: [cite.workshop(W.tipCosts, "in Marienburg trägt die Kommune rund 2,6 Mio. € für die Entwicklung des kommunalen MVZ")],
        },
      ],
    },
    municipalRoles: [
      {
        role: "gesellschafter",
        text: "Trägerin des MVZ.",
        citations: [cite.invitation(I.title, "Für ein MVZ in kommunaler Trägerschaft")],
      },
      {
        role: "initiierung",
        text: "Die Kleinstadt brachte das MVZ auf den Weg.",
        citations: [cite.workshop(W.marienburg, "hat die Kleinstadt ein kommunales MVZ auf den Weg gebracht")],
      },
    ],
    whatWorked: {
      statements: [
        {
          text: "Fraktionsübergreifend getragene Entscheidungen sicherten Kontinuität und Umsetzung.",
          citations: [
            cite.workshop(
              W.tipConsensus,
              "In Marienmünster wurden alle Entscheidungen zum kommunalen MVZ fraktionsübergreifend getragen – ein wichtiger Faktor für Kontinuität und erfolgreiche Umsetzung.",
            ),
          ],
        },
      ],
    },
    whatDidNot: {
      statements: [],
      gap: `${NOT_IN_SOURCES}: Die Einladung spricht von „damit verbundenen Herausforderungen“, nennt sie aber nicht.`,
    },
    disagreements: [
      {
        topic: "Beschäftigungsform der Ärztinnen und Ärzte",
        sides: [
          {
            text: "Ergebnisse: Alle Ärztinnen und Ärzte sind im MVZ angestellt.",
            citations: [cite.workshop(W.marienburg, "Ärzte und Ärztinnen sind im MVZ angestellt.")],
          },
          {
            text: "Einladung: Im MVZ sind Vertragsärzte und angestellte Ärzte tätig.",
            citations: [cite.invitation(I.title, "in dem Vertragsärzte und angestellte Ärzte tätig sind")],
          },
        ],
        handling: "Beide Aussagen werden gezeigt; die Beschäftigungsform gilt als ungeklärt.",
      },
      {
        topic: "Name der Stadt",
        sides: [
          {
            text: "Ergebnisse: „Marienburg“ (Überschrift, E-Mail-Adresse, zwei Tipps).",
            citations: [cite.workshop(W.marienburg, "Marienburg: Kommunales MVZ")],
          },
          {
            text: "Einladung und ein Tipp der Ergebnisse: „Marienmünster“.",
            citations: [
              cite.invitation(I.title, "entschied sich stattdessen die Stadt Marienmünster"),
              cite.workshop(W.tipConsensus, "In Marienmünster wurden alle Entscheidungen"),
            ],
          },
        ],
        handling: "Eine Stadt: Marienmünster (AGS 05762024); „Marienburg“ ist ein Fehler im Ergebnistext.",
      },
    ],
    citations: [cite.workshop(W.marienburg)],
  },
  {
    slug: "schneeberg",
    name: "Schneeberg – Gesundheitszentrum im ehemaligen Krankenhaus",
    sourceKind: "workshop",
    municipalityAgs: ["14521530"],
    countyKey: "14521",
    state: "Sachsen",
    modelIds: ["health-centre"],
    port: false,
    summary:
      "Die Stadt kaufte eine ehemalige Krankenhaus-Immobilie, baute sie für rund 3,2 Mio. € um und vermietet an Praxen verschiedener Fachrichtungen; Stück für Stück entsteht mit den künftigen Ärztinnen und Ärzten ein Angebot bis zu ambulanten Operationen.",
    years: [
      {
        text: `Jahreszahlen: ${NOT_IN_SOURCES}.`,
        citations: [cite.workshop(W.schneeberg, "Stück für Stück")],
      },
    ],
    costs: {
      statements: [
        {
          text: "Rund 3,2 Mio. € für den Umbau des ehemaligen Krankenhauses (Kaufpreis nicht genannt).",
          citations: [cite.workshop(W.tipCosts, "Die Stadt Schneeberg investierte rund 3,2 Mio. € in den Umbau des ehemaligen Krankenhauses")],
        },
      ],
    },
    municipalRoles: [
      {
        role: "eigentuemer-gebaeude",
        text: "Eigentümerin und Vermieterin der Immobilie.",
        citations: [cite.invitation(I.title, "kaufte eine ehemalige Krankenhaus-Immobilie und vermietet die Räumlichkeiten an Arztpraxen unterschiedlicher Fachrichtungen")],
      },
    ],
    whatWorked: {
      statements: [
        {
          text: "Aufbau gemeinsam mit den zukünftigen Ärzten; räumliche Konzentration stabilisiert die Versorgung.",
          citations: [
            cite.workshop(W.schneeberg, "direkt mit den zukünftigen Ärzten und Ärztinnen"),
            cite.workshop(W.tipProximity, "Marienburg, Schneeberg und Dörentrup zeigen"),
          ],
        },
      ],
    },
    whatDidNot: { statements: [], gap: `${NOT_IN_SOURCES}: Schwierigkeiten werden nicht beschrieben.` },
    disagreements: [],
    citations: [cite.workshop(W.schneeberg)],
  },
  {
    slug: "buesum",
    name: "Büsum – Ärztezentrum Büsum gGmbH (PORT)",
    sourceKind: "port-study",
    municipalityAgs: ["01051013"],
    countyKey: "01051",
    state: "Schleswig-Holstein",
    modelIds: ["municipal-mvz"],
    port: true,
    modelNote: "Gestartet als kommunale Eigeneinrichtung nach § 105 SGB V, heute gGmbH mit der Gemeinde als alleiniger Gesellschafterin; Gebäude im Eigentum der Gemeinde.",
    summary:
      "2015 gründete Büsum auf Initiative des Kreiskoordinators für ambulante Versorgung die bundesweit erste kommunale Eigeneinrichtung; vier von fünf Hausärzt:innen wechselten in die Anstellung. Ab 2017 wurde das Ärztezentrum mit PORT-Förderung zum Gesundheitszentrum mit Case Management, E-Health, Schulungszentrum und Ehrenamtsverein ausgebaut; die Geschäftsführung liegt per Managementvertrag bei der äg Nord.",
    years: [
      {
        text: "2015 Gründung der Eigeneinrichtung; ab 2017 PORT-Weiterentwicklung; April 2019 Gründung des Nachbarschaftshilfe-Vereins; Ende 2020 dritte Erweiterung.",
        citations: [
          cite.port(P.buesum, "Der abzusehende Mangel an Hausärzt:innen bewog die Gemeinde Büsum 2015 dazu"),
          cite.port(P.buesum, "Ab 2017 wurde das Ärztezentrum auf Initiative des Kreises Dithmarschen"),
        ],
      },
    ],
    costs: {
      statements: [
        {
          text: "Die Gemeinde finanzierte Umbau und Erweiterungen (Beträge nicht genannt); Case Managerin aus PORT-Förderung.",
          citations: [
            cite.port(P.buesum, "Der Umbau des vorhandenen Ärztehauses in ein gemeinsames Hausarztzentrum wurde von der Gemeinde Büsum finanziert."),
            cite.port(P.buesum, "Eine durch die PORT-Förderung finanzierte Case Managerin"),
          ],
        },
      ],
      gap: `${NOT_IN_SOURCES}: Beträge.`,
    },
    municipalRoles: [
      {
        role: "gesellschafter",
        text: "Alleinige Gesellschafterin der Ärztezentrum Büsum gGmbH.",
        citations: [cite.port(P.buesum, "Die Gemeinde ist die alleinige Gesellschafterin der Ärztezentrum Büsum gGmbH")],
      },
      {
        role: "eigentuemer-gebaeude",
        text: "Eigentümerin des Gebäudes, vermietet an die gGmbH.",
        citations: [cite.port(P.buesum, "Sie ist Besitzerin des Gebäudes")],
      },
      {
        role: "unterstuetzung-verein",
        text: "Unterstützt den Verein, der die ehrenamtliche Arbeit koordiniert.",
        citations: [cite.port(P.buesum, "Darüber hinaus unterstützt die Gemeinde den Verein, der die ehrenamtliche Arbeit koordiniert.")],
      },
      {
        role: "vernetzung",
        text: "Der Beauftragte des Kreises für ambulante Versorgung vernetzt und steuert.",
        citations: [cite.port(P.buesum, "übernimmt wichtige Aufgaben in der Vernetzung und Steuerung des PORT-Gesundheitszentrums")],
      },
    ],
    whatWorked: {
      statements: [
        {
          text: "Kreiskoordinator mit Fachexpertise und Ärztekontakten; mutiger Bürgermeister; früher Kontakt zur KV; enge Zusammenarbeit von Kreis und Gemeinde; Ausbildung eigener Allgemeinmediziner.",
          citations: [
            cite.port(P.buesum, "Mit dem Koordinator für die ambulante Versorgung verfügt der Landkreis auch über einen ausgewiesenen Experten des Gesundheitswesens."),
            cite.port(P.buesum, "Hervorzuheben ist auch die enge Zusammenarbeit zwischen dem Landkreis und der Gemeinde"),
          ],
        },
      ],
    },
    whatDidNot: {
      statements: [
        {
          text: "Mit der übertragenen Geschäftsführung bestimmt die Gemeinde das operative Geschäft nicht mehr direkt.",
          citations: [cite.port(P.analysis, "Dort hat sie die Geschäftsführung an eine Ärztegenossenschaft übertragen und kann so das operative Geschäft nicht mehr direkt bestimmen.")],
        },
      ],
    },
    disagreements: [
      {
        topic: "Eigeneinrichtung oder MVZ",
        sides: [
          {
            text: "Die Studie beschreibt die Gründung als kommunale Eigeneinrichtung nach § 105 SGB V.",
            citations: [cite.port(P.buesum, "ein Hausärztezentrum als kommunale Eigeneinrichtung gegründet")],
          },
          {
            text: "An anderer Stelle spricht sie vom MVZ in Büsum und zählt Büsum zu den als MVZ organisierten PORT-Zentren.",
            citations: [
              cite.port(P.buesum, "von denen heute drei in Anstellung im MVZ in Büsum tätig sind"),
              cite.port(P.buesum, "Neben dem MVZ in Büsum existieren inzwischen vier weitere MVZ im Landkreis."),
            ],
          },
        ],
        handling: "Als kommunales MVZ-Trägermodell geführt; Start als Eigeneinrichtung (§ 105 Abs. 5 SGB V), heute gGmbH – die Rechtsgrundlage der heutigen Form nennt die Studie nicht ausdrücklich.",
      },
    ],
    citations: [cite.port(P.buesum)],
  },
  {
    slug: "darmstadt-dieburg-ober-ramstadt",
    name: "Landkreis Darmstadt-Dieburg – Primärversorgungszentrum Ober-Ramstadt (supPORT)",
    sourceKind: "port-study",
    municipalityAgs: ["06432016"],
    countyKey: "06432",
    state: "Hessen",
    modelIds: ["municipal-mvz"],
    port: true,
    modelNote: "Kreis-MVZ: Landkreis über die kreiseigene MVZ GmbH alleiniger Gesellschafter und zugleich Geschäftsführung; Immobilie privat gemietet.",
    summary:
      "Der Landkreis gründete 2014 in Absprache mit einer Gemeinschaftspraxis durch Aufkauf von Arztsitzen sein erstes MVZ in Ober-Ramstadt und unterhält inzwischen fünf MVZ. Ab 2018 wurde das MVZ mit sechs angestellten Ärzt:innen, NäPa und zwei Case Manager:innen zum Primärversorgungszentrum; Beiräte binden Bürgermeister und Fachleute ein.",
    years: [
      {
        text: "2014 erstes Kreis-MVZ; 2016 „Gesundheitskonzept 2025“; 2017 Umzug; ab 2018 Primärversorgungszentrum.",
        citations: [
          cite.port(P.darmstadtDieburg, "hat der Landkreis im Jahr 2014 sein erstes MVZ durch den Aufkauf von Arztsitzen gegründet"),
          cite.port(P.darmstadtDieburg, "Als 2017 ein Umzug des MVZ notwendig wurde"),
        ],
      },
    ],
    costs: { statements: [], gap: `${NO_COSTS} (Aufkauf von Arztsitzen ohne Betrag)` },
    municipalRoles: [
      {
        role: "gesellschafter",
        text: "Landkreis als alleiniger Gesellschafter und Dienstherr der Geschäftsführung.",
        citations: [cite.port(P.darmstadtDieburg, "Über die landkreiseigene MVZ GmbH ist er alleiniger Gesellschafter des PVZ in Ober-Ramstadt und Dienstherr der Geschäftsführung.")],
      },
      {
        role: "unterstuetzung-immobilie-investor",
        text: "Die Stadt Ober-Ramstadt half bei der Suche nach einem neuen Mietobjekt.",
        citations: [cite.port(P.darmstadtDieburg, "war die Stadt bei der Suche nach einem neuen Mietobjekt behilflich")],
      },
      {
        role: "unterstuetzung-bedarfsermittlung",
        text: "Der Antrag enthält eine umfassende Bestands- und Bedarfsanalyse.",
        citations: [cite.port(P.darmstadtDieburg, "Der Antrag enthält eine umfassende Bestands- und Bedarfsanalyse.")],
      },
      {
        role: "vernetzung",
        text: "Regionaler Beirat (Landrat, fünf Bürgermeister:innen, Kliniken) und Fachbeirat.",
        citations: [cite.port(P.darmstadtDieburg, "Hierfür hat er einen regionalen Beirat gegründet")],
      },
    ],
    whatWorked: {
      statements: [
        {
          text: "Klinik-Erfahrung des Kreises, engagierter Landrat, breite Beteiligung; Trägerschaft und Management in kommunaler Hand erlauben direktere Steuerung; angestellte Ärzt:innen haben weniger Verwaltungsaufgaben.",
          citations: [
            cite.port(P.darmstadtDieburg, "Beim PVZ in Ober-Ramstadt liegen sowohl Trägerschaft als auch das Management in kommunaler Hand, was eine direktere Versorgungssteuerung ermöglicht."),
            cite.port(P.darmstadtDieburg, "Ein weiterer Gelingensfaktor sind die umfassenden Beteiligungsstrukturen"),
          ],
        },
      ],
    },
    whatDidNot: {
      statements: [
        {
          text: "GFP blieb mit dem Prä-Diabetespfad auf medizinische Prävention beschränkt.",
          citations: [cite.port(P.gfpStatus, "Abgesehen davon bleibt die GFP-Arbeit in Ober-Ramstadt mit dem Angebot des Prä-Diabetespfads auf medizinische Prävention beschränkt.")],
        },
      ],
    },
    disagreements: [
      {
        topic: "Seit wann dürfen Kommunen MVZ gründen?",
        sides: [
          {
            text: "Kapitel 2.1: erst mit dem Versorgungsstärkungsgesetz 2015.",
            citations: [cite.port(P.medicalCare, "weshalb der Gesetzgeber mit dem Versorgungsstärkungsgesetz 2015 die Möglichkeiten der Kommunen")],
          },
          {
            text: "Fazit: „seit 2012“; und der Landkreis gründete sein erstes MVZ bereits 2014.",
            citations: [
              cite.port(P.conclusion, "seit 2012 die Möglichkeit der Einrichtung kommunaler MVZ geschaffen"),
              cite.port(P.darmstadtDieburg, "hat der Landkreis im Jahr 2014 sein erstes MVZ durch den Aufkauf von Arztsitzen gegründet"),
            ],
          },
        ],
        handling: "Kein Datum als Tatsache; die Regel wird mit ihrer Rechtsquelle (§ 95 Abs. 1a SGB V) gezeigt.",
      },
    ],
    citations: [cite.port(P.darmstadtDieburg)],
  },
  {
    slug: "dornhan",
    name: "Dornhan – Gesundheitszentrum Dornhan (supPORT)",
    sourceKind: "port-study",
    municipalityAgs: ["08325012"],
    countyKey: "08325",
    state: "Baden-Württemberg",
    modelIds: ["health-centre"],
    port: true,
    modelNote: "Gesundheitszentrum im Investorenbau; die Zusammenarbeit organisiert der Verein „Gesundheitsnetz Dornhan e.V.“ (Bürgermeister im Vorstand), die Geschäftsführung hat die DIOMEDES GmbH.",
    summary:
      "Als ein Hausarzt seinen Rückzug ankündigte, ließ sich die Stadt von der DIOMEDES GmbH beraten, kaufte ein Industriegebäude, riss es mit Landesmitteln ab und ließ einen lokalen Investor neu bauen; sie übernahm eine Mietgarantie für das Arzt-Geschoss. Zwei Hausärzt:innen, Therapiepraxen und Sozialstation arbeiten dort selbstständig.",
    years: [
      {
        text: "Projektstart 2018 (supPORT); 2020 GFP-Fachkraft in Teilzeit.",
        citations: [
          cite.port(P.dornhan, "Ziel des 2018 gestarteten Projektes ist es"),
          cite.port(P.gfpStatus, "Im Jahr 2020 wurde dann zusätzlich eine Fachkraft für GFP in Teilzeit angestellt"),
        ],
      },
    ],
    costs: {
      statements: [
        {
          text: "Abriss mit Fördermitteln des Landes Baden-Württemberg; Mietgarantie für das Erdgeschoss (Beträge nicht genannt).",
          citations: [
            cite.port(P.dornhan, "Mit Fördermitteln des Landes Baden-Württemberg hat sie das alte Industriegebäude abgerissen."),
            cite.port(P.dornhan, "eine Mietgarantie"),
          ],
        },
      ],
      gap: `${NOT_IN_SOURCES}: Beträge.`,
    },
    municipalRoles: [
      {
        role: "unterstuetzung-immobilie-investor",
        text: "Grundstück erschlossen, Abriss organisiert und finanziert, lokaler Investor baute.",
        citations: [cite.port(P.dornhan, "Die Kommune hat mit der Erschließung des Grundstücks für das Gesundheitszentrum den baulichen Grundstein für das Projekt gelegt.")],
      },
      {
        role: "other",
        text: "Mietgarantie für das Geschoss mit der Arztpraxis.",
        citations: [cite.port(P.dornhan, "die Stadt Dornhan übernahm für das Erdgeschoss, in dem die Arztpraxis untergebracht ist, eine Mietgarantie")],
      },
      {
        role: "unterstuetzung-verein",
        text: "Gründungsmitglied und über den Bürgermeister im Vorstand des Vereins.",
        citations: [cite.port(P.dornhan, "Die Kommune ist über den Bürgermeister im Vorstand des Vereins „Gesundheitsnetz Dornhan e. V.“ vertreten")],
      },
      {
        role: "kooperation-gfp",
        text: "Eingeschränkt: Bürgermeister über den Verein in die Präventionsarbeit eingebunden, Landkreis nicht (Abbildung 1: „(X)“).",
        citations: [cite.port(P.analysis, "In Dornhan ist der Bürgermeister über seine Mitgliedschaft im Verein in die Präventionsarbeit eingebunden")],
      },
    ],
    whatWorked: {
      statements: [
        {
          text: "Externe Beratungsagentur (Expertise und Zeit, die der Verwaltung fehlten); engagierter Bürgermeister; der Verein als Plattform, auf der sich die Akteure kennenlernen.",
          citations: [
            cite.port(P.dornhan, "Einen großen Einfluss auf die erfolgreiche Umsetzung wird von kommunaler Seite der fachlichen Unterstützung durch eine externe Beratungsagentur zugeschrieben."),
            cite.port(P.dornhan, "Der Bürgermeister von Dornhan engagiert sich im besonderen Maß für das Projekt."),
          ],
        },
      ],
    },
    whatDidNot: {
      statements: [
        {
          text: "Multiprofessionelle Zusammenarbeit mit den selbstständigen Ärzt:innen noch nicht wie gewünscht; ein MVZ war ohne Kreis oder Krankenhausträger nicht realisierbar, Gespräche blieben ergebnislos; Weiterfinanzierung nach Förderende offen.",
          citations: [
            cite.port(P.dornhan, "Als maßgebliche Hürde hierfür wird die selbstständige Tätigkeit der Ärzt:innen benannt."),
            cite.port(P.dornhan, "Hierzu waren Gespräche erfolgt, diese hatten jedoch zu keinem produktiven Ergebnis geführt."),
            cite.port(P.dornhan, "Sorge besteht in der Kommune über die Weiterfinanzierung nach Auslaufen der PORT-Förderung"),
          ],
        },
      ],
    },
    disagreements: [
      {
        topic: "Welcher Verein organisiert GFP – Hohenstein oder Dornhan?",
        sides: [
          {
            text: "Kapitel 4.3 schreibt: „In Hohenstein erfolgt dies durch den Verein „Gesundheitsnetz Dornhan e. V.““.",
            citations: [cite.port(P.gfpStatus, "In Hohenstein erfolgt dies durch den Verein „Gesundheitsnetz Dornhan e. V.“")],
          },
          {
            text: "Der vorangehende Satz ordnet Hohensteins GFP der Geschäftsstelle der Kommunalen Gesundheitskonferenz zu; der Verein gehört zu Dornhan.",
            citations: [
              cite.port(P.gfpStatus, "In Hohenstein wird das GFP-Angebot von der Geschäftsstelle der Kommunalen Gesundheitskonferenz des Landkreises organisiert."),
              cite.port(P.dornhan, "Die Zusammenarbeit des Gesundheitszentrums wird über den eigens gegründeten Verein"),
            ],
          },
        ],
        handling: "Als Schreibfehler gewertet: gemeint ist Dornhan.",
      },
    ],
    citations: [cite.port(P.dornhan)],
  },
  {
    slug: "hohenstein",
    name: "Hohenstein – Gesundheitszentrum Hohenstein (PORT)",
    sourceKind: "port-study",
    municipalityAgs: ["08415090"],
    countyKey: "08415",
    state: "Baden-Württemberg",
    modelIds: ["health-centre"],
    port: true,
    modelNote: "Gemeinde und Landkreis Reutlingen sind gemeinsam Projektträger; Lenkungskreis aller Akteure; die Hausärztin ist beim MVZ II der Kreiskliniken angestellt.",
    summary:
      "Aus der Kommunalen Gesundheitskonferenz des Landkreises (seit 2010) entstand mit der Gemeinde ein Gesundheitszentrum: Die Gemeinde stellte die Grundstücke, ein ortsansässiger Fertighaushersteller baute und finanzierte, Gemeinde und Kreis zahlen Mietzuschüsse. 2019 eröffnet mit Hausarzt-, Kinderarzt-, Hebammen- und Physiotherapiepraxis, Gesundheitslotsin und GFP-Angeboten des Kreisgesundheitsamts.",
    years: [
      {
        text: "2010 erste Kommunale Gesundheitskonferenz; 2015 Zertifizierung „Gesunde Gemeinde“; Bau- und Aufbauphase 2017–2020; Eröffnung 2019; seit Juli 2020 Projektmanagement durch den ehemaligen Kliniken-Geschäftsführer.",
        citations: [
          cite.port(P.hohenstein, "In der Bau- und Aufbauphase (2017-2020)"),
          cite.port(P.hohenstein, "Das Gesundheitszentrum Hohenstein, das 2019 eröffnet wurde"),
        ],
      },
    ],
    costs: { statements: [], gap: `${NO_COSTS} (Mietzuschüsse und Anschubfinanzierung des Fördervereins ohne Beträge)` },
    municipalRoles: [
      {
        role: "unterstuetzung-immobilie-investor",
        text: "Grundstücke zur Verfügung gestellt, Bau organisiert, Fördermittel beantragt; Mietzuschüsse für Gemeinschaftsräume.",
        citations: [cite.port(P.hohenstein, "Die Grundstücke wurden von der Gemeinde zur Verfügung gestellt.")],
      },
      {
        role: "kooperation-gfp",
        text: "Die Geschäftsstelle der KGK im Kreisgesundheitsamt setzt GFP im Zentrum um.",
        citations: [cite.port(P.hohenstein, "übernimmt die Umsetzung der Gesundheitsförderung und Prävention im PORT-Gesundheitszentrum")],
      },
      {
        role: "nutzung-fuer-eigene-angebote",
        text: "Die KGK-Geschäftsstelle nutzt die Räume für Sprechstunden.",
        citations: [cite.port(P.hohenstein, "Die Geschäftsstelle nutzt auch die Räumlichkeiten des Gesundheitszentrums und bietet dort Sprechstunden an.")],
      },
      {
        role: "vernetzung",
        text: "Bürgerbeteiligung, Werbung bei Leistungserbringern, Vernetzung über den Arbeitskreis „Gesunde Gemeinde“.",
        citations: [cite.port(P.hohenstein, "führte z. B. verschiedene Formate der Bürgerbeteiligung durch und warb bei den Leistungserbringern für die Mitarbeit")],
      },
    ],
    whatWorked: {
      statements: [
        {
          text: "Partizipatives Vorgehen, Landrat mit Gesundheitsexpertise, Referentin in der Gemeindeverwaltung und das Zusammenspiel von Kreis und Gemeinde.",
          citations: [
            cite.port(P.hohenstein, "Ein weiterer Gelingensfaktor ist das partizipative Vorgehen."),
            cite.port(P.hohenstein, "Der Erfolg des PORT-Gesundheitszentrums in Hohenstein ist auch Ergebnis des gelungenen Zusammenspiels von Landkreis- und Gemeindeebene."),
          ],
        },
      ],
    },
    whatDidNot: {
      statements: [
        {
          text: "Selbstständige Leistungserbringer müssen Steuerung und Koordination nebenbei in ihrer Freizeit leisten.",
          citations: [cite.port(P.hohenstein, "nebenbei in ihrer Freizeit erbringen")],
        },
      ],
    },
    disagreements: [],
    citations: [cite.port(P.hohenstein)],
  },
  {
    slug: "willingen-diemelsee",
    name: "Willingen und Diemelsee – Gesundheitsnetzwerk PORT Willingen-Diemelsee e.V.",
    sourceKind: "port-study",
    municipalityAgs: ["06635022", "06635007"],
    countyKey: "06635",
    state: "Hessen",
    modelIds: ["provider-network"],
    port: true,
    modelNote: "Verein (2017); Vorsitz Bürgermeister Diemelsee, Finanzvorstand Bürgermeister Willingen (Upland), Landrat im Vorstand; hauptamtliche Geschäftsführung.",
    summary:
      "Auf einer bestehenden Zusammenarbeit von hausärztlicher Gemeinschaftspraxis und Pflegehotel in Willingen baute die Referentin des Kreisprogramms „Gesundheit schafft Zukunft“ das PORT-Netzwerk auf; Träger ist seit 2017 ein Verein mit beiden Bürgermeistern und dem Landrat im Vorstand und einer hauptamtlichen Geschäftsführerin.",
    years: [
      {
        text: "Verein 2017 gegründet; Versorgungslotsin seit Sommer 2018; Werkstudierende seit Sommer 2019.",
        citations: [
          cite.port(P.willingen, "der im Jahr 2017 gegründet wurde"),
          cite.port(P.willingen, "seit Sommer 2019 ergänzen zwei Werkstudent:innen das Team"),
        ],
      },
    ],
    costs: {
      statements: [
        {
          text: "VERAH aus PORT-Mitteln; keine kommunalen Ausgaben für Räume nötig.",
          citations: [
            cite.port(P.willingen, "Mit Mitteln aus der PORT-Förderung hat die hausärztliche Praxis in Willingen eine VERAH"),
            cite.port(P.willingen, "war hier keine Unterstützung durch die Kommunen notwendig"),
          ],
        },
      ],
      gap: `${NOT_IN_SOURCES}: Beträge.`,
    },
    municipalRoles: [
      {
        role: "initiierung",
        text: "Initiative der beim Landkreis beschäftigten Referentin.",
        citations: [cite.port(P.willingen, "Die Initiative für den PORT-Antrag ging von der damals beim Landkreis Waldeck-Frankenberg beschäftigten Referentin des Projektes „Gesundheit schafft Zukunft“ aus.")],
      },
      {
        role: "unterstuetzung-verein",
        text: "Bürgermeister und Landrat im Vereinsvorstand.",
        citations: [cite.port(P.willingen, "Alle drei sind Mitglieder des Vorstandes des Vereins.")],
      },
      {
        role: "vernetzung",
        text: "Die Bürgermeister binden das Netzwerk in ihre Gemeinden ein.",
        citations: [cite.port(P.willingen, "andererseits für die Einbindung des PORT-Gesundheitsnetzwerkes in ihre Gemeinden verantwortlich")],
      },
    ],
    whatWorked: {
      statements: [
        {
          text: "Bestehende Kooperation, hohes Engagement der Leistungserbringer, hauptamtliche Geschäftsführung mit Netzwerkerfahrung, frühe Steuerungsgruppe, Zusammenspiel von Kreis und Gemeinden.",
          citations: [
            cite.port(P.willingen, "Die Leistungserbringer:innen zeigen ein überdurchschnittlich hohes Engagement für das Gesundheitsnetzwerk."),
            cite.port(P.willingen, "Hilfreich war sicherlich auch, dass alle relevanten Akteure sehr frühzeitig über eine Steuerungsgruppe in die Antragstellung einbezogen wurden"),
          ],
        },
      ],
    },
    whatDidNot: {
      statements: [
        {
          text: "Zeitlicher Mehraufwand für die Leistungserbringer; GFP mit dem Gesundheitsamt war zum Interviewzeitpunkt erst geplant; die Kommunen entscheiden nur mit Vorstandsmehrheit.",
          citations: [
            cite.port(P.willingen, "Das PORT-Gesundheitsnetzwerk ist für sie mit zeitlichem Mehraufwand verbunden"),
            cite.port(P.analysis, "In Zukunft soll es in Willingen-Diemelsee eine Kooperation mit dem Gesundheitsamt geben"),
          ],
        },
      ],
    },
    disagreements: [],
    citations: [cite.port(P.willingen)],
  },
  {
    slug: "kreis-heinsberg",
    name: "Kreis Heinsberg – Koordinationsstelle bei der Wirtschaftsförderung und LandarztPlus",
    sourceKind: "county-answer",
    municipalityAgs: [],
    countyKey: "05370",
    state: "Nordrhein-Westfalen",
    modelIds: [],
    port: false,
    modelNote: "Kein Trägermodell: kreisweite Koordinations- und Nachwuchsinitiative (ProAktiMed, Startervorhaben LandarztPlus).",
    summary:
      "Seit 01.01.2025 eine 0,5-VZÄ-Stelle bei der Kreis-Wirtschaftsförderung: Abstimmung mit KV Nordrhein, Hausärzteverband, Gesundheitsamt und RWTH Aachen, Grobkonzept, Austausch mit dem Kreis Schaumburg, Startervorhaben LandarztPlus für Studierende der Landarztquote, Umfrage (über 60 Rückmeldungen), Dachmarkenkonzept. Begleitete Ansiedlungen gab es noch nicht.",
    years: [
      {
        text: "Beschluss des Kreisausschusses 11.09.2024; Stelle seit 01.01.2025; Grobkonzept 1. Halbjahr 2025; Startervorhaben 2. Halbjahr 2025; erste Angebote Ende 2026; Ausschusssitzung 25.03.2026.",
        citations: [
          cite.heinsberg(SECTION.heinsberg.q1, "entsprechend dem Beschluss des Kreisausschusses vom 11.09.2024 besetzt worden"),
          cite.heinsberg(SECTION.heinsberg.q4, "sowie zur Teilnahme an ersten Maßnahmen Ende 2026"),
        ],
      },
    ],
    costs: { statements: [], gap: `${NO_COSTS} (nur Stellenumfang 0,5 VZÄ)` },
    municipalRoles: [
      {
        role: "vernetzung",
        text: "Koordinierende Schnittstelle und Aufbau eines LandarztPlus-Netzwerks.",
        citations: [cite.heinsberg(SECTION.heinsberg.q3, "Aufbau eines belastbaren Netzwerks mit relevanten Akteuren im Kreis Heinsberg und darüber hinaus")],
      },
      {
        role: "initiierung",
        text: "Kreis initiierte die Struktur- und Nachwuchsinitiative ProAktiMed.",
        citations: [cite.heinsberg(SECTION.heinsberg.q5, "hat der Kreis Heinsberg eine kreisweite Struktur- und Nachwuchsinitiative auf den Weg gebracht")],
      },
    ],
    whatWorked: {
      statements: [
        {
          text: "Durchweg positive Resonanz, Kooperationsprojekt mit der RWTH Aachen, Zusage des Hausärzteverbands, über 60 Rückmeldungen von Studierenden.",
          citations: [
            cite.heinsberg(SECTION.heinsberg.q1, "Die Resonanz der bislang über die Initiative informierten Institutionen ist durchweg positiv."),
            cite.heinsberg(SECTION.heinsberg.q4, "Zusage des Hausärzteverband Nordrhein, die Initiative im Rahmen seiner Möglichkeiten zu unterstützen"),
          ],
        },
      ],
    },
    whatDidNot: {
      statements: [
        {
          text: "Noch keine begleiteten Ansiedlungen; Wirkung von LandarztPlus erst nach rund elf Jahren, während Praxisabgaben schon in den kommenden Jahren anstehen.",
          citations: [
            cite.heinsberg(SECTION.heinsberg.q4, "Begleitete Ansiedlungen im engeren Sinne sind zum jetzigen Zeitpunkt noch nicht erfolgt"),
            cite.heinsberg(SECTION.heinsberg.q5, "was bedeutet, dass die Wirkungen des Vorhabens LandarztPlus auf sich warten lassen werden"),
          ],
        },
      ],
    },
    disagreements: [],
    citations: [cite.heinsberg(SECTION.heinsberg.q1)],
  },
];
