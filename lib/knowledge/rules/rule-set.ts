import type { Citation } from "../citation";
import { C } from "../../domain/assessment/citations";
import type { Condition, KnockOut, PortCriterion, ReadinessItem, RuleSet, ScoreRule } from "./schema";

/**
 * The recommendation rule set as data. Weights follow the principles of ../shared/DOMAIN.md
 * ("Decision criteria the sources support"): control grows with ownership and money (MVZ > owned building
 * > network); full MVZ control needs expertise, money, a council decision and usually a county or hospital
 * partner; an MVZ suits doctors who want employment and needs the local doctors' consent; owning a suitable
 * building gives a health centre its control; an existing cooperation makes a network easy; the county's
 * willingness matters; PORT fits with ambition for team care and prevention, a coordinator with time and
 * money beyond GKV; when most is unknown, prefer the cheapest reversible step. No rule names a town.
 *
 * Change a weight → bump `version` (date + running number) so saved results stay reproducible.
 */

const is = (field: string, ...values: string[]): Condition => ({ field, in: values });
const all = (...c: Condition[]): Condition => ({ all: c });
const any = (...c: Condition[]): Condition => ({ any: c });

type Fx = { N?: number; M?: number; H?: number };
function rule(id: string, when: Condition, fx: Fx, explanation: string, citations: Citation[]): ScoreRule {
  const effects: ScoreRule["effects"] = {};
  if (fx.N) effects["provider-network"] = fx.N;
  if (fx.M) effects["municipal-mvz"] = fx.M;
  if (fx.H) effects["health-centre"] = fx.H;
  return { id, when, effects, explanation, citations };
}

