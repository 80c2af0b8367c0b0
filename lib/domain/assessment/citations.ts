import type { Citation } from "../../knowledge/citation";

/**
 * Short-hands for the passages the questionnaire and the rule set cite most often.
 * Section names are the headings as printed in the sources (see ../shared/DOMAIN.md).
 */
const PORT = "port-studie-rolle-der-kommunen.txt" as const;
const WS = "kleinstadt-akademie-doerentrup-2025-ergebnisse.txt" as const;
const KK = "kommkom-muensterland-loesungsansaetze.txt" as const;
const HS = "kreis-heinsberg-anfrage-aerztebetreuung-2026.txt" as const;

export const C = {
  portRoleGeneral: { kind: "source", source: PORT, section: "2.1 Die Rolle der Kommunen in der medizinischen Versorgung" },
  portRoles: { kind: "source", source: PORT, section: "2.4 Die Rolle der Kommunen im Rahmen der PORT-Zentren" },
  portAnalysisWhy: {
    kind: "source",
    source: PORT,
    section: "3.3 Analyse, Fragestellung I",
    quote: "Auslöser für das Engagement der Kommunen im Bereich der ambulanten Versorgung war in allen Fällen der sich abzeichnende bzw. akut drohende (Haus-)Ärztemangel vor Ort.",
  },
  portExpertise: {
    kind: "source",
    source: PORT,
    section: "3.3 Analyse, Fragestellung I",
    quote: "Ob man das selber hat mit jemand, den man einstellt, oder man jemand bezahlt dafür als externe Beratung.",
  },
  portBuilding: {
    kind: "source",
    source: PORT,
    section: "3.3 Analyse, Eigentümer & Unterstützung Immobilie",
    quote: "Ein ausreichend großes Gebäude in zentraler Lage ist eine Grundvoraussetzung für ein PORT-Zentrum",
  },
  portGovernance: {
    kind: "source",
    source: PORT,
    section: "3.3 Analyse, Governance - Steuerungsrolle der Kommune",
    quote: "Ist das PORT-Zentrum als kommunales MVZ organisiert, ist eine direkte Steuerung durch die Kommune möglich.",
  },
  portGovernanceNetwork: {
    kind: "source",
    source: PORT,
    section: "3.3 Analyse, Governance - Steuerungsrolle der Kommune",
    quote: "Die Handlungsmacht der Kommunen ist hier jedoch insofern begrenzt, dass sie nicht alleine entscheiden können",
  },
  portCouncil: {
    kind: "source",
    source: PORT,
    section: "3.3 Analyse, Fragestellung III",
    quote: "Damit eine Kommune über informelle Unterstützung hinaus bei PORT-Projekten tätig werden kann, braucht es einen Gemeinde- bzw. Kreistagsbeschluss.",
  },
  portMoney: {
    kind: "source",
    source: PORT,
    section: "3.3 Analyse, Fragestellung III",
    quote: "Ohne finanzielles Engagement ist die Steuerungsmacht der Kommunen jedoch begrenzt.",
  },
  portOwnerChooses: {
    kind: "source",
    source: PORT,
    section: "3.3 Analyse, Fragestellung III",
    quote: "Gehört der Kommune zum Beispiel das Gebäude des Gesundheitszentrums, kann sie entscheiden, wer (räumlich) Teil des Gesundheitszentrums wird.",
  },
  portFinancialRisk: {
    kind: "source",
    source: PORT,
    section: "3.3 Analyse, Fragestellung III",
    quote: "Mit der Trägerschaft der Einrichtung übernimmt die Kommune jedoch auch nicht unerhebliche finanzielle Risiken, was kommunalrechtlich nicht unproblematisch ist.",
  },
  portNotGkv: {
    kind: "source",
    source: PORT,
    section: "3.3 Analyse, Fragestellung III",
    quote: "werden viele Leistungen meist nicht über den Leistungskatalog der GKV vergütet",
  },
  portNetworkPerson: {
    kind: "source",
    source: PORT,
    section: "3.3 Analyse, Fragestellung III",
    quote: "Netzwerkarbeit kann, soll sie erfolgreich verlaufen, nicht „nebenbei“ geleistet werden.",
  },
  portKuemmerer: {
    kind: "source",
    source: PORT,
    section: "3.3 Analyse, Fragestellung III",
    quote: "Hier ist es hilfreich, wenn es innerhalb des Teams eine:n „Kümmerer:in“ gibt",
  },
  portSelfEmployed: {
    kind: "source",
    source: PORT,
    section: "3.3 Analyse, Fragestellung III",
    quote: "Bessere Rahmenbedingungen für die interprofessionelle Zusammenarbeit bietet ein MVZ, denn hier kann die Zusammenarbeit im Rahmen der Arbeitszeit erfolgen.",
  },
  portConflicts: {
    kind: "source",
    source: PORT,
    section: "3.3 Analyse, Fragestellung III",
    quote: "Nicht selten kommt es zu Konflikten, die bearbeitet werden müssen.",
  },
  portParticipation: {
    kind: "source",
    source: PORT,
    section: "3.3 Analyse, Fragestellung III",
    quote: "Um mögliche Konkurrenzsituationen zu vermeiden, sollten die lokalen Ärzt:innen von Beginn an in den Prozess eingebunden werden.",
  },
  portCountyLevel: {
    kind: "source",
    source: PORT,
    section: "3.3 Analyse, Fragestellung III",
    quote: "ihre Ressourcen sind jedoch in der Regel geringer als die eines Landkreises",
  },
  portPublicHealthOffice: {
    kind: "source",
    source: PORT,
    section: "3.3 Analyse, Governance - Steuerungsrolle der Kommune",
    quote: "Ein weiterer Grund ist, dass die Gesundheitsämter oftmals nicht über die nötigen personellen Ressourcen verfügen.",
  },
  portMvzPartnerNeeded: {
    kind: "source",
    source: PORT,
    section: "3.2.3 Stadt Dornhan (Landkreis Rottweil): Gesundheitszentrum Dornhan – Gelingens-/Hinderungsfaktoren",
    quote: "Hierfür wäre eine Zusammenarbeit mit dem Kreis oder einem Krankenhausträger notwendig.",
  },
  portDoctorsConsent: {
    kind: "source",
    source: PORT,
    section: "3.2.2 Landkreis Darmstadt-Dieburg: Primärversorgungszentrum Ober-Ramstadt – Gelingens- /Hinderungsfaktoren",
    quote: "Sind diese gegen ein landkreisbetriebenes MVZ, wird der Landkreis nicht in diese Richtung tätig.",
  },
  portEmployment: {
    kind: "source",
    source: PORT,
    section: "3.2.1 Büsum (Landkreis Dithmarschen): Multiprofessionelles Gesundheitszentrum – Hintergrund/Entstehungsgeschichte",
    quote: "Vier der fünf Büsumer Hausärzt:innen verzichteten zugunsten einer Anstellung in der kommunalen Eigeneinrichtung auf Ihre Zulassung.",
  },
  portMvzLessAdmin: {
    kind: "source",
    source: PORT,
    section: "3.2.2 Landkreis Darmstadt-Dieburg: Primärversorgungszentrum Ober-Ramstadt – Gelingens- /Hinderungsfaktoren",
    quote: "müssen die angestellten Ärzt:innen zudem viel weniger organisatorische Aufgaben erledigen als in einer selbstständigen Praxis",
  },
  portExistingCooperation: {
    kind: "source",
    source: PORT,
    section: "3.2.5 Gemeinden Willingen und Diemelsee (Landkreis Waldeck-Frankenberg) – Gelingens-/Hinderungsfaktoren",
    quote: "Die Zusammenarbeit der Leistungserbringer im Gesundheitsnetzwerk Willingen-Diemelsee zeichnet sich dadurch aus, dass sie schon vor dem PORT-Projekt bestand.",
  },
  portInvestor: {
    kind: "source",
    source: PORT,
    section: "3.3 Analyse, Eigentümer & Unterstützung Immobilie",
    quote: "Der Neubau wurde dann von einem lokalen Investor übernommen.",
  },
  portFazitExpertise: { kind: "source", source: PORT, section: "5. Fazit", quote: "Fachexpertise" },
  portFazitResources: {
    kind: "source",
    source: PORT,
    section: "5. Fazit",
    quote: "Je höher der Steuerungsanspruch, desto mehr personelle und finanzielle Ressourcen sind in der Regel notwendig.",
  },
  portFazitPolitics: {
    kind: "source",
    source: PORT,
    section: "5. Fazit",
    quote: "Ein umfassenderes kommunales Engagement erfordert die Zustimmung der politischen Gremien (Gemeinderat, Kreistag).",
  },
  portFazitNetwork: {
    kind: "source",
    source: PORT,
    section: "5. Fazit",
    quote: "Die Netzwerkarbeit kann üblicherweise sehr gut von der Bürgermeister:in bzw. Landrät:in unterstützt werden.",
  },
  portFazitParticipation: {
    kind: "source",
    source: PORT,
    section: "5. Fazit",
    quote: "Auch sollte die Kassenärztliche Vereinigung frühzeitig eingebunden werden.",
  },
  portFazitCitizens: {
    kind: "source",
    source: PORT,
    section: "5. Fazit",
    quote: "sollten auch die Bürger:innen am besten schon bei der Planung umfassend beteiligt werden",
  },
  portFazitCounty: {
    kind: "source",
    source: PORT,
    section: "5. Fazit",
    quote: "Auch verfügen die Kreise in der Regel über entsprechendes Verwaltungsfachpersonal (z. B. im ÖGD)",
  },
  portFazitNoUniversal: {
    kind: "source",
    source: PORT,
    section: "5. Fazit",
    quote: "sodass es keine universelle Lösung für alle Kommunen geben kann",
  },
  portFazitVoluntary: {
    kind: "source",
    source: PORT,
    section: "5. Fazit",
    quote: "Aktivitäten im Bereich der Versorgung gehören zudem zu den freiwilligen Leistungen",
  },
  portFazitGfp: {
    kind: "source",
    source: PORT,
    section: "5. Fazit",
    quote: "Grundlegendes Problem ist auch die Finanzierung von GFP.",
  },
  portGfpDefinition: {
    kind: "source",
    source: PORT,
    section: "4.3 Stand der Umsetzung von GFP in den untersuchten PORT-Zentren",
  },
  wsMunicipalTask: { kind: "source", source: WS, section: "Tipps für die Praxis: Gesundheitsversorgung als kommunale Aufgabe etablieren." },
  wsConsensus: {
    kind: "source",
    source: WS,
    section: "Tipps für die Praxis: Politischen Konsens sichern.",
    quote: "Einstimmige Beschlüsse in der Kommunalpolitik schaffen Planungssicherheit über Wahlperioden hinweg.",
  },
  wsLocalArrangements: { kind: "source", source: WS, section: "Tipps für die Praxis: Absprachen vor Ort verlässlich organisieren." },
  wsProximity: {
    kind: "source",
    source: WS,
    section: "Tipps für die Praxis: Räumliche Nähe als qualitativen Versorgungsfaktor nutzen.",
    quote: "besonders bei eingeschränktem ÖPNV-Netz",
  },
  wsCosts: {
    kind: "source",
    source: WS,
    section: "Tipps für die Praxis: Finanzielle Aufwände realistisch einschätzen.",
    quote: "Gesundheitsinfrastruktur verursacht erhebliche Kosten.",
  },
  wsCrisisWindow: {
    kind: "source",
    source: WS,
    section: "Tipps für die Praxis: Finanzielle Aufwände realistisch einschätzen.",
    quote: "Oft ist es die akute Situation, die Handlungsfenster eröffnet",
  },
  wsGrants: {
    kind: "source",
    source: WS,
    section: "Tipps für die Praxis: Finanzielle Aufwände realistisch einschätzen.",
    quote: "Fördermittel helfen, fließen aber – so die Erfahrungen – eher selten.",
  },
  wsRegional: { kind: "source", source: WS, section: "Tipps für die Praxis: Regionale und überregionale Koordination stärken." },
  wsKv: { kind: "source", source: WS, section: "Weitere Impulse aus der Veranstaltung: Mit der KV pragmatisch zusammenarbeiten." },
  wsAttractive: { kind: "source", source: WS, section: "Weitere Impulse aus der Veranstaltung: Attraktive Rahmenbedingungen schaffen." },
  wsNoUniversal: {
    kind: "source",
    source: WS,
    section: "Einleitung",
    quote: "Eine allgemeingültige Lösung gibt es nicht",
  },
  wsProblem: {
    kind: "source",
    source: WS,
    section: "Einleitung",
    quote: "Überalterte Praxen, fehlende personelle Nachfolge und der demografische Wandel",
  },
  kkNetworker: {
    kind: "source",
    source: KK,
    section: "Vernetzung: Kommunaler Gesundheitsnetzwerker",
    quote: "Eine Person, die sich vor Ort um die Belange des (lokalen) Gesundheitswesens kümmert, stellt die beste Möglichkeit zur Stärkung der kommunalen Gesundheitsversorgung dar.",
  },
  kkHeadwind: { kind: "source", source: KK, section: "Fazit", quote: "Stellen Sie sich auf Gegenwind ein, aber geben Sie nicht auf!" },
  hsTraining: {
    kind: "source",
    source: HS,
    section: "Antwort zu Frage 5",
    quote: "Studium und Ausbildung zum Facharzt für Allgemeinmedizin (Hausarzt/-ärztin) rund elf Jahre Zeit in Anspruch nehmen",
  },
  ruleBedarfsplanung: {
    kind: "rule",
    rule: "G-BA Bedarfsplanungs-Richtlinie; §§ 99–101 SGB V",
    note: "Versorgungsgrad; Unterversorgung Hausärzte unter 75 %, Überversorgung über 110 %",
  },
  ruleMvz: { kind: "rule", rule: "§ 95 Abs. 1a SGB V", note: "Kommunen als Gründer eines MVZ" },
  ruleEigeneinrichtung: { kind: "rule", rule: "§ 105 Abs. 5 SGB V", note: "kommunale Eigeneinrichtung nur mit Zustimmung der KV" },
  ruleMunicipalCode: { kind: "rule", rule: "Gemeindeordnungen der Länder, z. B. § 107 GO NRW", note: "Wirtschaftliche Betätigung: öffentlicher Zweck, angemessen zur Leistungsfähigkeit" },
  ruleGpStats: { kind: "rule", rule: "KBV/BÄK Ärztestatistik 2024", note: "rund 41 % der Hausärztinnen und Hausärzte sind 60 Jahre oder älter" },
  destatis: { kind: "rule", rule: "Destatis Gemeindeverzeichnis GV-ISys, Gebietsstand 30.11.2023", note: "Einwohnerzahl, Fläche, Kreis, Land" },
} as const satisfies Record<string, Citation>;
