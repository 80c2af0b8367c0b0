import type { CarrierModelId } from "../ids";
import type { AssessmentInputRaw } from "../assessment/input";

/**
 * The eight towns of the sources, described as they stood before their decision, for cross-validation
 * of the rule set (never used by the rules). Each answer cites its passage; where the sources are silent
 * the answer is left out (= "unknown"). Town data (population, area, county, Land) come from the
 * municipality register (Destatis GV100AD, Gebietsstand 30.11.2023, population 31.12.2022) – i.e. today's
 * figures, not those at the time of the decision.
 *
 * WS = kleinstadt-akademie-doerentrup-2025-ergebnisse.txt, EI = …-einladung.txt,
 * PORT = port-studie-rolle-der-kommunen.txt.
 *
 * For the PORT sites the "decision" is read as the choice of carrier together with the PORT application:
 * the goals (team care, prevention, case management) are those the study reports for the application.
 */

export interface SourceTown {
  slug: string;
  expectedTop: CarrierModelId;
  expectedPort: boolean;
  input: AssessmentInputRaw;
}

export const SOURCE_TOWNS: SourceTown[] = [
  {
    slug: "doerentrup",
    expectedTop: "provider-network",
    expectedPort: false,
    input: {
      town: { ags: "05766024", name: "Dörentrup", population: 7660, areaKm2: 49.79, county: "Lippe", land: "Nordrhein-Westfalen" },
      urgency: {
        // EI: "wie die Stadt einem drohenden Rückgang der medizinischen Versorgung begegnete" – threatened, not acute.
        // How many practices close without successor: not in the sources.
      },
      politics: {
        // WS, "Gesundheitsversorgung als kommunale Aufgabe etablieren": "In Dörentrup, Marienmünster und Schneeberg
        // war dieses Engagement zentral" (the mayors' role).
        mayorCommitment: "strong",
        // WS, same tip: "Verlässliche Ansprechpersonen in der Verwaltung" – the town supports with rooms,
        // invitation management and website ("Die Kommune unterstützt mit Raumangeboten, Einladungsmanagement und Webauftritt").
        healthAsMunicipalTask: "yes",
      },
      localDoctors: {
        // WS, "Dörentrup: Gesundes Dörentrup": "Ärzte und später weitere Trägerinnen und Träger von
        // Gesundheitsdienstleistungen in Dörentrup haben sich zu einem offenen Netzwerk zusammengeschlossen."
        cooperate: "yes",
      },
      // Why the originally planned municipal MVZ was dropped (EI: "als Alternative zum ursprünglich geplanten
      // kommunalen MVZ") is not in the sources – so no answer on council, money or doctors' employment wishes.
    },
  },
  {
    slug: "marienmuenster",
    expectedTop: "municipal-mvz",
    expectedPort: false,
    input: {
      town: { ags: "05762024", name: "Marienmünster", population: 4970, areaKm2: 64.36, county: "Höxter", land: "Nordrhein-Westfalen" },
      urgency: {
        // WS ("Marienburg" = Marienmünster): "Aus der Situation heraus, in absehbarer Zeit keine ärztliche
        // Versorgung mehr anbieten zu können" – several practices without successor, an acute situation.
        practicesClosingWithoutSuccessor: "several",
        acuteCrisis: "yes",
      },
      resources: {
        // WS, "Finanzielle Aufwände realistisch einschätzen": "in Marienburg trägt die Kommune rund 2,6 Mio. €
        // für die Entwicklung des kommunalen MVZ".
        investmentCapacity: "high",
      },
      politics: {
        // WS, "Politischen Konsens sichern": "In Marienburg wurden alle Entscheidungen zum kommunalen MVZ
        // fraktionsübergreifend getragen".
        councilSupport: "unanimous",
        // WS, "Gesundheitsversorgung als kommunale Aufgabe etablieren": the mayors' engagement was central.
        mayorCommitment: "strong",
      },
      localDoctors: {
        // WS: "Ärzte und Ärztinnen sind im MVZ angestellt." EI: "in dem Vertragsärzte und angestellte Ärzte
        // tätig sind" – the sources disagree, so "some" rather than "most".
        wantEmployment: "some",
      },
      goals: {
        // WS: "Es übernimmt zukünftig die hausärztliche Versorgung für die gesamte Stadt" – the town wants to
        // steer GP care itself.
        controlVsRisk: "control",
        // WS: "und stellt zusätzliche gesundheitliche Angebote bereit".
        widerServices: "yes",
      },
    },
  },
  {
    slug: "schneeberg",
    expectedTop: "health-centre",
    expectedPort: false,
    input: {
      town: { ags: "14521530", name: "Schneeberg", population: 13994, areaKm2: 23.35, county: "Erzgebirgskreis", land: "Sachsen" },
      resources: {
        // WS, "Finanzielle Aufwände realistisch einschätzen": "Die Stadt Schneeberg investierte rund 3,2 Mio. €
        // in den Umbau des ehemaligen Krankenhauses".
        investmentCapacity: "high",
      },
      politics: {
        // WS, "Gesundheitsversorgung als kommunale Aufgabe etablieren": the mayors' engagement was central.
        mayorCommitment: "strong",
      },
      localDoctors: {
        // EI: "kaufte eine ehemalige Krankenhaus-Immobilie und vermietet die Räumlichkeiten an Arztpraxen
        // unterschiedlicher Fachrichtungen" – the doctors run their own practices as tenants.
        wantSelfEmployment: "most",
      },
      assets: {
        // EI: "kaufte eine ehemalige Krankenhaus-Immobilie" – a suitable building the town could acquire.
        building: "securable",
      },
      goals: {
        // WS, "Schneeberg: Gesundheitszentrum": "ein breites, auch fachärztliches Angebot …, das bis zu ambulanten
        // Operationen reicht … Das ärztliche Angebot wird durch weitere gesundheitliche Dienstleistungen ergänzt."
        widerServices: "yes",
        // WS: "Stück für Stück wird direkt mit den zukünftigen Ärzten … aufgebaut" – a long horizon.
        timeToEffect: "long",
      },
    },
  },
  {
    slug: "buesum",
    expectedTop: "municipal-mvz",
    expectedPort: true,
    input: {
      town: { ags: "01051013", name: "Büsum", population: 4970, areaKm2: 8.48, county: "Dithmarschen", land: "Schleswig-Holstein" },
      urgency: {
        // PORT 3.2.1 Hintergrund: "Der abzusehende Mangel an Hausärzt:innen" … "dass sie keine Nachfolger:innen
        // für ihre Praxen finden" (several of the five GPs).
        practicesClosingWithoutSuccessor: "several",
      },
      resources: {
        // PORT 3.2.1 Gelingens-/Hinderungsfaktoren: the county's coordinator is "ein ausgewiesener Experte des
        // Gesundheitswesens" (in-house expertise on the county side).
        expertise: "in-house",
        // PORT 3.2.1 Rolle der Kommune: "hat auch dessen Umbau und die baulichen Erweiterungen … finanziert".
        investmentCapacity: "medium",
        // PORT 3.2.1 Projektbeschreibung: "Eine durch die PORT-Förderung finanzierte Case Managerin … übernimmt
        // zusätzlich eine „Kontroll-Kümmerer-Funktion“"; the county coordinator "übernimmt wichtige Aufgaben in der
        // Vernetzung und Steuerung".
        coordinationStaffTime: "dedicated",
        // PORT 3.2.1 Projektbeschreibung: "mit Hilfe der Förderung der Robert Bosch Stiftung" – a grant.
        extraFunding: "temporary",
      },
      politics: {
        // PORT 3.2.1: the mayor "der den „Mut“ hatte, das Thema ambulante Versorgung aktiv anzugehen".
        mayorCommitment: "strong",
      },
      partners: {
        // PORT 3.2.1: "Der Landkreis Dithmarschen ist Vorreiter … hat schon früh medizinische Versorgung in die
        // kommunale Hand genommen"; "die enge Zusammenarbeit zwischen dem Landkreis und der Gemeinde".
        countyWilling: "active",
        // PORT 3.2.1: "So wurde zum Beispiel früh der Kontakt zur KV gesucht, deren Zustimmung … notwendig ist";
        // founded "mit Zustimmung der Kassenärztlichen Vereinigung Schleswig-Holstein".
        kvRelationship: "cooperative",
      },
      localDoctors: {
        // PORT 3.2.1: the local GPs alerted the coordinator early; "Vier der fünf Büsumer Hausärzt:innen
        // verzichteten zugunsten einer Anstellung in der kommunalen Eigeneinrichtung auf Ihre Zulassung."
        cooperate: "yes",
        wantEmployment: "most",
        consentToMunicipalMvz: "yes",
      },
      assets: {
        // PORT 3.2.1 Strukturen & Akteure: "Sie ist Besitzerin des Gebäudes"; Hintergrund: "Der Umbau des
        // vorhandenen Ärztehauses … wurde von der Gemeinde Büsum finanziert."
        building: "owned",
      },
      goals: {
        // PORT 3.2.1 Projektbeschreibung (PORT application): Schulungszentrum "um Angebote der Gesundheitsförderung
        // und Prävention … anbieten zu können"; physiotherapy, osteopathy, care transition office, psychotherapist.
        multiProfessionalAmbition: "high",
        prevention: "high",
        caseManagement: "yes",
      },
    },
  },
  {
    slug: "ober-ramstadt",
    expectedTop: "municipal-mvz",
    expectedPort: true,
    input: {
      town: { ags: "06432016", name: "Ober-Ramstadt", population: 15252, areaKm2: 41.88, county: "Darmstadt-Dieburg", land: "Hessen" },
      urgency: {
        // PORT 3.2.2 Hintergrund: "sind bis zum Jahr 2030 über 100 Hausarztsitze nachzubesetzen"; Rolle der Kommune:
        // "Als vor einigen Jahren einer der Facharztsitze drohte aus Ober-Ramstadt nach Darmstadt verlegt zu werden".
        practicesClosingWithoutSuccessor: "several",
      },
      resources: {
        // PORT 3.2.2 Gelingensfaktoren: "wir haben ja auch unsere Expertise im Bereich der Krankenhäuser" (county).
        expertise: "in-house",
        // PORT 3.2.2 Hintergrund: the county "hat … sein erstes MVZ durch den Aufkauf von Arztsitzen gegründet".
        investmentCapacity: "high",
        // PORT 3.2.2 Projektbeschreibung: "zwei ambulante Case Manager:innen"; a project lead incl. the MVZ manager.
        coordinationStaffTime: "dedicated",
        // PORT 3.2.2 Projektbeschreibung: "In dem PORT-geförderten Projekt" – grant.
        extraFunding: "temporary",
      },
      politics: {
        // PORT 3.2.2 Rolle der Kommune: "hat sich der Bürgermeister für die Gründung des MVZs eingesetzt"; the
        // Landrat "lebt das Thema der medizinischen Versorgung".
        mayorCommitment: "strong",
        // PORT 3.2.2 Gelingensfaktoren: "Der Landkreis Darmstadt-Dieburg versteht die medizinische Versorgung schon
        // seit mehreren Jahren als kommunale Aufgabe."
        healthAsMunicipalTask: "yes",
      },
      partners: {
        // PORT 3.2.2: the county "hat sich … auch die Sicherung der ambulanten Versorgung als Aufgabe gesetzt".
        countyWilling: "active",
        // PORT 3.2.2: "Der Landkreis ist Träger des Eigenbetriebes Kreiskliniken Darmstadt-Dieburg".
        hospitalOperator: "yes",
        // PORT 3.2.2: "hat der Landkreis einen Beteiligungsprozess mit den Kommunen, der KV und den niedergelassenen
        // Leistungserbringern gestartet".
        kvRelationship: "cooperative",
      },
      localDoctors: {
        // PORT 3.2.2: "In Absprache mit den ansässigen Haus- und Fachärzt:innen einer Gemeinschaftspraxis";
        // "waren es die Kommune und einzelne Praxisinhaber:innen, die auf den Landkreis zugekommen sind".
        cooperate: "yes",
        consentToMunicipalMvz: "yes",
        // PORT 3.2.2 Projektbeschreibung: "die sechs angestellten Ärzt:innen".
        wantEmployment: "most",
      },
      assets: {
        // PORT 3.3 Eigentümer & Unterstützung Immobilie: "In Ober-Ramstadt befindet sich die Immobilie … in privater
        // Trägerschaft. Als 2017 ein Umzug notwendig wurde, war die Stadt bei der Suche … behilflich."
        building: "securable",
      },
      goals: {
        // PORT 3.2.2 Hintergrund: "Gesundheitskonzept 2025" with "Geriatrische Versorgung" and "sektorübergreifende
        // Kooperation"; Projektbeschreibung: NäPa, case managers, a "Prä-Diabetes-Versorgungspfad".
        multiProfessionalAmbition: "high",
        prevention: "medium",
        caseManagement: "yes",
        // PORT 3.3 Governance: "Er kann so direkt Einfluss auf das operative Geschäft des PVZ nehmen".
        controlVsRisk: "control",
      },
    },
  },
  {
    slug: "dornhan",
    expectedTop: "health-centre",
    expectedPort: true,
    input: {
      town: { ags: "08325012", name: "Dornhan", population: 6238, areaKm2: 44.91, county: "Rottweil", land: "Baden-Württemberg" },
      urgency: {
        // PORT 3.2.3 Hintergrund: "Nachdem ein ortsansässiger Hausarzt seinen beruflichen Rückzug ankündigte".
        practicesClosingWithoutSuccessor: "one",
      },
      resources: {
        // PORT 3.2.3 Gelingensfaktoren: "Die Kommunalverwaltung verfüge weder über die erforderliche Expertise im
        // Gesundheitsbereich noch über die zeitlichen Ressourcen" – expertise bought from DIOMEDES GmbH.
        expertise: "bought",
        // PORT 3.2.3 Akteure: DIOMEDES "übernahm sie als Projektmanagerin die Geschäftsführung" (external, dedicated).
        coordinationStaffTime: "dedicated",
        // PORT 3.2.3: the town bought and cleared the site and "übernahm … eine Mietgarantie" – medium capacity.
        investmentCapacity: "medium",
        // PORT 3.2.3: "Mit Fördermitteln des Landes Baden-Württemberg"; financing after PORT "noch nicht sichergestellt".
        extraFunding: "temporary",
      },
      politics: {
        // PORT 3.2.3: "Der Bürgermeister von Dornhan engagiert sich im besonderen Maß für das Projekt."
        mayorCommitment: "strong",
      },
      partners: {
        // PORT 3.2.3: "Hierfür wäre eine Zusammenarbeit mit dem Kreis oder einem Krankenhausträger notwendig. Hierzu
        // waren Gespräche erfolgt, diese hatten jedoch zu keinem produktiven Ergebnis geführt."
        countyWilling: "no",
        hospitalOperator: "no",
        // PORT 3.2.3: "mithilfe eines lokalen Investors ein Neubau errichtet".
        investor: "yes",
        // PORT 3.2.3 Rolle der Kommune: "die KV kann keine Ärzte backen" – contact made, limited options.
        kvRelationship: "neutral",
      },
      localDoctors: {
        // PORT 3.2.3: "Als maßgebliche Hürde hierfür wird die selbstständige Tätigkeit der Ärzt:innen benannt."
        wantSelfEmployment: "most",
      },
      assets: {
        // PORT 3.2.3: "ein ehemaliges Industriegebäude von der Kommune aufgekauft und abgerissen".
        building: "securable",
        // PORT 3.2.3: "entschied man sich für einen Neubau in zentraler Lage im Ortskern".
        buildingCentral: "yes",
      },
      goals: {
        // PORT 3.2.3: "ein Gesundheitszentrum, in dem die Leistungserbringer in einem multiprofessionellen Team
        // arbeiten und die Patient:innen „aus einer Hand“ versorgen"; "Gesundheitscoach", "Präventionskursen".
        multiProfessionalAmbition: "high",
        prevention: "high",
        widerServices: "yes",
      },
    },
  },
  {
    slug: "hohenstein",
    expectedTop: "health-centre",
    expectedPort: true,
    input: {
      town: { ags: "08415090", name: "Hohenstein", population: 3779, areaKm2: 61.71, county: "Reutlingen", land: "Baden-Württemberg" },
      resources: {
        // PORT 3.2.4 Gelingensfaktoren: the Landrat "war ausgewiesener Experte für das Gesundheitswesen" (county).
        expertise: "in-house",
        // PORT 3.2.4: "In der Kommunalverwaltung der Gemeinde bestehen mit der Referentin für Soziales und Gesundheit
        // zudem entsprechende personelle Ressourcen"; "durch eine Koordinatorin unterstützt".
        coordinationStaffTime: "dedicated",
        // PORT 3.2.4: "Neben der PORT-Förderung hat die Gemeinde auch weitere Fördermittel … eingeworben"; Förderverein.
        extraFunding: "temporary",
      },
      politics: {
        // PORT 3.2.4 Hintergrund: "Gesunde Gemeinde" requires "der politische Wille, ausgedrückt durch einen
        // Gemeinderatsbeschluss"; Hohenstein was certified in 2015.
        councilSupport: "majority",
        // PORT 3.2.4: "Auch der Bürgermeister der Gemeinde Hohenstein engagiert sich seit langem".
        mayorCommitment: "strong",
        // PORT 3.2.4: "verstehen die gesundheitliche Versorgung … als Aufgabe der kommunalen Daseinsvorsorge".
        healthAsMunicipalTask: "yes",
        // PORT 3.2.4: "ein Bürgerbeteiligungsverfahren …, bei dem Bedarfe und Wünsche der Bevölkerung ermittelt wurden".
        citizenParticipation: "planned",
      },
      partners: {
        // PORT 3.2.4: "Die Gemeinde wird bei dem Vorhaben vom Landkreis sowohl personell als auch fachlich umfassend
        // unterstützt"; the county's Kommunale Gesundheitskonferenz since 2010.
        countyWilling: "active",
        // PORT 3.3: "der Neubau wurde von einem ortsansässigen Unternehmen gebaut und finanziert".
        investor: "yes",
        // PORT 3.2.4: "In der KGK sind … die maßgeblichen Akteure des Gesundheitswesens (u. a. KV) vertreten".
        kvRelationship: "cooperative",
        // PORT 3.2.4: "Die Geschäftsstelle der KGK, die im Gesundheitsamt des Landkreises verortet ist, übernimmt die
        // Umsetzung der Gesundheitsförderung und Prävention".
        publicHealthOffice: "engaged",
      },
      localDoctors: {
        // PORT 3.2.4: "Im Gesundheitszentrum sind viele Leistungserbringer selbstständig tätig."
        wantSelfEmployment: "some",
      },
      assets: {
        // PORT 3.2.4 Rolle der Kommune: "Die Grundstücke wurden von der Gemeinde zur Verfügung gestellt."
        building: "owned",
      },
      goals: {
        // PORT 3.2.4 Hintergrund: recommendations on "Entlastung der Ärzt:innen durch den verstärkten Einsatz
        // nichtärztlicher Gesundheitsberufe. Gleichzeitig sollten Gesundheitsförderung und Prävention gestärkt werden."
        multiProfessionalAmbition: "high",
        prevention: "high",
        // PORT 3.2.4 Projektbeschreibung: "eine Gesundheitslotsin".
        caseManagement: "yes",
        // PORT 3.2.4: "Hausarztpraxis, … Kinderarztpraxis, eine Hebammenpraxis und eine Physiotherapiepraxis".
        widerServices: "yes",
      },
    },
  },
  {
    slug: "willingen-diemelsee",
    expectedTop: "provider-network",
    expectedPort: true,
    input: {
      town: { ags: "06635022", name: "Willingen (Upland)", population: 6422, areaKm2: 80.26, county: "Waldeck-Frankenberg", land: "Hessen" },
      resources: {
        // PORT 3.2.5 Gelingensfaktoren: the county's project employee "promovierte zu kommunalen
        // Versorgungsnetzwerken und verfügte so über ausgewiesene Fachexpertise".
        expertise: "in-house",
        // PORT 3.2.5: "Das PORT-Netzwerk verfügt über eine:n Geschäftsführer:in"; "hauptamtliche Geschäftsführung".
        coordinationStaffTime: "dedicated",
        // PORT 3.2.5: "Mit Mitteln aus der PORT-Förderung hat die hausärztliche Praxis … eine VERAH … eingestellt."
        extraFunding: "temporary",
      },
      politics: {
        // PORT 3.2.5: "das besondere Engagement der politischen Vertreter der beiden Gemeinden".
        mayorCommitment: "strong",
      },
      partners: {
        // PORT 3.2.5: "Der Landkreis Waldeck-Frankenberg übernimmt schon länger Verantwortung für die
        // Gesundheitsversorgung"; initiative "Gesundheit schafft Zukunft".
        countyWilling: "active",
        // PORT 3.2.5 Strukturen & Akteure: "die Bürgermeister der beiden Gemeinden und der Landrat" on the board of
        // the one network the two municipalities carry together.
        intermunicipal: "joint-network",
      },
      localDoctors: {
        // PORT 3.2.5: "Die hausärztliche Gemeinschaftspraxis und das Pflegehotel kooperierten schon vorher eng";
        // "ein überdurchschnittlich hohes Engagement".
        cooperate: "yes",
        // PORT 3.2.5: the GP partnership practice is run by its owner ("der Inhaber der hausärztlichen
        // Gemeinschaftspraxis").
        wantSelfEmployment: "most",
      },
      assets: {
        // PORT 3.2.5: "Da sowohl das Pflegehotel als auch die hausärztliche Gemeinschaftspraxis bereits über
        // Räumlichkeiten verfügten, war hier keine Unterstützung durch die Kommunen notwendig."
        building: "provider",
        // PORT 3.2.5: "Zwischen beiden bestand bereits eine gute Zusammenarbeit."
        existingNetwork: "informal",
      },
      goals: {
        // PORT 3.2.5: "Das Pflegehotel hatte außerdem schon ein Case Management etabliert"; PORT application for
        // team care (VERAH, Versorgungslotsin); GFP with the health office "geplant".
        caseManagement: "yes",
        multiProfessionalAmbition: "high",
        prevention: "medium",
      },
    },
  },
];