const scoreRules: ScoreRule[] = [
  // --- town -------------------------------------------------------------------------------------------
  rule("town.transport-poor", is("town.publicTransport", "poor"), { H: 6, M: 2 },
    "Bei schwachem ÖPNV hilft die räumliche Bündelung der Versorgung an einem Ort besonders.", [C.wsProximity]),
  rule("town.gp-far", { field: "town.distanceToNextGpKm", min: 10 }, { H: 4, M: 3 },
    "Weite Wege zur nächsten Praxis sprechen für einen festen Versorgungsort im Ort selbst.", [C.wsProximity]),
  rule("town.small", { field: "town.population", max: 5000 }, { M: -3 },
    "Kleine Gemeinden haben meist weniger Personal, Geld und Fachwissen als ein Kreis; ein eigenes MVZ ist für sie schwerer.", [C.portCountyLevel]),

  // --- supply and urgency -------------------------------------------------------------------------------
  rule("supply.under-supply", { field: "supply.versorgungsgrad", max: 75 }, { M: 5, H: 3 },
    "Unterversorgung (Versorgungsgrad unter 75 %) erhöht den Handlungsdruck für eine feste Versorgungsstruktur.", [C.ruleBedarfsplanung, C.portAnalysisWhy]),
  rule("urgency.closing-several", is("urgency.practicesClosingWithoutSuccessor", "several"), { M: 8, H: 4, N: -2 },
    "Mehrere Praxen ohne Nachfolge: Ein lockeres Netzwerk ersetzt keine wegfallenden Praxen, eine eigene Einrichtung kann Ärztinnen und Ärzte anstellen oder ansiedeln.", [C.portAnalysisWhy, C.wsProblem]),
  rule("urgency.closing-one", is("urgency.practicesClosingWithoutSuccessor", "one"), { H: 3, M: 2 },
    "Eine Praxis ohne Nachfolge: Handlungsdruck, aber noch Zeit für Aufbau.", [C.portAnalysisWhy]),
  rule("urgency.closing-none", is("urgency.practicesClosingWithoutSuccessor", "none"), { N: 6 },
    "Ohne absehbare Schließungen genügt meist der günstige, umkehrbare Schritt der Vernetzung.", [C.portFazitNoUniversal]),
  rule("urgency.crisis", is("urgency.acuteCrisis", "yes"), { M: 6, H: 3 },
    "Eine akute Lage öffnet ein Fenster für sonst kaum durchsetzbare strukturelle Entscheidungen.", [C.wsCrisisWindow]),
  rule("urgency.no-crisis", is("urgency.acuteCrisis", "no"), { N: 4 },
    "Ohne akute Krise fehlt oft das Fenster für große strukturelle Entscheidungen; Vernetzung ist der naheliegende Schritt.", [C.wsCrisisWindow]),

  // --- resources ---------------------------------------------------------------------------------------
  rule("resources.invest-high", is("resources.investmentCapacity", "high"), { M: 10, H: 10 },
    "Hohe Investitionsfähigkeit: Eigene Einrichtung oder eigenes Gebäude sind finanzierbar; Steuerung braucht Geld.", [C.portFazitResources, C.wsCosts]),
  rule("resources.invest-medium", is("resources.investmentCapacity", "medium"), { M: 3, H: 6 },
    "Mittlere Investitionsfähigkeit reicht eher für Grundstück, Erschließung oder Mietgarantie als für ein eigenes MVZ.", [C.portInvestor, C.wsCosts]),
  rule("resources.invest-low", is("resources.investmentCapacity", "low"), { M: -8, H: -4, N: 4 },
    "Geringe Investitionsfähigkeit: Ein Netzwerk braucht kaum kommunales Geld, eigene Einrichtungen schon.", [C.portMoney, C.wsCosts]),
  rule("resources.invest-none", is("resources.investmentCapacity", "none"), { M: -15, H: -10, N: 8 },
    "Ohne Investitionsmittel bleibt vor allem die Unterstützung eines Netzwerks (Räume, Einladungen, Webauftritt).", [C.portMoney, C.wsCosts]),
  rule("resources.consolidation", is("resources.budgetConsolidation", "yes"), { M: -10, H: -6, N: 6 },
    "Haushaltssicherung: Versorgung ist eine freiwillige Aufgabe, finanzielle Risiken eines Trägers sieht das Kommunalrecht kritisch.", [C.portFazitVoluntary, C.portFinancialRisk, C.ruleMunicipalCode]),
  rule("resources.no-consolidation", is("resources.budgetConsolidation", "no"), { M: 3, H: 2 },
    "Kein Haushaltssicherungskonzept: mehr Spielraum für freiwillige Aufgaben.", [C.portFazitVoluntary]),
  rule("resources.coordination-dedicated", is("resources.coordinationStaffTime", "dedicated"), { N: 6, M: 4, H: 4 },
    "Eine Person mit fester Zeit für Koordination und Netzwerkarbeit ist Voraussetzung jedes Modells, besonders eines Netzwerks.", [C.portNetworkPerson, C.kkNetworker]),
  rule("resources.coordination-side", is("resources.coordinationStaffTime", "on-the-side"), { N: -3 },
    "Netzwerkarbeit „nebenbei“ trägt ein Netzwerk nicht dauerhaft.", [C.portNetworkPerson]),
  rule("resources.coordination-none", is("resources.coordinationStaffTime", "none"), { N: -6, M: -6, H: -4 },
    "Ohne Personal für Koordination fehlt der wichtigste Hebel kommunaler Gesundheitsversorgung.", [C.kkNetworker, C.portNetworkPerson]),
  rule("resources.expertise-in-house", is("resources.expertise", "in-house"), { M: 10, H: 4, N: 2 },
    "Eigene Fachexpertise (auch beim Kreis) macht die Trägerschaft eines MVZ realistisch.", [C.portFazitExpertise, C.portExpertise]),
  rule("resources.expertise-bought", is("resources.expertise", "bought"), { M: 3, H: 6, N: 2 },
    "Eingekaufte Expertise (Beratung) trägt Konzeption und Projektleitung, etwa eines Gesundheitszentrums.", [C.portExpertise]),
  rule("resources.expertise-none", is("resources.expertise", "none"), { M: -12, H: -6, N: 4 },
    "Ohne Fachwissen über das Gesundheitssystem ist die volle Trägerschaft kaum zu leisten.", [C.portFazitExpertise]),
  rule("resources.funding-secured", is("resources.extraFunding", "secured"), { M: 3, H: 3 },
    "Dauerhaft gesicherte Mittel für Leistungen außerhalb der GKV tragen eine eigene Einrichtung mit Zusatzangeboten.", [C.portNotGkv]),
  rule("resources.funding-none", is("resources.extraFunding", "none"), { N: 2 },
    "Ohne Mittel außerhalb der GKV bleiben Zusatzleistungen schwer finanzierbar.", [C.portNotGkv]),

  // --- politics ----------------------------------------------------------------------------------------
  rule("politics.council-unanimous", is("politics.councilSupport", "unanimous"), { M: 12, H: 8, N: 2 },
    "Einstimmige Beschlüsse schaffen Planungssicherheit über Wahlperioden – wichtig für die Trägerschaft.", [C.wsConsensus, C.portFazitPolitics]),
  rule("politics.council-majority", is("politics.councilSupport", "majority"), { M: 6, H: 4, N: 1 },
    "Eine Ratsmehrheit ermöglicht Engagement über informelle Unterstützung hinaus.", [C.portCouncil]),
  rule("politics.council-split", is("politics.councilSupport", "split"), { M: -8, H: -4, N: 3 },
    "Ein gespaltener Rat gefährdet langfristige Trägerschaft; ein Netzwerk braucht keinen großen Beschluss.", [C.wsConsensus, C.portCouncil]),
  rule("politics.council-none", is("politics.councilSupport", "none"), { M: -20, H: -12, N: 4 },
    "Ohne Ratsmehrheit bleibt nur informelle Unterstützung.", [C.portCouncil]),
  rule("politics.mayor-strong", is("politics.mayorCommitment", "strong"), { M: 5, H: 5, N: 5 },
    "Eine engagierte Verwaltungsspitze öffnet Türen und organisiert Mehrheiten – in jedem Modell.", [C.wsMunicipalTask, C.portFazitNetwork]),
  rule("politics.mayor-low", is("politics.mayorCommitment", "low"), { M: -6, H: -6, N: -2 },
    "Ohne Engagement der Verwaltungsspitze fehlen Türöffner und Mehrheiten.", [C.wsMunicipalTask]),
  rule("politics.task-yes", is("politics.healthAsMunicipalTask", "yes"), { M: 4, H: 3, N: 2 },
    "Gesundheitsversorgung als kommunale Aufgabe verankert: verlässliche Ansprechpersonen halten Prozesse in Bewegung.", [C.wsMunicipalTask]),
  rule("politics.task-no", is("politics.healthAsMunicipalTask", "no"), { M: -6, H: -3 },
    "Ist Versorgung nicht als kommunale Aufgabe verankert, fehlt die Grundlage für eine Trägerschaft.", [C.wsMunicipalTask, C.portFazitVoluntary]),

  // --- partners ----------------------------------------------------------------------------------------
  rule("partners.county-active", is("partners.countyWilling", "active"), { M: 10, H: 5, N: 4 },
    "Ein bereits aktiver Kreis bringt Personal, Fachwissen und Überblick – vor allem für ein MVZ.", [C.portFazitCounty, C.portCountyLevel]),
  rule("partners.county-willing", is("partners.countyWilling", "willing"), { M: 6, H: 3, N: 2 },
    "Ein mitwirkungsbereiter Kreis gleicht fehlende Ressourcen der Gemeinde aus.", [C.portFazitCounty]),
  rule("partners.county-no", is("partners.countyWilling", "no"), { M: -12, H: -2, N: 2 },
    "Ohne den Kreis ist ein MVZ für eine kleine Kommune kaum zu realisieren.", [C.portMvzPartnerNeeded, C.portCountyLevel]),
  rule("partners.hospital-yes", is("partners.hospitalOperator", "yes"), { M: 10, H: 3 },
    "Ein Krankenhausträger als Partner macht ein MVZ realistisch.", [C.portMvzPartnerNeeded]),
  rule("partners.hospital-no", is("partners.hospitalOperator", "no"), { M: -6 },
    "Ohne Krankenhausträger fehlt ein möglicher MVZ-Partner.", [C.portMvzPartnerNeeded]),
  rule("partners.investor-yes", is("partners.investor", "yes"), { H: 14 },
    "Ein Investor kann ein Gesundheitszentrum bauen, ohne dass die Kommune selbst baut.", [C.portInvestor, C.portRoles]),
  rule("partners.investor-no", is("partners.investor", "no"), { H: -5 },
    "Ohne Investor muss die Kommune ein Zentrum selbst finanzieren.", [C.portInvestor]),
  rule("partners.kv-cooperative", is("partners.kvRelationship", "cooperative"), { M: 4, N: 2, H: 2 },
    "Eine früh eingebundene KV schafft Transparenz über Spielräume; eine Eigeneinrichtung braucht ihre Zustimmung.", [C.wsKv, C.ruleEigeneinrichtung]),
  rule("partners.kv-difficult", is("partners.kvRelationship", "difficult"), { M: -4 },
    "Ein schwieriges Verhältnis zur KV erschwert Gründung und Besetzung eigener Einrichtungen („Stellen Sie sich auf Gegenwind ein“).", [C.kkHeadwind, C.ruleEigeneinrichtung]),

  // --- local doctors -----------------------------------------------------------------------------------
  rule("doctors.cooperate-yes", is("localDoctors.cooperate", "yes"), { N: 10, H: 4, M: 3 },
    "Kooperationsbereite Ärztinnen und Ärzte sind die Grundlage eines Netzwerks, das auf Freiwilligkeit beruht.", [C.portGovernanceNetwork, C.portParticipation]),
  rule("doctors.cooperate-partly", is("localDoctors.cooperate", "partly"), { N: 3, H: 1 },
    "Teilweise Kooperationsbereitschaft: ein Netzwerk kann klein beginnen.", [C.portParticipation]),
  rule("doctors.cooperate-no", is("localDoctors.cooperate", "no"), { M: -4, H: -2 },
    "Ohne Kooperationsbereitschaft der Ärzteschaft fehlen Partner für jede Lösung.", [C.portParticipation]),
  rule("doctors.fear-competition", is("localDoctors.fearCompetition", "yes"), { M: -8, H: -4, N: 3 },
    "Sorge vor Konkurrenz spricht gegen eine neue kommunale Einrichtung; Einbindung in ein Netzwerk nimmt die Angst.", [C.portParticipation]),
  rule("doctors.no-fear", is("localDoctors.fearCompetition", "no"), { M: 2 },
    "Keine Konkurrenzsorge: eine neue Einrichtung stößt nicht auf Widerstand.", [C.portParticipation]),
  rule("doctors.employment-most", is("localDoctors.wantEmployment", "most"), { M: 14, N: -6, H: -2 },
    "Ärztinnen und Ärzte, die angestellt arbeiten wollen, passen zu einem MVZ (frei von Verwaltung, Zusammenarbeit in der Arbeitszeit).", [C.portEmployment, C.portMvzLessAdmin]),
  rule("doctors.employment-some", is("localDoctors.wantEmployment", "some"), { M: 6 },
    "Einige Ärztinnen und Ärzte möchten angestellt arbeiten – ein MVZ kann ihnen das bieten.", [C.portEmployment]),
  rule("doctors.employment-none", is("localDoctors.wantEmployment", "none"), { M: -10, N: 3, H: 3 },
    "Niemand will angestellt arbeiten: ein MVZ fände vor Ort kaum Ärztinnen und Ärzte.", [C.portEmployment]),
  rule("doctors.self-employed-most", is("localDoctors.wantSelfEmployment", "most"), { N: 8, H: 8, M: -8 },
    "Selbstständige Ärztinnen und Ärzte passen zu Netzwerk oder Mietmodell im Gesundheitszentrum.", [C.portSelfEmployed, C.portOwnerChooses]),
  rule("doctors.self-employed-some", is("localDoctors.wantSelfEmployment", "some"), { N: 3, H: 3 },
    "Einige wollen selbstständig bleiben: Netzwerk oder Mietmodell bleiben möglich.", [C.portSelfEmployed]),
  rule("doctors.self-employed-none", is("localDoctors.wantSelfEmployment", "none"), { M: 4, N: -4 },
    "Niemand will selbstständig bleiben: ein Netzwerk Selbstständiger trägt nicht.", [C.portSelfEmployed]),
  rule("doctors.consent-mvz", is("localDoctors.consentToMunicipalMvz", "yes"), { M: 8 },
    "Die ansässigen Ärztinnen und Ärzte stimmen einem kommunalen MVZ zu – eine Voraussetzung, die Kreise selbst setzen.", [C.portDoctorsConsent]),
  rule("doctors.conflicts", is("localDoctors.interprofessionalConflicts", "yes"), { N: -4, M: 2 },
    "Konflikte zwischen Berufsgruppen belasten ein freiwilliges Netzwerk; ein MVZ kann Zusammenarbeit in der Arbeitszeit organisieren.", [C.portConflicts, C.portSelfEmployed]),

  // --- assets ------------------------------------------------------------------------------------------
  rule("assets.building-owned", is("assets.building", "owned"), { H: 16, M: 4, N: 1 },
    "Ein eigenes geeignetes Gebäude oder Grundstück gibt dem Gesundheitszentrum seine Steuerung: die Kommune entscheidet, wer einzieht.", [C.portOwnerChooses, C.portBuilding]),
  rule("assets.building-securable", is("assets.building", "securable"), { H: 10, M: 2 },
    "Ein erwerbbares oder erschließbares Gebäude bzw. Grundstück macht ein Gesundheitszentrum möglich.", [C.portBuilding, C.portRoles]),
  rule("assets.building-provider", is("assets.building", "provider"), { N: 8, H: 2 },
    "Räume der Leistungserbringer sind vorhanden: ein Netzwerk braucht keine kommunalen Räume.", [C.portBuilding]),
  rule("assets.building-none", is("assets.building", "none"), { H: -15, N: 2 },
    "Ohne geeignetes Gebäude oder Grundstück fehlt dem Gesundheitszentrum die Grundlage.", [C.portBuilding]),
  rule("assets.central-yes", is("assets.buildingCentral", "yes"), { H: 5, M: 1 },
    "Ein ausreichend großes Gebäude in zentraler Lage sichert die Erreichbarkeit.", [C.portBuilding, C.wsProximity]),
  rule("assets.central-no", is("assets.buildingCentral", "no"), { H: -3 },
    "Ein Gebäude abseits oder zu klein schwächt die Erreichbarkeit eines Zentrums.", [C.portBuilding]),
  rule("assets.network-association", is("assets.existingNetwork", "association"), { N: 14, H: 3 },
    "Ein bestehender Verein der Leistungserbringer macht ein Netzwerk leicht.", [C.portExistingCooperation, C.wsLocalArrangements]),
  rule("assets.network-informal", is("assets.existingNetwork", "informal"), { N: 12, H: 2 },
    "Eine bestehende Zusammenarbeit muss nicht neu aufgebaut werden – ein Netzwerk baut darauf auf.", [C.portExistingCooperation]),
  rule("assets.network-none", is("assets.existingNetwork", "none"), { N: -4 },
    "Ohne bestehende Zusammenarbeit muss ein Netzwerk erst aufgebaut werden.", [C.portExistingCooperation]),

  // --- goals -------------------------------------------------------------------------------------------
  rule("goals.control", is("goals.controlVsRisk", "control"), { M: 12, H: 6, N: -8 },
    "Steuerung wächst mit Eigentum und Geld: MVZ vor eigenem Gebäude vor Netzwerk.", [C.portGovernance, C.portMoney]),
  rule("goals.balanced", is("goals.controlVsRisk", "balanced"), { H: 4, N: 2 },
    "Ausgewogen: Steuerung über ein Gebäude bei begrenztem Betriebsrisiko.", [C.portOwnerChooses, C.portFinancialRisk]),
  rule("goals.low-risk", is("goals.controlVsRisk", "low-risk"), { N: 12, M: -12, H: -4 },
    "Geringes Risiko: Ein Netzwerk braucht kein kommunales Geld; ein MVZ-Träger trägt erhebliche finanzielle Risiken.", [C.portMoney, C.portFinancialRisk]),
  rule("goals.time-short", is("goals.timeToEffect", "short"), { N: 6, M: 2, H: -6 },
    "Kurzfristig wirksam ist vor allem Vernetzung; ein Zentrum braucht Planungs- und Bauzeit.", [C.hsTraining, C.portFazitNoUniversal]),
  rule("goals.time-long", is("goals.timeToEffect", "long"), { H: 4, M: 2 },
    "Langfristiger Horizont: Zeit für Bau und Aufbau eines Zentrums.", [C.portBuilding]),
  rule("goals.team-high", is("goals.multiProfessionalAmbition", "high"), { M: 6, H: 8, N: -4 },
    "Hoher Anspruch an Teamversorgung: unter einem Dach oder im MVZ gelingt Zusammenarbeit besser als unter Selbstständigen nebenbei.", [C.portSelfEmployed, C.wsProximity]),
  rule("goals.team-medium", is("goals.multiProfessionalAmbition", "medium"), { M: 2, H: 3 },
    "Mittlerer Anspruch an Teamversorgung: räumliche Nähe erleichtert Abstimmung.", [C.wsProximity]),
  rule("goals.team-low", is("goals.multiProfessionalAmbition", "low"), { N: 5 },
    "Geringer Anspruch an Teamversorgung: ein Netzwerk genügt.", [C.portSelfEmployed]),
  rule("goals.case-management", is("goals.caseManagement", "yes"), { M: 3, H: 2 },
    "Fallmanagement braucht bezahlte Zeit – in einer Einrichtung leichter zu organisieren.", [C.portSelfEmployed, C.portNotGkv]),
  rule("goals.wider-services", is("goals.widerServices", "yes"), { H: 12, M: 3 },
    "Mehrere Fachrichtungen und Dienste an einem Ort: das ist das Gesundheitszentrum.", [C.wsProximity]),
  rule("goals.no-wider-services", is("goals.widerServices", "no"), { N: 3 },
    "Keine Bündelung gewünscht: Vernetzung der bestehenden Praxen genügt.", [C.wsLocalArrangements]),
];

