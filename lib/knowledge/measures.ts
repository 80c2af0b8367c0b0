import { z } from "zod";
import { FactorCategorySchema, SlugSchema, type FactorCategory } from "./ids";
import { CitationsSchema, type Citation } from "./citation";
import { cite, SECTION } from "./common";

/** The five Themenschwerpunkte of the KommKom catalogue, as printed. */
export const MEASURE_FIELDS = [
  "Marketing",
  "Infrastruktur",
  "Aus-, Fort- & Weiterbildung",
  "Digitalisierung",
  "Vernetzung",
] as const;
export const MeasureFieldSchema = z.enum(MEASURE_FIELDS);
export type MeasureField = z.infer<typeof MeasureFieldSchema>;

export const SECTORS = ["Medizin", "Pflege", "Therapie", "Pharmazie", "Sektorenübergreifend"] as const;
export const SectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof SectorSchema>;

export const MeasureCatalogueSchema = z.enum(["kommkom", "heinsberg"]);
export type MeasureCatalogue = z.infer<typeof MeasureCatalogueSchema>;

export const MeasureSchema = z.object({
  slug: SlugSchema,
  catalogue: MeasureCatalogueSchema,
  field: MeasureFieldSchema,
  /** "source": the catalogue prints the field; "editor": assigned by us (Heinsberg measures). */
  fieldAssignedBy: z.enum(["source", "editor"]),
  /** Title as printed (KommKom) or a short German title (Heinsberg). */
  title: z.string().min(1),
  summary: z.string().min(1),
  sectors: z.array(SectorSchema).min(1),
  /** "#" tags as printed (line-break hyphenation removed). Heinsberg: none. */
  tags: z.array(z.string().min(1)),
  origin: z.object({
    municipalities: z.array(z.string().min(1)),
    note: z.string().min(1),
  }),
  /** First steps ("Anknüpfungspunkte") as printed; empty when the source prints none. */
  firstSteps: z.array(z.string().min(1)),
  firstStepsNote: z.string().min(1).optional(),
  /** Readiness gaps this measure helps close (the engine proposes measures for the weakest categories). */
  closesGaps: z.array(FactorCategorySchema).min(1),
  citations: CitationsSchema,
});
export type Measure = z.infer<typeof MeasureSchema>;

const NOT_NAMED = "im Text nicht genannt (Logos der Modellkommunen fehlen in der Textfassung)";
const BOX = "im Kasten „Modellkommune(n)“ als Text erhalten; weitere Kommunen (Logos) fehlen in der Textfassung";

type KInput = Omit<Measure, "catalogue" | "fieldAssignedBy" | "citations"> & { quote: string; extra?: Citation[] };

function kommkom(m: KInput): Measure {
  const { quote, extra, ...rest } = m;
  return {
    ...rest,
    catalogue: "kommkom",
    fieldAssignedBy: "source",
    citations: [cite.kommkom(m.title, quote), ...(extra ?? [])],
  };
}

const origin = (municipalities: string[], note: string) => ({ municipalities, note });
const gaps = (...g: FactorCategory[]): FactorCategory[] => g;

// ------------------------------------------------------------------------------------------------
// KommKom catalogue: 33 measures (7 Marketing, 8 Infrastruktur, 7 Aus-, Fort- & Weiterbildung,
// 6 Digitalisierung, 5 Vernetzung), in the order of the brochure.
// ------------------------------------------------------------------------------------------------

