import { z } from "zod";
import { SlugSchema } from "./ids";
import { CitationsSchema } from "./citation";
import { CitedTextSchema, cite, SECTION } from "./common";

const P = SECTION.port;
const W = SECTION.workshop;
const I = SECTION.invitation;

export const GuidingQuestionSchema = z.object({
  slug: SlugSchema,
  /** Verbatim from the invitation. */
  question: z.string().min(1),
  answer: z.array(CitedTextSchema).min(2),
  citations: CitationsSchema,
});
export type GuidingQuestion = z.infer<typeof GuidingQuestionSchema>;

const Q1 = "Welche strukturellen Vor- und Nachteile haben informelle Netzwerke gegenüber kommunalen Medizinischen Versorgungszentren (MVZ)?";
const Q2 = "Welche rechtlichen und finanziellen Herausforderungen bestehen für Kommunen sowie Akteurinnen und Akteure aus dem Gesundheitswesen?";
const Q3 = "Wie gelingen Generationenwechsel und Etablierung?";

export const guidingQuestions: readonly GuidingQuestion[] = [
  {
    slug: "netzwerk-oder-mvz",
    question: Q1,
    citations: [cite.invitation(I.title, Q1)],
    answer: [
      {
        text: "Ein Netzwerk ist der günstigste Einstieg: Die Kommune muss sich nicht finanziell beteiligen und kann mit Räumen, Einladungen und Webauftritt unterstützen (Dörentrup). Dafür bleibt ihre Steuerungsmacht begrenzt.",
        citations: [
          cite.port(P.analysis, "Für ein kommunales Engagement bei der Umsetzung von PORT-Zentren ist eine finanzielle Beteiligung keine notwendige Voraussetzung."),
          cite.workshop(W.doerentrup, "Die Kommune unterstützt mit Raumangeboten, Einladungsmanagement und Webauftritt."),
          cite.port(P.analysis, "Ohne finanzielles Engagement ist die Steuerungsmacht der Kommunen jedoch begrenzt."),
        ],
      },
      {
        text: "Im Netzwerk oder Verein entscheidet die Kommune nicht allein; es braucht Mehrheiten, praktisch Konsens. Als MVZ-Eigentümerin entscheidet sie direkt, mit eigener Geschäftsführung auch über Organisation und Leistungen.",
        citations: [
          cite.port(P.conclusion, "Als MVZ-Eigentümerinnen können die Kommunen Entscheidungen direkt treffen, bei den anderen Organisationsformen müssen sie Entscheidungen immer mit den weiteren Beteiligten aushandeln"),
        ],
      },
      {
        text: "Im Netzwerk koordinieren selbstständige Ärztinnen und Ärzte unbezahlt neben ihrer Arbeit; im MVZ geschieht Zusammenarbeit in der Arbeitszeit, und angestellte Ärzt:innen haben weniger Verwaltungsaufgaben.",
        citations: [
          cite.port(P.analysis, "Bessere Rahmenbedingungen für die interprofessionelle Zusammenarbeit bietet ein MVZ, denn hier kann die Zusammenarbeit im Rahmen der Arbeitszeit erfolgen."),
          cite.port(P.darmstadtDieburg, "müssen die angestellten Ärzt:innen zudem viel weniger organisatorische Aufgaben erledigen als in einer selbstständigen Praxis"),
        ],
      },
      {
        text: "Ein MVZ mit voller Steuerung stellt sehr hohe Anforderungen an Fachwissen und Geld, die kleinere Kommunen kaum erfüllen; nach außen bleibt auch das MVZ auf freiwillige Zusammenarbeit angewiesen.",
        citations: [
          cite.port(P.conclusion, "Diese sind von kleineren Kommunen kaum zu erfüllen."),
          cite.port(P.analysis, "Bezogen auf die Kooperation mit externen Akteuren sind alle Kommunen auf eine freiwillige Zusammenarbeit angewiesen."),
        ],
      },
      {
        text: "Eine allgemeingültige Lösung gibt es nicht; jede Kleinstadt braucht den Ansatz, der zu ihrer Lage passt.",
        citations: [cite.workshop(W.title, "Eine allgemeingültige Lösung gibt es nicht")],
      },
    ],
  },
  {
    slug: "rechtliche-und-finanzielle-herausforderungen",
    question: Q2,
    citations: [cite.invitation(I.title, Q2)],
    answer: [
      {
        text: "Den Sicherstellungsauftrag trägt die KV; Kommunen haben keinen Einfluss auf die Bedarfsplanung (§ 99 SGB V), stehen aber politisch in der Verantwortung, wenn Arztsitze nicht nachbesetzt werden.",
        citations: [
          cite.workshop(W.tipKv, "Die KV trägt den gesetzlichen Sicherstellungsauftrag"),
          cite.port(P.medicalCare, "Trotz der fehlenden Entscheidungsmacht stehen die Kommunen in der politischen Verantwortung"),
          cite.rule("§ 99 SGB V"),
        ],
      },
      {
        text: "Eigeneinrichtungen sind nur in begründeten Ausnahmefällen und mit Zustimmung der KV zulässig (§ 105 Abs. 5 SGB V); kommunale MVZ (§ 95 Abs. 1a SGB V) sind weniger voraussetzungsvoll, die Hürden bleiben für viele Kommunen aber zu groß.",
        citations: [
          cite.port(P.medicalCare, "und nur, wenn die zuständige Kassenärztliche Vereinigung (KV) dem Vorhaben zustimmt"),
          cite.port(P.conclusion, "sind die Hürden für viele Kommunen immer noch zu groß"),
          cite.rule("§ 105 Abs. 5 SGB V"),
          cite.rule("§ 95 Abs. 1a SGB V"),
        ],
      },
      {
        text: "Wer Träger wird, übernimmt ein nicht unerhebliches, kommunalrechtlich heikles finanzielles Risiko; Versorgung ist eine freiwillige Aufgabe, die Kommunen mit knappen Mitteln besonders abwägen müssen.",
        citations: [
          cite.port(P.analysis, "was kommunalrechtlich nicht unproblematisch ist"),
          cite.port(P.conclusion, "Aktivitäten im Bereich der Versorgung gehören zudem zu den freiwilligen Leistungen"),
        ],
      },
      {
        text: "Integrierte Leistungen und Prävention bezahlt die GKV meist nicht; Präventionsmittel sind schwer zugänglich. Kosten sind erheblich (Schneeberg rund 3,2 Mio. €, Marienmünster rund 2,6 Mio. €); Fördermittel fließen eher selten, einzelne Länder (Baden-Württemberg, Hessen) haben Förderrichtlinien.",
        citations: [
          cite.port(P.conclusion, "dass eine auskömmliche Finanzierung integrierter Versorgungskonzepte bislang über das GKV-System nicht möglich ist"),
          cite.workshop(W.tipCosts, "Gesundheitsinfrastruktur verursacht erhebliche Kosten."),
          cite.workshop(W.tipCosts, "Fördermittel helfen, fließen aber – so die Erfahrungen – eher selten."),
        ],
      },
      {
        text: "Für die Akteure im Gesundheitswesen: Interprofessioneller Austausch wird nicht vergütet, und der Sektor ist stark reguliert und hierarchisch – Kommunen sollen sich auf Gegenwind einstellen.",
        citations: [
          cite.port(P.analysis, "Da interprofessioneller Austausch im bestehenden System nicht vergütet wird"),
          cite.kommkom(SECTION.kommkom.perspectives, "Stellen Sie sich auf Gegenwind ein, aber geben Sie nicht auf!"),
        ],
      },
    ],
  },
  {
    slug: "generationenwechsel-und-etablierung",
    question: Q3,
    citations: [cite.invitation(I.title, Q3)],
    answer: [
      {
        text: "Generationenwechsel braucht einen langen Vorlauf: Studium und Facharztweiterbildung dauern rund elf Jahre, während viele Praxisabgaben in wenigen Jahren anstehen – deshalb parallel kurzfristig wirkende Maßnahmen.",
        citations: [
          cite.heinsberg(SECTION.heinsberg.q5, "rund elf Jahre Zeit in Anspruch nehmen"),
          cite.heinsberg(SECTION.heinsberg.q5, "dass auch kurzfristig wirkende Maßnahmen parallel in den Blick zu nehmen sind"),
        ],
      },
      {
        text: "Anstellung kann den Übergang tragen: In Büsum wechselten vier von fünf Hausärzt:innen in die kommunale Einrichtung, die selbst vier Allgemeinmediziner ausbildete, von denen drei blieben. Schneeberg baut sein Angebot direkt mit den künftigen Ärztinnen und Ärzten auf.",
        citations: [
          cite.port(P.buesum, "von denen heute drei in Anstellung im MVZ in Büsum tätig sind"),
          cite.workshop(W.schneeberg, "direkt mit den zukünftigen Ärzten und Ärztinnen"),
        ],
      },
      {
        text: "Nachwuchs früh binden: Heinsbergs LandarztPlus begleitet Studierende der Landarztquote bis zur Praxisgründung oder -übernahme; KommKom schlägt Mentoring, ein »Rundum-Sorglos-Paket« und attraktive Rahmenbedingungen vor.",
        citations: [
          cite.heinsberg(SECTION.heinsberg.q3, "bis hin zur späteren Praxisgründung oder -übernahme im Kreis Heinsberg"),
          cite.kommkom("Mentoring-Programm für angehende Ärzte & Apotheker", "Begleitet wird der Nachwuchs durch einen erfahrenen Arzt/Apotheker."),
          cite.workshop(W.tipAttractive, "Investitionen in Infrastruktur, Freizeitangebote und Bildungseinrichtungen erhöhen die Attraktivität"),
        ],
      },
      {
        text: "Etablierung gelingt mit verlässlichen Ansprechpersonen, dem Einsatz der Bürgermeister, parteiübergreifenden Beschlüssen über Wahlperioden hinweg und regelmäßigen Abstimmungen vor Ort.",
        citations: [
          cite.workshop(W.tipTask, "um unterschiedliche Versorgungsmodelle zu entwickeln und dauerhaft zu verankern"),
          cite.workshop(W.tipConsensus, "Einstimmige Beschlüsse in der Kommunalpolitik schaffen Planungssicherheit über Wahlperioden hinweg."),
          cite.workshop(W.tipLocal, "Klare Ansprechpersonen und verlässliche Austauschformate erhöhen die Handlungsfähigkeit."),
        ],
      },
      {
        text: "Dauerhaft tragfähig wird ein Projekt erst mit gesicherter Finanzierung nach der Förderung und einer Person, die sich vor Ort kümmert.",
        citations: [
          cite.port(P.dornhan, "Sorge besteht in der Kommune über die Weiterfinanzierung nach Auslaufen der PORT-Förderung"),
          cite.kommkom(SECTION.kommkom.fazitNetworker, "stellt die beste Möglichkeit zur Stärkung der kommunalen Gesundheitsversorgung dar"),
        ],
      },
    ],
  },
];