const knockOuts: KnockOut[] = [
  {
    id: "ko.mvz-no-council",
    model: "municipal-mvz",
    when: is("politics.councilSupport", "none"),
    reason: "Ein kommunales MVZ braucht einen Rats- oder Kreistagsbeschluss; ohne jede Mehrheit ist es ausgeschlossen.",
    citations: [C.portCouncil, C.portFazitPolitics, C.ruleMvz],
  },
  {
    id: "ko.mvz-no-money-no-partner",
    model: "municipal-mvz",
    when: all(is("resources.investmentCapacity", "none"), is("partners.countyWilling", "no"), is("partners.hospitalOperator", "no")),
    reason: "Ohne eigene Investitionsmittel und ohne Partner (Kreis oder Krankenhausträger) ist ein kommunales MVZ nicht zu realisieren.",
    citations: [C.portMvzPartnerNeeded, C.portFazitResources],
  },
  {
    id: "ko.mvz-doctors-oppose",
    model: "municipal-mvz",
    when: is("localDoctors.consentToMunicipalMvz", "no"),
    reason: "Die Ärztinnen und Ärzte vor Ort lehnen ein kommunales MVZ ab; gegen sie wird es nicht gegründet.",
    citations: [C.portDoctorsConsent, C.portParticipation],
  },
  {
    id: "ko.centre-no-building-no-investor",
    model: "health-centre",
    when: all(is("assets.building", "none"), is("partners.investor", "no")),
    reason: "Weder ein geeignetes Gebäude oder Grundstück noch ein Investor: ein Gesundheitszentrum hat keine Grundlage.",
    citations: [C.portBuilding, C.portInvestor],
  },
  {
    id: "ko.network-no-cooperation",
    model: "provider-network",
    when: is("localDoctors.cooperate", "no"),
    reason: "Ein Netzwerk beruht auf freiwilliger Zusammenarbeit; ohne kooperationsbereite Ärztinnen und Ärzte trägt es nicht.",
    citations: [C.portGovernanceNetwork, C.portParticipation],
  },
];