const kommkomMeasures: Measure[] = [
  // MARKETING ------------------------------------------------------------------------------------
  kommkom({
    slug: "gesunde-staedte-netzwerk",
    field: "Marketing",
    title: "Mitgliedschaft im Gesunde Städte-Netzwerk",
    summary:
      "Beitritt zum »Gesunde Städte-Netzwerk«, das Kommunen verbindet, die Gesundheit als kommunale Aufgabe verstehen; Austausch über Fachveranstaltungen, Modellprojekte, Beratung und Kontaktvermittlung.",
    sectors: ["Sektorenübergreifend"],
    tags: ["Vernetzung", "Standortmarketing"],
    origin: origin([], `${NOT_NAMED}; im Münsterland sind laut Text Münster und Rheine Mitglieder`),
    firstSteps: [
      "Prüfung, ob die Voraussetzungen und Verpflichtungen für eine Mitgliedschaft erfüllt werden können",
      "Benennung eines Ansprechpartners",
      "Ggf. Austausch mit anderen Städte-Mitgliedern (im Münsterland: Münster & Rheine)",
    ],
    closesGaps: gaps("networking", "expertise", "politics"),
    quote:
      "Ziel des »Gesunde Städte-Netzwerkes« ist es, Städte und Gemeinden miteinander zu vernetzen, die Gesundheit als kommunale Aufgabe verstehen",
  }),
  kommkom({
    slug: "digitale-anlaufstelle-mediziner",
    field: "Marketing",
    title: "Digitale Anlaufstelle für Mediziner",
    summary:
      "Eine Online-Plattform (z. B. Landingpage) bündelt für ansässige Ärzte und Nachwuchsmediziner Fakten zur Versorgung, Ansprechpartner sowie Förder- und Ansiedlungsmöglichkeiten.",
    sectors: ["Medizin"],
    tags: ["Website", "Vernetzung"],
    origin: origin(["Oelde"], "im Text genannt: „ein konkreter Bedarf der Stadt Oelde“; Beispiele aus Gütersloh und Bocholt"),
    firstSteps: [
      "Bedarfsanalyse: Welche Inhalte muss das Online-Angebot umfassen (in enger Absprache mit den vor Ort tätigen Ärzten)",
      "Sammlung und Aufbereitung der Inhalte",
      "Veröffentlichung und Bewerbung der Seite",
    ],
    closesGaps: gaps("networking", "supply"),
    quote: "das ist ein konkreter Bedarf der Stadt Oelde",
  }),
  kommkom({
    slug: "messe-gesundheitsberufe",
    field: "Marketing",
    title: "Messe für Gesundheitsberufe",
    summary:
      "Eine Messe informiert Schüler und Quereinsteiger über Gesundheitsberufe – mit Ausstellern aus der Region, Vorträgen, Workshops, Ausbildungs- und Stellenangeboten oder Job-Speed-Dating.",
    sectors: ["Sektorenübergreifend"],
    tags: ["Nachwuchs- und Personalgewinnung", "Berufsmesse"],
    origin: origin(["Isselburg"], BOX),
    firstSteps: [
      "Planung & Organisation (z. B. Bestimmung eines Organisationskomitees, Festlegung Budget, Ort, Datum, Gewinnung von Ausstellern etc.)",
      "Zielgruppengerechte Marketingmaßnahmen zur Bewerbung der Messe",
    ],
    closesGaps: gaps("supply", "networking"),
    quote:
      "Um dem Fachkräftemangel entgegenzuwirken und um auf die vielfältigen und spannenden Tätigkeiten im Gesundheitswesen aufmerksam zu machen, bietet sich die Durchführung einer Messe für Gesundheitsberufe an.",
  }),
  kommkom({
    slug: "gesundheitsversorgung-trifft-tourismus",
    field: "Marketing",
    title: "Gesundheitsversorgung trifft Tourismus",
    summary:
      "Die Region »LLLT« verbindet ihren Standortvorteil als Tourismus- und Naherholungsziel mit medizinischen Leistungen für bestimmte Patientengruppen, die so Urlaub machen können.",
    sectors: ["Sektorenübergreifend"],
    tags: ["Gesundheitstourismus", "Standortattraktivität"],
    origin: origin(["Lienen"], `${BOX}; der Text nennt die Region »LLLT« (Ladbergen, Lengerich, Lienen, Tecklenburg)`),
    firstSteps: [
      "Prüfung der Versorgungskapazitäten und deren Auslastung",
      "Fokussierung auf bestimmte Krankheitsbilder und Versorgungsformen in Abhängigkeit zu bestehenden Versorgungseinrichtungen",
      "Kooperationen von Versorgungs- und Rehabilitationseinrichtungen, Unterbringungsmöglichkeiten sowie weiteren Serviceleistungen (z.B. Krankentransporte, Begleitservice für Freizeitaktivitäten, …)",
      "Klärung von Finanzierungsmöglichkeiten für gesetzlich Versicherte Patienten",
    ],
    closesGaps: gaps("supply", "assets"),
    quote:
      "den besonderen Standortvorteil der Region »LLLT« als Tourismus und Naherholungsmagnet mit medizinischen Versorgungsleistungen für spezifische Patientengruppen zu verbinden",
  }),
  kommkom({
    slug: "alles-aus-einer-hand-aerzte",
    field: "Marketing",
    title: "Alles aus einer Hand für Ärzte und medizinisches Fachpersonal",
    summary:
      "Ein »Rundum-Sorglos-Paket« für das Onboarding von Medizinern: Beratung zu Famulatur, Weiterbildung, Praxisübernahme oder -neugründung, Vermittlung von Unterkünften und Praxisräumen. Das Ärztenetz BOHRIS e.V. bietet es in Bocholt, Rhede und Isselburg bereits an.",
    sectors: ["Medizin"],
    tags: ["Onboarding", "Ambulante Versorgung"],
    origin: origin(
      ["Bocholt", "Rhede", "Isselburg", "Ladbergen", "Lengerich", "Lienen", "Tecklenburg"],
      "im Text genannt: angeboten vom Ärztenetz BOHRIS e.V. in Bocholt – Rhede – Isselburg; Ladbergen – Lengerich – Lienen und Tecklenburg wollen ein solches Angebot noch ausarbeiten",
    ),
    firstSteps: [
      "Sammlung von Maßnahmen, die ein Rundum-Sorglos-Paket enthalten kann",
      "Klärung der Finanzierung/Budget",
      "Bewerbung des Pakets",
    ],
    closesGaps: gaps("supply", "networking", "resources"),
    quote:
      "bietet der Ärztenetz BOHRIS e.V. in Bocholt – Rhede - Isselburg diese Serviceleistung zur Sicherung der ambulanten Versorgung bereits an",
  }),
  kommkom({
    slug: "gesundheitsangebote-migrationshintergrund",
    field: "Marketing",
    title: "Gesundheitsangebote für Menschen mit Migrationshintergrund bündeln",
    summary:
      "Rheine macht seine Angebote für Zugewanderte (Sprachmittlerpool, ehrenamtliche Arztbegleitung, Beratung) über eine mehrsprachige Website bei Zielgruppe und Versorgern bekannter.",
    sectors: ["Sektorenübergreifend"],
    tags: ["Zugang erleichtern", "Website"],
    origin: origin(["Rheine"], "im Text genannt: Angebote der Stadt Rheine"),
    firstSteps: [
      "Sammlung der bestehenden Angebote in Rheine sowie ggf. im Kreis Steinfurt und darüber hinaus (überregional)",
      "Konzeption und Implementierung einer entsprechenden Website (z. B. als OnePager)",
      "Bekanntmachung der neuen Website bei Gesundheitsversorgern (z. B. mit »Offline-Werbung«, d. h. Flyer, Anzeigen, Infoveranstaltungen, Mund-zu-Mund etc.)",
    ],
    closesGaps: gaps("participation", "networking"),
    quote: "Um zugewanderten Menschen in Rheine Zugang zu einer angemessenen und kultursensiblen gesundheitlichen Versorgung zu gewährleisten",
  }),
  kommkom({
    slug: "standortkampagne-gesund-leben-am-teuto",
    field: "Marketing",
    title: "Standortkampagne »Gesund leben am Teuto«",
    summary:
      "Kostengünstige Social-Media-Kampagne, die die Region »LLLT« als attraktiven Lebens- und Arbeitsort für (angehende) Gesundheitsfachkräfte bekannt macht – mit Mitmach-Aktionen und Botschaftern.",
    sectors: ["Sektorenübergreifend"],
    tags: ["Social Media", "Fachkräftegewinnung"],
    origin: origin(["Tecklenburg", "Lengerich", "Ladbergen", "Lienen"], "im Kasten „Modellkommunen“ genannt; Region »LLLT«"),
    firstSteps: [
      "Nutzung bereits bestehender Social Media-Accounts (z. B. Kommunen, Gesundheitsversorger, Vereine etc.) und ggf. Etablierung eines neuen Profils (»Gesund-leben-am-Teuto«)",
      "Fotoaktion: Aufruf an Bürger, Bilder, Videos oder Postings hochzuladen, in denen die gesundheitlichen Vorzüge der Region zum Ausdruck kommen (z. B. Natur erleben, Wandern, Radfahren, etc.) und diese Beiträge mit dem Hashtag #gesundlebenamteuto zu markieren",
      "Separate Ansprache von Unternehmen aus der lokalen Gesundheitswirtschaft ebenfalls Social Media-Beiträge rund um #gesundlebenamteuto zu veröffentlichen",
      "Sammlung, Aus- und Weiterverwertung der veröffentlichten Beiträge (z. B. für Websites, Videos etc.)",
      "Gewinnung von Gesundheitsfachkräften, Sportlern, Bürgern etc. aus »LLLT«, die als Botschafter (Influencer) für die Region werben",
    ],
    closesGaps: gaps("supply", "participation"),
    quote: "das ist das Ziel der neu ins Leben gerufenen Kampagne »Gesund leben am Teuto«",
  }),

  // INFRASTRUKTUR --------------------------------------------------------------------------------
  kommkom({
    slug: "flexible-kinderbetreuung",
    field: "Infrastruktur",
    title: "Flexible Kinderbetreuung",
    summary:
      "Kinderbetreuung mit flexiblen Zeiten, Randzeiten oder rund um die Uhr erleichtert Fachkräften im Schichtdienst den Wiedereinstieg in den Beruf.",
    sectors: ["Sektorenübergreifend"],
    tags: ["Kinderbetreuung", "Vereinbarkeit Familie & Beruf"],
    origin: origin(["Lienen", "Isselburg"], BOX),
    firstSteps: [
      "Bedarfe für unterschiedliche Betreuungskonzepte und Zeiten (im Gesundheitswesen und auch anderen Wirtschaftsbereichen) ermitteln: (1) Flexible Betreuungszeiten (2) Randzeiten-Betreuung, (3) 24-Stunden Kita",
      "Kooperationen zwischen Unternehmen und Kita-Trägern schließen und Kommunen einbeziehen",
      "Nutzung und Umstrukturierung bestehender Kita-Plätze oder Einrichtung neuer Kita-/Krippenplätze notwendig, ggf. Betriebs-Kindergarten gründen",
    ],
    closesGaps: gaps("assets", "supply"),
    quote: "Um Müttern und Vätern einen schnellen und einfachen Wiedereinstieg in den Beruf zu ermöglichen, bieten sich Kinderbetreuungsmodelle mit flexiblen Betreuungszeiten",
  }),
  kommkom({
    slug: "azubi-campus",
    field: "Infrastruktur",
    title: "Azubi-Campus",
    summary:
      "Ein Campus mit bezahlbarem Wohnraum, Gemeinschaftsräumen und Sportmöglichkeiten für Auszubildende, besonders auch ausländische.",
    sectors: ["Sektorenübergreifend"],
    tags: ["Wohnraum", "Ausbildung"],
    origin: origin([], `${NOT_NAMED}; als Beispiel ein neuer Campus in Münster`),
    firstSteps: [
      "Bedarfe für einen Azubi-Campus in den kommunalen Unternehmen (ggf. aller Wirtschaftsbereiche) ermitteln",
      "Investoren suchen, Kooperationen schließen",
      "Geeignete Gebäude/Grundstücke prüfen",
    ],
    closesGaps: gaps("assets", "supply"),
    quote: "Die Suche nach bezahlbarem Wohnraum ist für Auszubildende besonders herausfordernd",
  }),
  kommkom({
    slug: "buergerbus",
    field: "Infrastruktur",
    title: "Bürgerbus",
    summary:
      "Ehrenamtlich gefahrener Bürgerbus im Linienverkehr (auf Konzession eines Verkehrsunternehmens) bringt mobil eingeschränkte Menschen zu Gesundheitsleistungen; erweiterbar um Bring- und Lieferdienste.",
    sectors: ["Sektorenübergreifend"],
    tags: ["Mobilität", "Fahrdienste"],
    origin: origin([], NOT_NAMED),
    firstSteps: [
      "Ermittlung von Wegstrecken und potenziellen Haltepunkten, zur Erstellung einer festen Fahrtstrecke",
      "Aufruf an engagierte Bürger, die Fahrdienste übernehmen, ggf. Gründung eines Vereins o.Ä. zur rechtlichen Absicherung",
      "Kooperationen mit Bus- und Fahrdienstunternehmen schließen",
    ],
    closesGaps: gaps("assets", "participation"),
    quote:
      "Gerade in ländlichen Regionen kann ein solcher Fahrdienst für mobil-eingeschränkte Personen hilfreich sein, um Gesundheitsleistungen in Anspruch nehmen zu können.",
  }),
  kommkom({
    slug: "analyse-kommunale-gesundheitsakteure",
    field: "Infrastruktur",
    title: "Analyse der kommunalen Gesundheitsakteure",
    summary:
      "Eine Stakeholder-Analyse verschafft der Kommune einen Überblick über Vielfalt und Größe der lokalen Gesundheitswirtschaft – Grundlage für lokale Lösungen; aufwendig, weil standardisierte Meldedaten oft fehlen.",
    sectors: ["Sektorenübergreifend"],
    tags: ["Branchenverzeichnis", "Stakeholderanalyse"],
    origin: origin([], NOT_NAMED),
    firstSteps: [
      "Recherchieren und Sammeln aller Gesundheitseinrichtungen in der Kommune",
      "Bei Onlinerecherchen: Kontaktaufnahme zu den Personen und Institutionen, sofern Unsicherheit besteht, ob diese noch praktizieren und versorgen",
      "Abgleich von offiziellen Statistiken zur Versorgungssituation (z. B. Kassenärztliche Vereinigung, Ärztekammer, Apothekerkammer, etc.) mit eigenen Ergebnissen.",
    ],
    closesGaps: gaps("expertise", "supply", "networking"),
    quote: "empfiehlt sich die Durchführung einer »Stakeholder-Analyse«",
  }),
  kommkom({
    slug: "methodenheft-status-quo",
    field: "Infrastruktur",
    title: "Methodenheft – Status Quo der Gesundheitsversorgung ermitteln",
    summary:
      "Das Methodenheft der FH Münster leitet Kommunen an, mit frei zugänglichen Daten (z. B. Bevölkerungsdaten, Pflegebedarfsplanung) ihre Versorgungsbedarfe und Prognosen selbst statistisch zu ermitteln.",
    sectors: ["Sektorenübergreifend"],
    tags: ["Statistische Bedarfsplanung", "Versorgungskapazitäten"],
    origin: origin(
      ["Lienen", "Isselburg"],
      `${BOX} (Kasten folgt im Text dem Methodenheft; Zuordnung wegen der Doppelseite mit der Akteursanalyse nicht ganz sicher); die Sekundärdatenanalyse wurde für jede Modellkommune durchgeführt`,
    ),
    firstSteps: [],
    firstStepsNote: "Keine Anknüpfungspunkte abgedruckt; der Text verweist auf das Methodenheft und die Analyseergebnisse online.",
    closesGaps: gaps("expertise", "supply"),
    quote: "Im Rahmen des Projekts wurde für jede Modellkommune eine Sekundärdatenanalyse von der FH Münster durchgeführt.",
  }),
  kommkom({
    slug: "praxisbus",
    field: "Infrastruktur",
    title: "Praxisbus in ländlichen Regionen",
    summary:
      "Eine rollende Praxis fährt entlegene Ortsteile ohne (erreichbare) Hausarztpraxis zu festen Sprechzeiten an; Vorbild ist der »Medibus« in Nordhessen.",
    sectors: ["Medizin"],
    tags: ["Mobilität", "Vernetzung"],
    origin: origin(["Lienen"], BOX),
    firstSteps: [
      "Klärung der Finanzierung",
      "Umbau eines Linienbusses zu einer rollenden Praxis (inkl. Behandlungsapparate & Labor)",
      "Kooperation mit einem vor Ort/in der Region niedergelassenen Arzt & dessen Personal",
    ],
    closesGaps: gaps("supply", "assets"),
    quote:
      "Ziel der >Praxis auf Rädern< ist es, Patienten zu versorgen, die in unmittelbarer Nähe keine Hausarztpraxis (mehr) haben oder diese aus verschiedenen Gründen nicht erreichen können",
  }),
  kommkom({
    slug: "vermittlung-praxisimmobilien",
    field: "Infrastruktur",
    title: "Vermittlung von Praxisimmobilien",
    summary:
      "Geeignete Praxisräume gehören zu den wichtigsten Niederlassungsfaktoren; die EWG Rheine begleitet mit ihrem Immobilienportal die Suche, liefert Lagedaten und berät zu Fördermitteln.",
    sectors: ["Sektorenübergreifend"],
    tags: ["Praxisräumlichkeiten", "Immobilienportal"],
    origin: origin(["Rheine"], "im Text genannt: Immobilienportal der EWG Rheine"),
    firstSteps: [],
    firstStepsNote: "Keine Anknüpfungspunkte abgedruckt.",
    closesGaps: gaps("assets", "supply"),
    quote: "Die Verfügbarkeit von geeigneten Praxisräumen gehört zu den wichtigsten Niederlassungsfaktoren",
  }),
  kommkom({
    slug: "alternative-wohnformen",
    field: "Infrastruktur",
    title: "Mit alternativen Wohnformen junge Fachkräfte gewinnen",
    summary:
      "Alternative Wohnformen wie »Wohnen für Hilfe« schaffen bezahlbaren Wohnraum für Auszubildende und Studierende: Ältere stellen Wohnraum gegen Hilfe bereit (Faustregel: eine Stunde Hilfe im Monat je Quadratmeter).",
    sectors: ["Sektorenübergreifend"],
    tags: ["Wohnraum", "Vernetzung", "Unterstützung"],
    origin: origin([], `${NOT_NAMED}; Beispiele aus Münster, Hochtaunus und Köln`),
    firstSteps: [
      "Initiierung eines Projekts (u. a. Gründung einer Projektgruppe, Finanzierung klären, Findung eines Trägers wie z. B. Studierendenwerk, DRK, Stadt)",
      "Organisation des »Bewerbungs-/Teilnahmeprozesses«",
      "Bewerbung der Wohnpartnerschaften",
      "Evaluierung",
    ],
    closesGaps: gaps("assets", "participation"),
    quote: "Die Faustregel: Eine Stunde Hilfeleistung oder Gesellschaft im Monat für einen Quadratmeter Wohnraum.",
  }),

  // AUS-, FORT- & WEITERBILDUNG -----------------------------------------------------------------
  kommkom({
    slug: "anlaufstelle-auslaendische-fachkraefte",
    field: "Aus-, Fort- & Weiterbildung",
    title: "Anlaufstelle für ausländische Fachkräfte",
    summary:
      "Eine Anlaufstelle berät ausländische (Gesundheits-)Fachkräfte und Unternehmen zur Berufsanerkennung, vermittelt Aus-, Fort- und Weiterbildung und unterstützt das Ankommen in der Region.",
    sectors: ["Sektorenübergreifend"],
    tags: ["Personalbindung", "Ausländische Fachkräfte"],
    origin: origin([], `${NOT_NAMED}; Best-Practice: Welcome Center Baden-Württemberg`),
    firstSteps: [
      "Anlaufstelle benennen und Kostenfrage klären (Förderungen/Ehrenamt)",
      "Aufgabenbereich und Region festlegen: Unterstützung bei formalen Anliegen; Austausch untereinander fördern (Kennenlernevents); Soziale Integration fördern, z.B. Nachzugsproblematiken",
    ],
    closesGaps: gaps("supply", "networking"),
    quote: "Die Einrichtung einer speziellen Anlaufstelle für ausländische Fachkräfte und für Unternehmen aus der Gesundheitsversorgung kann hier Abhilfe schaffen",
  }),
  kommkom({
    slug: "mentoring-aerzte-apotheker",
    field: "Aus-, Fort- & Weiterbildung",
    title: "Mentoring-Programm für angehende Ärzte & Apotheker",
    summary:
      "Erfahrene Ärzte bzw. Apotheker begleiten Studierende der Medizin und Pharmazie aus der Region über einen Zeitraum (z. B. ein Jahr) bis zum Einstieg in eine Praxis oder zur Neugründung.",
    sectors: ["Medizin", "Pharmazie"],
    tags: ["Ausbildung", "Studium", "Berufseinstieg"],
    origin: origin([], NOT_NAMED),
    firstSteps: [
      "Findung von geeigneten Mentoren: Mentoren sind oder waren als Arzt oder Apotheker vor Ort tätig.",
      "Findung von potenziellen »Mentees«",
      "Matching der Mentees und Mentoren",
    ],
    closesGaps: gaps("supply", "networking"),
    quote: "Die Initiierung eines Mentoring-Programms, das sich an interessierte Studierende der Medizin und Pharmazie (aus der Region) richtet, kann hier Unterstützung bieten.",
  }),
  kommkom({
    slug: "open-truck-gesundheitsberufe",
    field: "Aus-, Fort- & Weiterbildung",
    title: "Mobiler »Open Truck« für Gesundheitsberufe",
    summary:
      "Ein zur mobilen Ausstellung umgebauter LKW-Trailer informiert auf Marktplätzen, an Schulen oder Messen über Ausbildungen und Berufe im Gesundheitswesen, begleitet von lokalen Fachkräften und Auszubildenden.",
    sectors: ["Sektorenübergreifend"],
    tags: ["Ausbildung", "Mobile Ausstellung"],
    origin: origin(["Lienen", "Isselburg"], BOX),
    firstSteps: [
      "Kommunale Gesundheitsversorger erfassen, die den Truck mit Personal, Informationen und Aktionen begleiten möchten",
      "Geeignete Standorte und Zeitpunkte für den Truck bestimmen",
      "Zielgruppenspezifisches Marketing (z. B. Social-Media)",
    ],
    closesGaps: gaps("supply", "participation"),
    quote: "Hierfür wird ein LKW-Trailer zu einer mobilen Ausstellung bspw. zum Thema »Gesundes Leben« umfunktioniert",
  }),
  kommkom({
    slug: "betreuung-praktikanten-auszubildende",
    field: "Aus-, Fort- & Weiterbildung",
    title: "Begleitung und Betreuung von Praktikanten und Auszubildenden",
    summary:
      "In der (Physio-)Therapie betreut ein fester Mitarbeiter für festgelegte Wochenstunden ausschließlich Praktikanten und Auszubildende – eine Investition in Gewinnung und Bindung.",
    sectors: ["Therapie"],
    tags: ["Praktikums- & Ausbildungsbetreuung", "Nachwuchsgewinnung"],
    origin: origin([], NOT_NAMED),
    firstSteps: [
      "Austausch mit Auszubildenden, Praktikanten und Schulen zur Ermittlung von Betreuungs- und Unterstützungsbedarf",
      "Festlegung der Arbeitsfelder",
      "Festlegung des Stundenumfangs",
    ],
    closesGaps: gaps("supply", "resources"),
    quote: "stellt sich bei genauerer Betrachtung als nachhaltige und langfristige Investition in die Mitarbeitergewinnung und -bindung heraus",
  }),
  kommkom({
    slug: "pflegeworkbook",
    field: "Aus-, Fort- & Weiterbildung",
    title: "Pflegeworkbook: Mit Qualität die pflegerische Versorgung verbessern",
    summary:
      "In Rheine entwickeltes Workbook mit Praktikumsbörse, Checklisten und dem Qualitätslabel »Gute Pflege« für gut organisierte Pflegepraktika; Online-Plattform pflegeworkbook.de.",
    sectors: ["Pflege"],
    tags: ["Ausbildungsqualität", "Personalgewinnung"],
    origin: origin(["Rheine"], "im Text genannt: in Rheine entwickelt; Weiterentwicklung für den gesamten Kreis Steinfurt"),
    firstSteps: [
      "Bereitgestelltes Material sichten und ggf. Einrichtungs-spezifische Aufgaben mit in die Checkliste aufnehmen",
      "Praktikanten und Lehrende auf Checklisten und Bewertungsbögen vor Praktikumsbeginn hinweisen",
      "Vernetzung der Pflegeinstitutionen zur Einführung eines kommunalen/regionalen Pflegeworkbooks",
      "Ansprechpartner für Pflegelabel benennen",
    ],
    closesGaps: gaps("supply", "networking"),
    quote: "wurde in Rheine ein »Pflegeworkbook« entwickelt",
  }),
  kommkom({
    slug: "arztentlastung-neue-berufsmodelle",
    field: "Aus-, Fort- & Weiterbildung",
    title: "Arztentlastung & -unterstützung dank neuer Berufsmodelle",
    summary:
      "Assistierende Berufe wie Physician Assistants, VERAH oder EVA übernehmen delegierte ärztliche Aufgaben (z. B. Aufnahme- und Beratungsgespräche, kleinere Eingriffe, Hausbesuche) und entlasten so die Ärzte.",
    sectors: ["Medizin"],
    tags: ["Fortbildung", "Fachkräftebindung"],
    origin: origin(["Lienen", "Isselburg"], `${BOX}; Beispiel: Modellprojekt »Physician Assistants für das Emsland«`),
    firstSteps: [
      "Einbindung der kommunalen Ärzteschaft",
      "Austausch mit kommunaler Ärzteschaft: Informationsvermittlung; Bedarfs- und Interessenabfrage; Kooperationsmöglichkeiten erfassen",
      "Kommunale Verbünde (z.B. Kreise) können sich als Modellregion zusammenschließen und Kooperationen mit Hochschulen und Ausbildungsstätten für diese Berufsbilder eingehen",
      "Für Kommunen: Möglichkeiten zur finanziellen Unterstützung erfassen",
    ],
    closesGaps: gaps("supply", "cooperation", "resources"),
    quote: "indem spezifische ärztliche Aufgaben an diese Fachkräfte delegiert und von ihnen eigenständig durchgeführt werden können",
  }),
  kommkom({
    slug: "aktionstag-pflege-therapie",
    field: "Aus-, Fort- & Weiterbildung",
    title: "Aktionstag für Pflege- und Therapieberufe",
    summary:
      "Rheine erweitert den Aktionstag »Macht MI(N)T« um Pflege- und Therapieberufe (»MINT & Care«, Berufskolleg und EWG Rheine), um Jugendliche früh für eine Ausbildung in diesen Berufen zu gewinnen.",
    sectors: ["Pflege", "Therapie"],
    tags: ["Karrieremesse", "Gewinnung von Auszubildenden"],
    origin: origin(["Rheine"], "im Text genannt: Aktionstag in Rheine, Kooperation von Berufskolleg Rheine und EWG Rheine"),
    firstSteps: [
      "Analyse, welche Projekttage werden für junge Menschen bereits angeboten und wie lässt sich die Gesundheitsversorgung integrieren?",
      "Möglichkeiten zur attraktiven Darstellung von Gesundheitsberufen z. B. durch digitale Gadgets (Videospiele, Virtual Reality), Gamification oder Reallabore",
      "Kooperationen mit lokalen Berufsschulen, Hochschulen, Ausbildungseinrichtungen und Gesundheitsversorgern, auch Krankenkassen",
    ],
    closesGaps: gaps("supply", "participation"),
    quote: "»MINT & Care« ist eine Kooperationsveranstaltung des Berufskollegs Rheine und der EWG Rheine.",
  }),

  // DIGITALISIERUNG ------------------------------------------------------------------------------
  kommkom({
    slug: "dipraxis-kvwl",
    field: "Digitalisierung",
    title: "dipraxis (die digitale Praxis der KVWL)",
    summary:
      "In der »dipraxis« der KVWL in Dortmund können Mitglieder digitale Lösungen für die Arztpraxis (Praxismanagement, eAkten, Telemedizin, TI-Anwendungen) erleben und testen.",
    sectors: ["Medizin"],
    tags: ["Digitalisierung von Praxen", "Ausprobieren"],
    origin: origin(["Lienen", "Isselburg"], `${BOX}; das Angebot selbst ist das der KVWL in Dortmund`),
    firstSteps: [
      "Terminvereinbarung für einen Besuch vor Ort",
      "Auseinandersetzung mit den Inhalten vorab und Angabe von Themenwünschen",
      "Interne Möglichkeiten zur Umsetzung prüfen",
    ],
    closesGaps: gaps("expertise", "supply"),
    quote: "Die KVWL bietet ihren Mitgliedern die Möglichkeit, sich vor Ort in Dortmund über aktuelle Digitalisierungsthemen in der digitalen Praxis zu informieren und diese zu testen.",
  }),
  kommkom({
    slug: "digital-gestuetzte-diagnostik",
    field: "Digitalisierung",
    title: "Digital gestützte Diagnostik und Versorgungssicherstellung",
    summary:
      "Digitale Bildgebung, Zuschaltung und fachlicher Austausch erlauben es, in Regionen mit geringer Facharztdichte während der Diagnostik Experten heranzuziehen.",
    sectors: ["Medizin"],
    tags: ["Vernetzung & Zusammenarbeit", "Telemedizin"],
    origin: origin(["Isselburg"], BOX),
    firstSteps: [
      "Aufbau von (intersektoralen) Vernetzungsstrukturen/Kooperationen",
      "Bestimmung von Strukturen und Kapazitäten",
      "Schaffung von digitalen telemedizinischen Voraussetzungen",
    ],
    closesGaps: gaps("supply", "networking"),
    quote: "Gerade für ländliche Regionen mit geringerer Facharztdichte kann ein unmittelbares (digitales) Heranziehen eines Experten während der Diagnostik",
  }),
  kommkom({
    slug: "it-fachkraefte-im-verbund",
    field: "Digitalisierung",
    title: "IT-Fachkräfte im Verbund nutzen",
    summary:
      "Im Kommunenverbund »LLLT« entstand die Idee, für den Gesundheitsbereich ausgebildete IT-Experten firmenübergreifend zu nutzen, um Datenschutz- und IT-Aufgaben gemeinsam zu bewältigen.",
    sectors: ["Sektorenübergreifend"],
    tags: ["Arbeitskräfte teilen", "Zusammenarbeit"],
    origin: origin(
      ["Ladbergen", "Lengerich", "Lienen", "Tecklenburg"],
      "im Text genannt: Kommunenverbund „LLLT“ (Ladbergen, Lengerich, Lienen, Tecklenburg)",
    ),
    firstSteps: [
      "Vernetzung der interessierten Einrichtungen in der Region",
      "Bedarfsermittlung und Festlegung des Stundenumfangs der IT-Experten",
      "Weiterbildungsmöglichkeiten anbieten",
    ],
    closesGaps: gaps("resources", "cooperation", "expertise"),
    quote: "In dem Kommunenverbund „LLLT“ wurde die Idee entwickelt, explizit für den Gesundheitsbereich ausgebildete IT-Experten firmenübergreifend zu nutzen",
  }),
  kommkom({
    slug: "digitales-kennenlernen-pflegekulturen",
    field: "Digitalisierung",
    title: "Digitales Kennenlernen der Pflegekulturen",
    summary:
      "Videos, Videokonferenzen oder virtuelle Führungen stellen ausländischen Pflegefachkräften Einrichtung, Team und Arbeitsalltag schon vor der Anwerbung realistisch vor.",
    sectors: ["Pflege"],
    tags: ["Fachkräftegewinnung", "Ausländische Fachkräfte"],
    origin: origin([], NOT_NAMED),
    firstSteps: [
      "Kooperationen zu möglichen Agenturen aufbauen",
      "Erfassung der digitalen Möglichkeiten und Ziele",
      "Bestimmung und Festlegung der Verantwortung",
    ],
    firstStepsNote:
      "In der Textfassung stehen vor dieser Seite zwei identische Anknüpfungspunkte-Blöcke des Ansatzes „IT-Fachkräfte im Verbund nutzen“; hier ist der dritte, abweichende Block zugeordnet.",
    closesGaps: gaps("supply"),
    quote: "Die Idee: Nutzung der digitalen Möglichkeiten (z. B. Videos, Zoom, virtuelle Führungen etc.)",
  }),
  kommkom({
    slug: "markt-der-digitalen-moeglichkeiten",
    field: "Digitalisierung",
    title: "Markt der digitalen Möglichkeiten",
    summary:
      "Eine Veranstaltung, Messe oder digitale Plattform bringt ambulante Versorger mit Anbietern digitaler und technischer Lösungen zusammen; kleinere Events zum Anfassen und Testen bieten sich besonders an.",
    sectors: ["Sektorenübergreifend"],
    tags: ["Online-Ausstellung", "Zukunftsthemen"],
    origin: origin(["Lienen"], BOX),
    firstSteps: [
      "Bedarfsanalyse: Bestehen besondere Interessensschwerpunkte zu bestimmten digitalen und technischen Lösungen auf Versorgerseite?",
      "Ermittlung von lokalen, regionalen und überregionalen Unternehmen, die digitale oder technische Lösungen im Gesundheitswesen anbieten?",
    ],
    closesGaps: gaps("expertise", "networking"),
    quote: "Daher bieten sich (kleinere) Events zum Anfassen, Erleben und Testen besonders an",
  }),
  kommkom({
    slug: "videosprechstunde",
    field: "Digitalisierung",
    title: "Telemedizinisch gestützte Versorgung durch Videosprechstunde",
    summary:
      "Videosprechstunden überbrücken Distanzen zwischen Ärzten und Patienten, auch außerhalb der Öffnungszeiten, und vermeiden Wartezeiten, Ansteckungen und Anfahrtswege.",
    sectors: ["Medizin"],
    tags: ["Telemedizin", "Medizinische Versorgung"],
    origin: origin([], NOT_NAMED),
    firstSteps: [
      "Prüfung der technischen Voraussetzungen (techn. Geräte, Datenschutz, zertifizierter Videodienstanbieter)",
      "Strukturierter Einsatz personeller Ressourcen",
      "Informationen und Austausch mit Patienten",
    ],
    closesGaps: gaps("supply"),
    quote: "um als niedergelassener Arzt – z. B. außerhalb der regulären Öffnungszeiten Videosprechstunden anbieten zu können",
  }),

  // VERNETZUNG -----------------------------------------------------------------------------------
  kommkom({
    slug: "unternehmerfruehstueck",
    field: "Vernetzung",
    title: "Unternehmerfrühstück für alle Wirtschaftsbereiche",
    summary:
      "Zum regelmäßigen Unternehmerfrühstück »Meet & Eat« von EWG Rheine und Wirtschaftsvereinigung Steinfurt werden gezielt auch Akteure der Gesundheitswirtschaft eingeladen.",
    sectors: ["Sektorenübergreifend"],
    tags: ["Austausch", "Netzwerkarbeit"],
    origin: origin(["Rheine"], "im Text genannt: Veranstaltung der EWG Rheine mit der Wirtschaftsvereinigung Steinfurt"),
    firstSteps: [],
    firstStepsNote: "Keine Anknüpfungspunkte abgedruckt.",
    closesGaps: gaps("networking"),
    quote: "In regelmäßigen Abständen veranstaltet die EWG Rheine gemeinsam mit der Wirtschaftsvereinigung Steinfurt das Unternehmerfrühstück »Meet & Eat« für Rheine und die Region.",
  }),
  kommkom({
    slug: "schnittstellenworkshops",
    field: "Vernetzung",
    title: "Schnittstellenworkshops für die sektorenübergreifende Zusammenarbeit",
    summary:
      "Lokale Workshops für Akteure ausgewählter Schnittstellen (z. B. Arztpraxis und Apotheke) klären organisatorische, kommunikative und verwaltungstechnische Fragen; in Lüdinghausen etwa zum Thema »Rezept«.",
    sectors: ["Sektorenübergreifend"],
    tags: ["Optimierte Arbeitsabläufe", "Schnittstellenarbeit"],
    origin: origin(["Lüdinghausen"], "im Text genannt: möglicher Workshop in Lüdinghausen"),
    firstSteps: [
      "Sektorenübergreifende Schnittstellen und Fehlerquellen identifizieren",
      "Workshop mit mehreren Institutionen initiieren",
      "Bedarfe klären, Möglichkeiten der Umsetzung identifizieren, Evaluation und regelmäßiger Austausch",
    ],
    closesGaps: gaps("networking", "participation"),
    quote: "In Lüdinghausen könnte dies ein Workshop zum Thema »Rezept« an der Schnittstelle Apotheker und Arztpraxis sein.",
  }),
  kommkom({
    slug: "runder-tisch-gesundheit",
    field: "Vernetzung",
    title: "Format »Runder Tisch Gesundheit«",
    summary:
      "Regelmäßige Treffen unterschiedlicher Gesundheitsakteure bauen Netzwerkstrukturen auf, zeigen Kooperationen auf und entwickeln gemeinsame Angebote; in Rheine seit 2017, in Oelde für Ärzte angedacht.",
    sectors: ["Sektorenübergreifend"],
    tags: ["Dialog", "Up-to-Date"],
    origin: origin(["Rheine", "Oelde"], "im Text genannt: Rheine (erstmals 2017), Oelde (angedacht)"),
    firstSteps: [
      "Gründung einer Steuerungsgruppe",
      "Recherche und Bestimmung der teilnehmenden Akteure",
      "Definition von Zielen und Themen",
      "Regelmäßige Treffen sollten mit zeitlichen Kapazitäten der Versorger vereinbar sein, (z.B. Freier Mittwochnachmittag von Arztpraxen)",
    ],
    closesGaps: gaps("networking", "participation", "cooperation"),
    quote: "In Rheine hat der »Runde Tisch Gesundheit« erstmals 2017 stattgefunden; in Oelde ist dieses Format für Ärzte angedacht.",
  }),
  kommkom({
    slug: "gesundheitsfoerderung-fachkraefte",
    field: "Vernetzung",
    title: "Gesundheitsförderung von Fachkräften für Fachkräfte",
    summary:
      "Gesundheits-KMU nutzen die Kontakte zu Präventionsexperten (z. B. Physiotherapeuten) für Präventionsangebote an das eigene Personal – mit finanzieller Unterstützung der Krankenkassen – und fördern so den Austausch der Sektoren.",
    sectors: ["Therapie", "Pflege"],
    tags: ["Austausch fördern", "Synergien nutzen"],
    origin: origin([], NOT_NAMED),
    firstSteps: [
      "Interesse und Kapazitäten erfragen und festlegen",
      "Vernetzung und sektorenübergreifende Zusammenarbeit",
      "Finanzielle Unterstützung prüfen",
    ],
    closesGaps: gaps("networking", "resources"),
    quote: "Für Unternehmen gibt es finanzielle Unterstützung für das Durchführen von Präventionsangeboten durch Krankenkassen.",
  }),
  kommkom({
    slug: "kommunaler-gesundheitsnetzwerker",
    field: "Vernetzung",
    title: "Kommunaler Gesundheitsnetzwerker",
    summary:
      "Eine Person bildet das Bindeglied zwischen Gesundheitsakteuren, Kommunalverwaltung und übergeordneten Einrichtungen und treibt kommunale Gesundheitsbelange voran; angegliedert an Verwaltung, Wirtschaftsförderung oder Institutionen. Alle Modellkommunen halten sie für die beste Möglichkeit zur Stärkung der Versorgung.",
    sectors: ["Sektorenübergreifend"],
    tags: ["Kümmerer", "Initiator"],
    origin: origin(["Lienen", "Isselburg"], `${BOX}; Beispiel: Wirtschaftsförderung des Kreises Soest`),
    firstSteps: [
      "Bedarfsermittlung auf kommunaler Ebene und Ableitung von ersten Schwerpunktthemen",
      "Verantwortlichkeit und Finanzierung ermitteln und festlegen",
    ],
    closesGaps: gaps("networking", "resources", "expertise", "cooperation"),
    quote: "Er bildet das Bindeglied zwischen den Gesundheitsakteuren, der Kommunalverwaltung und übergeordneten Einrichtungen des Gesundheitswesens.",
    extra: [
      cite.kommkom(
        SECTION.kommkom.fazitNetworker,
        "Eine Person, die sich vor Ort um die Belange des (lokalen) Gesundheitswesens kümmert, stellt die beste Möglichkeit zur Stärkung der kommunalen Gesundheitsversorgung dar.",
      ),
    ],
  }),
];

