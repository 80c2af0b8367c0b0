import { z } from "zod";
import { CitationsSchema, SourceFileSchema } from "./citation";
import { cite, SECTION } from "./common";

/** One of the five German source documents in `../shared/sources/`. */
export const SourceDocumentSchema = z.object({
  file: SourceFileSchema,
  /** German title as printed (or a descriptive title where the document has none). */
  title: z.string().min(1),
  /** Short German title for footnotes and hover texts. */
  shortTitle: z.string().min(1),
  /** What the document contains (German). */
  contents: z.string().min(1),
  /** Date as stated in the document, or "nicht in den Quellen". */
  date: z.string().min(1),
  /** Publisher / issuing body if stated, else "nicht in den Quellen". */
  publisher: z.string().min(1),
  /** Caveats for readers of the knowledge base (German). */
  caveats: z.array(z.string().min(1)),
  citations: CitationsSchema,
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

export const sources: readonly SourceDocument[] = [
  {
    file: "kleinstadt-akademie-doerentrup-2025-ergebnisse.txt",
    shortTitle: "Kleinstadt Akademie, Dörentrup 2025 – Ergebnisse",
    title:
      "Kommunale Gesundheitsversorgung in Kleinstädten sichern: Netzwerkbildung oder Medizinische Versorgungszentren? – Kleinstadt Akademie auf Tour in Dörentrup (Ergebnisse)",
    contents:
      "Ergebnisse des Erfahrungsaustauschs in Dörentrup am 18. November 2025: drei Kleinstädte (Dörentrup, Marienmünster – im Text „Marienburg“ –, Schneeberg), drei Modelle (informelles Netzwerk, kommunales MVZ, Gesundheitszentrum nach Poliklinik-Vorbild), Tipps für die Praxis und zwei Kostenangaben (rund 3,2 Mio. € Schneeberg, rund 2,6 Mio. € Marienmünster).",
    date: "Stand November 2025 (Veranstaltung am 18. November 2025)",
    publisher:
      "Geschäftsstelle Kleinstadt Akademie; gefördert durch das Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen",
    caveats: [
      "Der Text schreibt viermal „Marienburg“ (Überschrift, E-Mail-Adresse, zwei Tipps) für die Stadt, die die Einladung Marienmünster nennt; gemeint ist eine einzige Stadt.",
    ],
    citations: [
      cite.workshop("Kleinstadt Akademie auf Tour", "Stand November 2025"),
      cite.workshop(
        SECTION.workshop.title,
        "Die Geschäftsstelle Kleinstadt Akademie wird durch das Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen gefördert",
      ),
    ],
  },
  {
    file: "kleinstadt-akademie-doerentrup-2025-einladung.txt",
    shortTitle: "Kleinstadt Akademie, Dörentrup 2025 – Einladung",
    title:
      "Kommunale Gesundheitsversorgung in Kleinstädten sichern - Netzwerkbildung oder Medizinische Versorgungszentren? (Einladung)",
    contents:
      "Einladung der Kleinstadt Akademie zum Erfahrungsaustausch in Dörentrup mit Programm, Kurzvorstellung der drei Praxisbeispiele und den drei Leitfragen (Vor- und Nachteile informeller Netzwerke gegenüber kommunalen MVZ; rechtliche und finanzielle Herausforderungen; Gelingen von Generationenwechsel und Etablierung).",
    date: "Veranstaltung am 18. November 2025, Anmeldeschluss 14. November 2025",
    publisher: "Geschäftsstelle Kleinstadt Akademie (Stadt Wittenberge), gemeinsam mit der Gemeinde Dörentrup",
    caveats: [],
    citations: [
      cite.invitation(SECTION.invitation.title, "18. November 2025 | 13:00–17:15 Uhr"),
      cite.invitation(SECTION.invitation.title, "Geschäftsstelle Kleinstadt Akademie"),
    ],
  },
  {
    file: "port-studie-rolle-der-kommunen.txt",
    shortTitle: "PORT-Studie: Rolle der Kommunen",
    title:
      "Die Rolle der Kommunen bei der Umsetzung von PORT-Zentren (Studie zu fünf von der Robert Bosch Stiftung geförderten PORT-/supPORT-Projekten)",
    contents:
      "Studie zu fünf Standorten – drei PORT-Projekte (Förderung ab 2017: Büsum, Hohenstein, Willingen-Diemelsee) und zwei supPORT-Projekte (ab 2018: Landkreis Darmstadt-Dieburg/Ober-Ramstadt, Dornhan) – zur Rolle der Kommunen, Governance, Gelingens- und Hinderungsfaktoren sowie Gesundheitsförderung und Prävention. Positivauswahl: Die Ergebnisse lassen sich laut Studie nicht auf alle PORT-Projekte übertragen.",
    date: "nicht in den Quellen (Interviews August bis Oktober 2020; Internetquellen abgerufen 2021)",
    publisher:
      "nicht in den Quellen (Titelblatt fehlt im Text; die Studie dankt der Robert Bosch Stiftung für die Förderung dieses Teils)",
    caveats: [
      "Positivauswahl – Ergebnisse nicht verallgemeinerbar.",
      "In Kapitel 4.3 steht „In Hohenstein erfolgt dies durch den Verein „Gesundheitsnetz Dornhan e. V.““ – gemeint ist nach dem Zusammenhang Dornhan.",
      "In 3.3 wird für die Oberender-Liste auf „Kapitel 1.4“ verwiesen; die Liste steht in Kapitel 2.4.",
      "Büsums Einrichtung heißt im Text sowohl „Eigeneinrichtung“ als auch „MVZ“.",
      "Kommunale MVZ: Kapitel 2.1 nennt das Versorgungsstärkungsgesetz 2015, das Fazit „seit 2012“.",
    ],
    citations: [
      cite.port(
        SECTION.port.intro,
        "Als Fallstudien wurden drei Projekte aus der 2017 gestarteten PORT-Förderung (Büsum, Hohenstein & Willingen-Diemelsee) und zwei Projekte aus der 2018 begonnenen supPORT-Förderung (Darmstadt-Dieburg & Dornhan) der Robert Bosch Stiftung untersucht.",
      ),
      cite.port(
        SECTION.port.design,
        "Insofern handelt es sich bei der Fallauswahl um eine Positivauswahl.",
      ),
      cite.port(SECTION.port.design, "Die Interviews fanden im Zeitraum August bis Oktober 2020 statt"),
    ],
  },
  {
    file: "kommkom-muensterland-loesungsansaetze.txt",
    shortTitle: "KommKom Münsterland: Lösungsansätze",
    title: "Lösungsansätze zur Stärkung der kommunalen Versorgungskompetenz – Ergebnisse aus fünf Modellkommunen",
    contents:
      "Katalog von Lösungsansätzen aus dem Projekt »Plattform Gesundheitsregion Münsterland – Kommunale Versorgungskompetenz stärken« (KommKom) in fünf Themenschwerpunkten (Marketing; Infrastruktur; Aus-, Fort- & Weiterbildung; Digitalisierung; Vernetzung), erarbeitet in 15 Workshops in fünf Modellkommunen (zehn Kommunen) des Münsterlandes.",
    date: "nicht in den Quellen (Projektstart Januar 2020; eine Veranstaltung ist für November 2023 angekündigt)",
    publisher: "Netzwerk Gesundheitswirtschaft Münsterland e.V. (Leadpartner) mit EWG Rheine und FH Münster; gefördert aus EFRE-Mitteln",
    caveats: [
      "Logos gingen bei der Textextraktion verloren; die Modellkommunen der meisten Lösungsansätze sind nur teilweise oder gar nicht lesbar.",
    ],
    citations: [
      cite.kommkom(
        SECTION.kommkom.background,
        "Neben dem Netzwerk Gesundheitswirtschaft Münsterland e.V. (Leadpartner) waren die Projektpartner EWG Rheine und FH Münster am Projekt beteiligt.",
      ),
      cite.kommkom(
        SECTION.kommkom.background,
        "in insgesamt 15 Workshops in fünf Modellkommunen des Münsterlandes",
      ),
      cite.kommkom("Grußwort", "Seit Start des Projektes »KommKom« im Januar 2020"),
    ],
  },
  {
    file: "kreis-heinsberg-anfrage-aerztebetreuung-2026.txt",
    shortTitle: "Kreis Heinsberg: Anfrage Ärztebetreuung 2026",
    title:
      "Anfrage der Fraktion BÜNDNIS 90/DIE GRÜNEN gem. § 12 GeschO vom 28.01.2026 betreffend die Ärztebetreuung im Kreis Heinsberg",
    contents:
      "Antwort von WFG und Kreisverwaltung im Ausschuss für Gesundheit, Soziales und Generationenfragen: 0,5-VZÄ-Stelle bei der Wirtschaftsförderungsgesellschaft für den Kreis Heinsberg mbH seit 01.01.2025, Grobkonzept, Startervorhaben LandarztPlus, Austausch mit der Gesundheitsregion Kreis Schaumburg, Umfrage unter Medizinstudierenden, Dachmarkenkonzept, Hinweis auf rund elf Jahre Aus- und Weiterbildungszeit.",
    date: "Sitzung am 25.03.2026 (Anfrage vom 28.01.2026)",
    publisher: "Kreis Heinsberg (Verwaltung) und Wirtschaftsförderungsgesellschaft für den Kreis Heinsberg mbH (WFG)",
    caveats: [],
    citations: [
      cite.heinsberg("Tagesordnungspunkt 5.1:", "25.03.2026	Ausschuss für Gesundheit, Soziales und Generationenfragen"),
      cite.heinsberg(
        "Tagesordnungspunkt 5.1:",
        "erfolgt die Beantwortung der Fragen 1 bis 4 durch die WFG, Frage 5 wird durch die Verwaltung beantwortet",
      ),
    ],
  },
];