const portCriteria: PortCriterion[] = [
  {
    id: "port.team",
    when: is("goals.multiProfessionalAmbition", "high", "medium"),
    weight: 2,
    core: true,
    label: "Anspruch an Teamversorgung",
    met: "Es gibt den Anspruch an multiprofessionelle Teamversorgung, den Kern eines PORT-Zentrums.",
    notMet: "Ein Anspruch an multiprofessionelle Teamversorgung ist nicht erkennbar.",
    citations: [C.portSelfEmployed, C.portRoles],
  },
  {
    id: "port.prevention",
    when: is("goals.prevention", "high", "medium"),
    weight: 2,
    core: true,
    label: "Gesundheitsförderung und Prävention",
    met: "Gesundheitsförderung und Prävention sind gewollt – ein Merkmal des PORT-Konzepts.",
    notMet: "Gesundheitsförderung und Prävention sind (noch) nicht als Ziel benannt.",
    citations: [C.portFazitGfp, C.portGfpDefinition],
  },
  {
    id: "port.case-management",
    when: is("goals.caseManagement", "yes"),
    weight: 1,
    core: true,
    label: "Fallmanagement",
    met: "Fallmanagement ist gewollt; es wird an allen PORT-Standorten praktiziert.",
    notMet: "Fallmanagement ist nicht vorgesehen oder offen.",
    citations: [C.portGfpDefinition],
  },
  {
    id: "port.coordinator",
    when: is("resources.coordinationStaffTime", "dedicated"),
    weight: 2,
    core: false,
    label: "Koordination mit Zeit",
    met: "Eine Person hat feste Zeit für Koordination und Netzwerkarbeit.",
    notMet: "Es fehlt eine Person mit fester Zeit für Koordination – Netzwerkarbeit geht nicht „nebenbei“.",
    citations: [C.portNetworkPerson, C.portKuemmerer],
  },
  {
    id: "port.money",
    when: is("resources.extraFunding", "secured", "temporary"),
    weight: 2,
    core: false,
    label: "Geld jenseits der GKV",
    met: "Es gibt Mittel für Leistungen, die die GKV nicht zahlt (Koordination, Prävention).",
    notMet: "Mittel jenseits der GKV fehlen oder sind offen; Prävention und Koordination zahlt die GKV meist nicht.",
    citations: [C.portNotGkv, C.portFazitGfp],
  },
  {
    id: "port.building",
    when: any(is("assets.buildingCentral", "yes"), is("assets.building", "owned", "securable", "provider")),
    weight: 1,
    core: false,
    label: "Geeignetes zentrales Gebäude",
    met: "Ein geeignetes Gebäude bzw. Räume sind vorhanden oder erreichbar.",
    notMet: "Ein ausreichend großes Gebäude in zentraler Lage – Grundvoraussetzung eines PORT-Zentrums – ist nicht gesichert.",
    citations: [C.portBuilding],
  },
];