/** Number of KommKom measures (one titled page each), counted in the source's table of contents. */
export const KOMMKOM_MEASURE_COUNT = 33;

// ------------------------------------------------------------------------------------------------
// Kreis Heinsberg (committee answer 2026). Field assigned editorially.
// ------------------------------------------------------------------------------------------------
const H = SECTION.heinsberg;

function heinsberg(m: Omit<Measure, "catalogue" | "fieldAssignedBy" | "tags" | "sectors"> & { sectors?: Measure["sectors"] }): Measure {
  return { ...m, sectors: m.sectors ?? ["Medizin"], tags: [], catalogue: "heinsberg", fieldAssignedBy: "editor" };
}
const HEINSBERG_ORIGIN = origin(["Kreis Heinsberg"], "Kreis Heinsberg (Wirtschaftsförderungsgesellschaft für den Kreis Heinsberg mbH)");

const heinsbergMeasures: Measure[] = [
  heinsberg({
    slug: "heinsberg-koordinationsstelle-wfg",
    field: "Vernetzung",
    title: "Koordinationsstelle Ärztebetreuung bei der Kreis-Wirtschaftsförderung (0,5 VZÄ)",
    summary:
      "Seit dem 01.01.2025 ist bei der Wirtschaftsförderungsgesellschaft für den Kreis Heinsberg mbH eine Stelle mit 0,5 VZÄ eingerichtet (Beschluss des Kreisausschusses vom 11.09.2024); sie wird zunehmend als koordinierende Schnittstelle wahrgenommen.",
    origin: HEINSBERG_ORIGIN,
    firstSteps: [
      "Strukturierte Abstimmungsgespräche mit Gesundheitsamt, Ausschussvorsitz, KV Nordrhein, Hausärzteverband Nordrhein und RWTH Aachen",
    ],
    closesGaps: gaps("networking", "resources", "cooperation"),
    citations: [
      cite.heinsberg(
        H.q1,
        "Seit dem 01.01.2025 ist bei der Wirtschaftsförderungsgesellschaft für den Kreis Heinsberg mbH eine Stelle im Umfang von 0,5 VZÄ eingerichtet",
      ),
      cite.heinsberg(H.q1, "Sie wird zunehmend als koordinierende Schnittstelle wahrgenommen"),
    ],
  }),
  heinsberg({
    slug: "heinsberg-grobkonzept",
    field: "Vernetzung",
    title: "Strategisches Grobkonzept (Gesamtkonzept) zur proaktiven Sicherung der medizinischen Versorgung",
    summary:
      "In der ersten Jahreshälfte 2025 entstand auf Grundlage von Analysen, Gesprächen und dem Austausch mit dem Kreis Schaumburg ein strategisches Grobkonzept, aus dem ein operatives Startervorhaben abgeleitet wurde (Projekt ProAktiMed).",
    origin: HEINSBERG_ORIGIN,
    firstSteps: ["Analysen und Gespräche mit regionalen und überregionalen Leistungsträgern", "Ableitung eines operativen Startervorhabens"],
    closesGaps: gaps("expertise", "politics", "cooperation"),
    citations: [
      cite.heinsberg(
        H.q3,
        "wurde zunächst in der ersten Jahreshälfte 2025 ein strategisches Grobkonzept zur proaktiven Sicherung der medizinischen Versorgung im Kreis Heinsberg erarbeitet",
      ),
      cite.heinsberg(H.q5, "Mit dem Projekt ProAktiMed - Proaktive Sicherung der medizinischen Versorgung im Kreis Heinsberg"),
    ],
  }),
  heinsberg({
    slug: "heinsberg-landarztplus",
    field: "Aus-, Fort- & Weiterbildung",
    title: "Startervorhaben LandarztPlus",
    summary:
      "Ganzheitliches Begleit-, Förder- und Bindungsprogramm für Medizinstudierende der Landarztquote und angehende Fachärzt:innen für Allgemeinmedizin – von Praxisbesuchen im Studium bis zur Praxisgründung oder -übernahme; erste studienbegleitende Angebote sollen Ende 2026 starten, begleitete Ansiedlungen gab es noch nicht.",
    origin: HEINSBERG_ORIGIN,
    firstSteps: [
      "Kooperation mit dem Institut für Digitale Allgemeinmedizin und dem ZSEA der RWTH Aachen",
      "Aufbau eines LandarztPlus-Netzwerks durch direkte Ansprache von Praxen, Kliniken, Kommunen und Vereinigungen",
    ],
    closesGaps: gaps("supply", "networking"),
    citations: [
      cite.heinsberg(
        H.q3,
        "Dieses sieht ein ganzheitliches Begleitangebot für Medizinstudierende der Landarztquote vor – von ersten Praxisbesuchen während des Studiums bis hin zur späteren Praxisgründung oder -übernahme im Kreis Heinsberg.",
      ),
      cite.heinsberg(H.q3, "Die ersten studienbegleitenden Angebote sollen Ende des Jahres starten."),
      cite.heinsberg(H.q4, "Begleitete Ansiedlungen im engeren Sinne sind zum jetzigen Zeitpunkt noch nicht erfolgt"),
    ],
  }),
  heinsberg({
    slug: "heinsberg-erfahrungsaustausch-schaumburg",
    field: "Vernetzung",
    title: "Erfahrungsaustausch mit der Gesundheitsregion Kreis Schaumburg",
    summary:
      "Strukturierter Erfahrungsaustausch mit anderen Modell- bzw. Gesundheitsregionen, namentlich dem bundesweit beachteten Best-Practice-Beispiel Gesundheitsregion Kreis Schaumburg (Niedersachsen).",
    origin: HEINSBERG_ORIGIN,
    firstSteps: [],
    firstStepsNote: "Keine Einzelschritte genannt.",
    closesGaps: gaps("expertise", "networking"),
    citations: [
      cite.heinsberg(
        H.q3,
        "eines Erfahrungsaustauschs mit dem bundesweit beachteten best-practice Beispiel der Gesundheitsregion Kreis Schaumburg in Niedersachsen",
      ),
    ],
  }),
  heinsberg({
    slug: "heinsberg-umfrage-medizinstudierende",
    field: "Aus-, Fort- & Weiterbildung",
    title: "Umfrage unter Medizinstudierenden",
    summary:
      "Ende 2025 befragten WFG und RWTH Aachen Medizinstudierende ab dem 4. Semester (besonders der Landarztquote) zu ihrem Interesse an einem Förder- und Bindungsprogramm; über 60 Rückmeldungen mit Interesse an weiterer Einbindung.",
    origin: HEINSBERG_ORIGIN,
    firstSteps: [],
    firstStepsNote: "Keine Einzelschritte genannt.",
    closesGaps: gaps("supply", "participation"),
    citations: [
      cite.heinsberg(
        H.q2,
        "wurde Ende 2025 eine gezielte Umfrage unter Medizinstudierenden ab dem 4. Semester, insbesondere mit Blick auf die Landarztquote, durchgeführt",
      ),
      cite.heinsberg(H.q2, "Es gingen über 60 Rückmeldungen ein"),
    ],
  }),
  heinsberg({
    slug: "heinsberg-dachmarkenkonzept",
    field: "Marketing",
    title: "Dachmarkenkonzept „LandarztPlus Kreis Heinsberg“ und Öffentlichkeitsarbeit",
    summary:
      "Bis Ende 2025 entstand ein Dachmarkenkonzept als Basis systematischer Öffentlichkeitsarbeit; geplant sind Veröffentlichungen auf den Websites von WFG und Kreis sowie berufliche Social-Media-Kanäle, vor allem LinkedIn.",
    origin: HEINSBERG_ORIGIN,
    firstSteps: [
      "Informationsmaterialien erstellen",
      "Digitale Veröffentlichung über die Homepages von WFG und Kreis",
      "Berufliche Social-Media-Kanäle (insbesondere LinkedIn) nutzen",
    ],
    closesGaps: gaps("supply"),
    citations: [
      cite.heinsberg(
        H.q2,
        "Auf dieser Grundlage wurde bis zum Jahresende 2025 ein Dachmarkenkonzept für die Initiative „LandarztPlus Kreis Heinsberg“ entwickelt",
      ),
      cite.heinsberg(H.q2, "Ergänzend werden beruflich ausgerichtete Social-Media-Kanäle, insbesondere LinkedIn, genutzt"),
    ],
  }),
  heinsberg({
    slug: "heinsberg-foerdermittel",
    field: "Vernetzung",
    title: "Prüfung und Initiierung von Fördermitteloptionen",
    summary: "Die Koordinationsstelle prüft Fördermöglichkeiten und stößt Anträge an.",
    origin: HEINSBERG_ORIGIN,
    firstSteps: [],
    firstStepsNote: "Keine Einzelschritte genannt.",
    closesGaps: gaps("resources"),
    citations: [cite.heinsberg(H.q3, "Prüfung und Initiierung von Fördermittelloptionen")],
  }),
  heinsberg({
    slug: "heinsberg-kurzfristige-massnahmen",
    field: "Vernetzung",
    title: "Kurzfristig wirkende Maßnahmen parallel prüfen",
    summary:
      "Weil Studium und Facharztweiterbildung rund elf Jahre dauern und in den kommenden Jahren zahlreiche Praxisabgaben anstehen, sind sich WFG und Verwaltung einig, parallel auch kurzfristig wirkende Maßnahmen in den Blick zu nehmen (welche, nennt die Antwort nicht).",
    origin: HEINSBERG_ORIGIN,
    firstSteps: [],
    firstStepsNote: "nicht in den Quellen: Die Antwort nennt keine konkreten kurzfristigen Maßnahmen.",
    closesGaps: gaps("supply"),
    citations: [
      cite.heinsberg(
        H.q5,
        "Vor diesem Hintergrund sind WFG und Verwaltung darin einig, dass auch kurzfristig wirkende Maßnahmen parallel in den Blick zu nehmen sind.",
      ),
    ],
  }),
];

export const measures: readonly Measure[] = [...kommkomMeasures, ...heinsbergMeasures];