const R = (id: string, category: ReadinessItem["category"], field: string, values: Record<string, number>, gap: string, citations: Citation[]): ReadinessItem =>
  ({ id, category, field, values, gap, citations });
const B = (id: string, category: ReadinessItem["category"], field: string, bands: NonNullable<ReadinessItem["bands"]>, gap: string, citations: Citation[]): ReadinessItem =>
  ({ id, category, field, bands, gap, citations });

const readinessItems: ReadinessItem[] = [
  R("readiness.expertise", "expertise", "resources.expertise", { "in-house": 100, bought: 80, none: 0 },
    "Fachwissen über das Gesundheitssystem aufbauen oder einkaufen.", [C.portFazitExpertise]),
  R("readiness.expertise-county", "expertise", "partners.countyWilling", { active: 90, willing: 60, no: 10 },
    "Fachwissen des Kreises erschließen.", [C.portFazitCounty]),
  R("readiness.invest", "resources", "resources.investmentCapacity", { high: 100, medium: 65, low: 30, none: 0 },
    "Finanzielle Spielräume realistisch klären.", [C.wsCosts, C.portFazitResources]),
  R("readiness.staff", "resources", "resources.coordinationStaffTime", { dedicated: 100, "on-the-side": 40, none: 0 },
    "Zeit oder eine Stelle für Koordination schaffen.", [C.portNetworkPerson, C.kkNetworker]),
  R("readiness.funding", "resources", "resources.extraFunding", { secured: 100, temporary: 55, none: 0 },
    "Finanzierung jenseits der GKV klären.", [C.portNotGkv]),
  R("readiness.council", "politics", "politics.councilSupport", { unanimous: 100, majority: 75, split: 30, none: 0 },
    "Politische Mehrheiten früh organisieren.", [C.portFazitPolitics, C.wsConsensus]),
  R("readiness.mayor", "politics", "politics.mayorCommitment", { strong: 100, moderate: 60, low: 15 },
    "Die Verwaltungsspitze als Türöffnerin gewinnen.", [C.wsMunicipalTask]),
  R("readiness.task", "politics", "politics.healthAsMunicipalTask", { yes: 100, no: 20 },
    "Gesundheitsversorgung als kommunale Aufgabe verankern.", [C.wsMunicipalTask]),
  R("readiness.networker", "networking", "resources.coordinationStaffTime", { dedicated: 100, "on-the-side": 35, none: 0 },
    "Eine Person mit Zeit für Netzwerkarbeit benennen.", [C.kkNetworker, C.portNetworkPerson]),
  R("readiness.network", "networking", "assets.existingNetwork", { association: 100, informal: 80, none: 10 },
    "Bestehende Zusammenarbeit der Leistungserbringer stärken oder aufbauen.", [C.portExistingCooperation]),
  R("readiness.mayor-network", "networking", "politics.mayorCommitment", { strong: 100, moderate: 60, low: 20 },
    "Kontakte der Verwaltungsspitze für die Netzwerkarbeit nutzen.", [C.portFazitNetwork]),
  R("readiness.doctors", "participation", "localDoctors.cooperate", { yes: 100, partly: 60, no: 0 },
    "Ärztinnen und Ärzte früh einbinden.", [C.portParticipation]),
  R("readiness.fear", "participation", "localDoctors.fearCompetition", { no: 90, yes: 20 },
    "Sorge vor Konkurrenz durch frühe Einbindung abbauen.", [C.portParticipation]),
  R("readiness.kv", "participation", "partners.kvRelationship", { cooperative: 100, neutral: 60, difficult: 15 },
    "Die KV früh und pragmatisch einbinden.", [C.wsKv, C.portFazitParticipation]),
  R("readiness.citizens", "participation", "politics.citizenParticipation", { planned: 100, "not-planned": 20 },
    "Bürgerinnen und Bürger an der Planung beteiligen.", [C.portFazitCitizens]),
  R("readiness.county", "cooperation", "partners.countyWilling", { active: 100, willing: 70, no: 0 },
    "Die Zusammenarbeit mit dem Kreis suchen.", [C.portFazitCounty]),
  R("readiness.health-office", "cooperation", "partners.publicHealthOffice", { engaged: 100, limited: 30 },
    "Das Gesundheitsamt für Prävention einbinden.", [C.portPublicHealthOffice]),
  R("readiness.hospital", "cooperation", "partners.hospitalOperator", { yes: 100, no: 30 },
    "Regionale Partner (Krankenhausträger) ansprechen.", [C.portMvzPartnerNeeded, C.wsRegional]),
  R("readiness.building", "assets", "assets.building", { owned: 100, securable: 75, provider: 60, none: 0 },
    "Ein geeignetes Gebäude oder Grundstück suchen.", [C.portBuilding, C.portRoles]),
  R("readiness.central", "assets", "assets.buildingCentral", { yes: 100, no: 30 },
    "Einen zentralen, ausreichend großen Standort sichern.", [C.portBuilding]),
  R("readiness.assets-network", "assets", "assets.existingNetwork", { association: 100, informal: 75, none: 10 },
    "Bestehende Strukturen nutzen.", [C.wsLocalArrangements]),
  R("readiness.closing", "supply", "urgency.practicesClosingWithoutSuccessor", { none: 100, one: 45, several: 10 },
    "Nachfolge für Praxen ohne Nachfolger sichern.", [C.portAnalysisWhy]),
  B("readiness.versorgungsgrad", "supply", "supply.versorgungsgrad", [{ min: 110, score: 100 }, { min: 75, max: 110, score: 60 }, { max: 75, score: 10 }],
    "Unterversorgung mit der KV klären.", [C.ruleBedarfsplanung]),
  B("readiness.exits", "supply", "supply.plannedExitsWithin5Years", [{ max: 1, score: 100 }, { min: 1, max: 3, score: 50 }, { min: 3, score: 15 }],
    "Kurzfristige Maßnahmen für anstehende Praxisabgaben planen.", [C.hsTraining]),
  R("readiness.transport", "supply", "town.publicTransport", { good: 100, fair: 60, poor: 20 },
    "Erreichbarkeit verbessern (ÖPNV, Fahrdienst, Parkplätze).", [C.wsProximity, C.portRoles]),
  R("readiness.living", "supply", "town.livingConditions", { good: 100, fair: 60, poor: 20 },
    "Attraktive Rahmenbedingungen für zuziehende Ärztinnen und Ärzte schaffen.", [C.wsAttractive]),
  R("readiness.consolidation", "framework", "resources.budgetConsolidation", { no: 90, yes: 20 },
    "Kommunalrechtliche Spielräume und Risiken prüfen.", [C.portFinancialRisk, C.ruleMunicipalCode]),
  R("readiness.framework-funding", "framework", "resources.extraFunding", { secured: 100, temporary: 50, none: 0 },
    "Fördermittel und langfristige Finanzierungsstrategie klären.", [C.wsGrants]),
  R("readiness.framework-kv", "framework", "partners.kvRelationship", { cooperative: 100, neutral: 60, difficult: 15 },
    "Spielräume im Rahmen der Bedarfsplanung mit der KV klären.", [C.wsKv, C.ruleBedarfsplanung]),
];

export const RULE_SET: RuleSet = {
  version: "2026-11-22.1",
  validFrom: "2026-11-22",
  description:
    "Regelwerk des Versorgungslotsen: Gewichte, Ausschlusskriterien, PORT-Kriterien und Reifegrad-Items, abgeleitet aus den fünf Quellen (Kleinstadt Akademie Dörentrup, PORT-Studie, KommKom, Kreis Heinsberg) und öffentlichen Regeln.",
  baseScore: 50,
  scoreSpread: 30,
  scoreRules,
  knockOuts,
  lowConfidence: {
    answeredShareBelow: 0.5,
    model: "provider-network",
    maxBonus: 15,
    explanation:
      "Die meisten Antworten sind offen: Empfohlen wird der günstigste, umkehrbare Schritt – ein Versorgernetzwerk braucht kaum kommunales Geld und lässt sich später ausbauen.",
    citations: [C.portMoney, C.wsNoUniversal],
  },
  confidence: { mediumFrom: 0.4, highFrom: 0.7 },
  port: {
    fitsFromShare: 0.65,
    partlyFromShare: 0.35,
    criteria: portCriteria,
    carrierNotes: [
      {
        model: "municipal-mvz",
        note: "Im kommunalen MVZ kann die Zusammenarbeit im Team in der bezahlten Arbeitszeit erfolgen; nach außen bleibt Kooperation freiwillig.",
        citations: [C.portSelfEmployed, C.portGovernance],
      },
      {
        model: "health-centre",
        note: "Im Gesundheitszentrum erleichtert die räumliche Nähe die Teamarbeit; selbstständige Leistungserbringer koordinieren aber oft nebenbei.",
        citations: [C.wsProximity, C.portSelfEmployed],
      },
      {
        model: "provider-network",
        note: "Im Netzwerk (z. B. als Verein) entscheidet die Kommune nicht allein; eine hauptamtliche Geschäftsführung trägt die Koordination.",
        citations: [C.portGovernanceNetwork, C.portNetworkPerson],
      },
    ],
    citations: [C.portRoles, C.portBuilding],
  },
  readiness: { unknownScore: 25, items: readinessItems },
  measures: { gapBelow: 60, count: 5 },
  whatWouldChange: { maxResults: 6 },
};
