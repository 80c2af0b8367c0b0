import { z } from "zod";
import { FactorCategorySchema, ModelIdSchema, SlugSchema, type ModelId } from "./ids";
import { CitedTextSchema, cite, SECTION } from "./common";

const P = SECTION.port;
const W = SECTION.workshop;

/**
 * How a factor bears on a model, read by the recommendation engine:
 * - favours: present → model more suitable
 * - hinders: present → model less suitable (for risk factors: the risk weighs on this model)
 * - requires: the model needs this factor; missing lowers suitability strongly
 * - rules-out-when-missing: without it the model is not feasible
 */
export const MODEL_EFFECTS = ["favours", "hinders", "requires", "rules-out-when-missing"] as const;
export const ModelEffectSchema = z.enum(MODEL_EFFECTS);
export type ModelEffect = z.infer<typeof ModelEffectSchema>;

export const FactorKindSchema = z.enum(["success", "risk"]);
export type FactorKind = z.infer<typeof FactorKindSchema>;

export const FactorOriginSchema = z.enum([
  "port-fazit",
  "port-case-studies",
  "workshop-tip",
  "workshop-impulse",
  "kommkom",
  "heinsberg",
  "domain-synthesis",
]);

export const FactorSchema = z
  .object({
    slug: SlugSchema,
    kind: FactorKindSchema,
    category: FactorCategorySchema,
    /** Where the factor is named (PORT Fazit list, workshop heading, …). */
    origin: FactorOriginSchema,
    title: z.string().min(1),
    description: z.string().min(1),
    evidence: z.array(CitedTextSchema).min(1),
    modelEffects: z.partialRecord(ModelIdSchema, ModelEffectSchema),
    /** Short German reason per model effect (same keys as modelEffects). */
    modelEffectReasons: z.partialRecord(ModelIdSchema, z.string().min(1)),
  })
  .refine(
    (f) => {
      const a = Object.keys(f.modelEffects).sort().join(",");
      const b = Object.keys(f.modelEffectReasons).sort().join(",");
      return a === b;
    },
    { message: "Jede Modellwirkung braucht eine Begründung (gleiche Schlüssel)." },
  );
export type Factor = z.infer<typeof FactorSchema>;

type Effects = Partial<Record<ModelId, [ModelEffect, string]>>;
function effects(e: Effects): Pick<Factor, "modelEffects" | "modelEffectReasons"> {
  const modelEffects: Partial<Record<ModelId, ModelEffect>> = {};
  const modelEffectReasons: Partial<Record<ModelId, string>> = {};
  for (const id of ModelIdSchema.options) {
    const v = e[id];
    if (v) {
      modelEffects[id] = v[0];
      modelEffectReasons[id] = v[1];
    }
  }
  return { modelEffects, modelEffectReasons };
}

// ------------------------------------------------------------------------------------------------
// Success factors
// ------------------------------------------------------------------------------------------------

const successFactors: Factor[] = [
  {
    slug: "fachexpertise",
    kind: "success",
    category: "expertise",
    origin: "port-fazit",
    title: "Fachexpertise",
    description:
      "Wegen der Komplexität des Gesundheitssystems braucht kommunales Engagement umfassende Fachexpertise – durch eigenes qualifiziertes Personal oder eingekauft bei Beratungsunternehmen. Sie war an allen fünf PORT-Standorten vorhanden.",
    evidence: [
      {
        text: "Fazit: Fachexpertise selbst einbringen oder einkaufen.",
        citations: [
          cite.port(
            P.conclusion,
            "Diese muss von den Kommunen entweder durch qualifiziertes Personal selbst eingebracht oder über die Beauftragung von entsprechenden Beratungsunternehmen eingekauft werden.",
          ),
        ],
      },
      {
        text: "In allen fünf Fällen war umfassende Fachexpertise vorhanden (drei mit eigenen Experten, Waldeck-Frankenberg und Dornhan eingestellt bzw. eingeholt).",
        citations: [cite.port(P.analysis, "In allen fünf Fällen war somit eine umfassende Fachexpertise vorhanden.")],
      },
    ],
    ...effects({
      "municipal-mvz": ["rules-out-when-missing", "Volle MVZ-Steuerung stellt „sehr hohe Anforderungen“ an das Fachwissen."],
      port: ["requires", "PORT-Zentren erfordern umfassende Fachexpertise; schon der Antrag verlangte Fachkenntnis."],
      "health-centre": ["requires", "Konzept, Akquise und Betrieb brauchen Expertise, die auch eingekauft werden kann (Dornhan)."],
      "provider-network": ["favours", "Expertise hilft beim Aufbau, ist aber für ein informelles Netzwerk keine harte Voraussetzung."],
    }),
  },
  {
    slug: "personelle-und-finanzielle-ressourcen",
    kind: "success",
    category: "resources",
    origin: "port-fazit",
    title: "Personelle und finanzielle Ressourcen",
    description:
      "Kommunales Engagement braucht immer Personal; wer maßgeblich mitgestalten will, braucht auch Geld. Je höher der Steuerungsanspruch, desto mehr Ressourcen.",
    evidence: [
      {
        text: "Fazit: Je höher der Steuerungsanspruch, desto mehr personelle und finanzielle Ressourcen.",
        citations: [
          cite.port(
            P.conclusion,
            "Je höher der Steuerungsanspruch, desto mehr personelle und finanzielle Ressourcen sind in der Regel notwendig.",
          ),
        ],
      },
    ],
    ...effects({
      "municipal-mvz": ["rules-out-when-missing", "Trägerschaft bedeutet finanzielles Risiko und sehr hohes finanzielles Engagement."],
      "health-centre": ["requires", "Kauf/Umbau (Schneeberg rund 3,2 Mio. €), Mietgarantien oder Zuschüsse kosten Geld."],
      port: ["requires", "GFP und Koordination zahlt die GKV nicht; zusätzliche Mittel sind nötig."],
      "provider-network": ["favours", "Ein Netzwerk kommt ohne kommunales Geld aus, gewinnt aber durch bezahlte Koordination."],
    }),
  },
  {
    slug: "politische-unterstuetzung",
    kind: "success",
    category: "politics",
    origin: "port-fazit",
    title: "Politische Unterstützung",
    description:
      "Umfassenderes Engagement braucht die Zustimmung von Gemeinderat oder Kreistag; die Gremien früh einbinden und Mehrheiten organisieren.",
    evidence: [
      {
        text: "Fazit: politische Gremien frühzeitig einbinden, Mehrheiten organisieren.",
        citations: [
          cite.port(
            P.conclusion,
            "Es ist daher unabdingbar, die politischen Gremien frühzeitig in PORT-Vorhaben einzubinden und politische Mehrheiten zu organisieren.",
          ),
        ],
      },
    ],
    ...effects({
      "municipal-mvz": ["rules-out-when-missing", "Ohne Gemeinderats- bzw. Kreistagsbeschluss keine Trägerschaft."],
      "health-centre": ["requires", "Kauf, Umbau oder Garantien brauchen einen Ratsbeschluss."],
      port: ["requires", "Über informelle Unterstützung hinaus braucht es einen Beschluss."],
      "provider-network": ["favours", "Informelle Unterstützung geht ohne Beschluss; Rückhalt im Rat hilft trotzdem."],
    }),
  },
  {
    slug: "netzwerkkompetenzen-und-ressourcen",
    kind: "success",
    category: "networking",
    origin: "port-fazit",
    title: "Netzwerkkompetenzen und -ressourcen",
    description:
      "Netzwerkarbeit ist eine zentrale Aufgabe, die nicht „nebenbei“ erledigt werden kann: Es braucht eine Person mit Kompetenz und Zeit; Bürgermeister:in oder Landrät:in öffnen Türen.",
    evidence: [
      {
        text: "Fazit: Netzwerkarbeit braucht Kompetenz und Zeit; Bürgermeister:in bzw. Landrät:in unterstützen.",
        citations: [
          cite.port(
            P.conclusion,
            "Ein umfassendes Netzwerk kann nur von Menschen geschaffen werden, die über die notwendigen Kompetenzen für die Netzwerkarbeit und über ausreichend zeitliche Ressourcen verfügen.",
          ),
          cite.port(
            P.conclusion,
            "Die Netzwerkarbeit kann üblicherweise sehr gut von der Bürgermeister:in bzw. Landrät:in unterstützt werden.",
          ),
        ],
      },
    ],
    ...effects({
      "provider-network": ["requires", "Ein Netzwerk lebt von Koordination; Willingen-Diemelsee hat eine hauptamtliche Geschäftsführung."],
      port: ["requires", "Vernetzung mit Leistungserbringern und Zivilgesellschaft ist Kern des PORT-Konzepts."],
      "municipal-mvz": ["favours", "Auch ein kommunales MVZ ist nach außen auf freiwillige Zusammenarbeit angewiesen."],
      "health-centre": ["favours", "Mieter und Partner müssen zusammengebracht werden."],
    }),
  },
  {
    slug: "breiter-beteiligungsprozess",
    kind: "success",
    category: "participation",
    origin: "port-fazit",
    title: "Breiter Beteiligungsprozess",
    description:
      "Ärzteschaft und Gesundheitsdienstleister früh einbinden, um Konkurrenzängste zu nehmen; die KV früh einbeziehen; Bürgerinnen und Bürger schon bei der Planung beteiligen.",
    evidence: [
      {
        text: "Fazit: Leistungserbringer früh einbinden, KV früh einbinden, Bürger beteiligen.",
        citations: [
          cite.port(
            P.conclusion,
            "um ihnen die Angst vor einer Konkurrenzsituation zu nehmen und sie für das PORT-Netzwerk zu gewinnen",
          ),
          cite.port(P.conclusion, "Auch sollte die Kassenärztliche Vereinigung frühzeitig eingebunden werden."),
        ],
      },
      {
        text: "Darmstadt-Dieburg gründet kein Kreis-MVZ gegen den Willen von Kommune und örtlicher Ärzteschaft.",
        citations: [
          cite.port(P.darmstadtDieburg, "Sind diese gegen ein landkreisbetriebenes MVZ, wird der Landkreis nicht in diese Richtung tätig."),
        ],
      },
    ],
    ...effects({
      "municipal-mvz": ["requires", "Ein MVZ braucht die Zustimmung der örtlichen Ärzteschaft und (bei Eigeneinrichtung) der KV."],
      port: ["requires", "PORT setzt auf Bedarfsorientierung und breite Beteiligung."],
      "provider-network": ["favours", "Ein offenes Netzwerk wächst mit jeder beteiligten Praxis."],
      "health-centre": ["favours", "Frühe Einbindung gewinnt Mieter und Kooperationspartner."],
    }),
  },
  {
    slug: "kooperation-kreis-und-gemeinde",
    kind: "success",
    category: "cooperation",
    origin: "port-fazit",
    title: "Kooperation zwischen Kreis und Gemeinde",
    description:
      "Die jeweils andere Ebene früh einbeziehen: Kreise bringen Überblick über regionale Bedarfe und Fachpersonal (z. B. ÖGD), Gemeinden lokale Kenntnis und direkten Zugang zu den Akteuren.",
    evidence: [
      {
        text: "Fazit: Jede Ebene hat besondere Kenntnisse und Ressourcen.",
        citations: [
          cite.port(
            P.conclusion,
            "Unabhängig davon, welche kommunale Ebene die Initiative für das PORT-Zentrum ergreift, empfiehlt es sich, die andere Ebene frühzeitig und umfassend einzubeziehen.",
          ),
        ],
      },
      {
        text: "Gemeinden haben in der Regel weniger Ressourcen als ein Landkreis; Dornhan hätte für ein MVZ den Kreis oder einen Krankenhausträger gebraucht.",
        citations: [
          cite.port(P.analysis, "ihre Ressourcen sind jedoch in der Regel geringer als die eines Landkreises"),
          cite.port(P.dornhan, "Hierfür wäre eine Zusammenarbeit mit dem Kreis oder einem Krankenhausträger notwendig."),
        ],
      },
    ],
    ...effects({
      "municipal-mvz": ["requires", "Kleine Städte können ein MVZ meist nur mit Kreis oder Krankenhausträger tragen."],
      port: ["favours", "Kreise bringen Personal und Überblick ein (Hohenstein, Büsum, Darmstadt-Dieburg)."],
      "health-centre": ["favours", "Hohenstein: Kreis unterstützt personell und fachlich, zahlt Mietzuschüsse."],
      "provider-network": ["favours", "Willingen-Diemelsee: Landkreis initiierte und sitzt im Vorstand."],
    }),
  },
  {
    slug: "gesundheitsversorgung-als-kommunale-aufgabe",
    kind: "success",
    category: "politics",
    origin: "workshop-tip",
    title: "Gesundheitsversorgung als kommunale Aufgabe etablieren",
    description:
      "Verlässliche Ansprechpersonen in der Verwaltung und persönliche Gespräche mit der Ärzteschaft schaffen Vertrauen; das Engagement der Bürgermeister war in Dörentrup, Marienmünster und Schneeberg zentral. Auch die PORT-Kommunen verstehen Versorgung als Daseinsvorsorge.",
    evidence: [
      {
        text: "Workshop-Tipp: Ansprechpersonen und Bürgermeister-Engagement.",
        citations: [
          cite.workshop(
            W.tipTask,
            "Verlässliche Ansprechpersonen in der Verwaltung und persönliche Gespräche mit der lokalen Ärzteschaft schaffen Vertrauen und halten Prozesse in Bewegung.",
          ),
        ],
      },
      {
        text: "PORT-Studie: Die politisch Verantwortlichen verstehen Gesundheitsversorgung als Teil der Daseinsvorsorge.",
        citations: [
          cite.port(
            P.analysis,
            "Gesundheitsversorgung als Bestandteil kommunaler Daseinsvorsorge",
          ),
        ],
      },
    ],
    ...effects({
      "provider-network": ["favours", "Dörentrup: Kommune unterstützt das Netzwerk dauerhaft."],
      "municipal-mvz": ["requires", "Eine kommunale Trägerschaft setzt voraus, dass die Kommune Versorgung als ihre Aufgabe annimmt."],
      "health-centre": ["favours", "Schneeberg: Engagement des Bürgermeisters zentral."],
      port: ["favours", "Alle PORT-Kommunen waren schon vorher in der Versorgung aktiv."],
    }),
  },
  {
    slug: "politischen-konsens-sichern",
    kind: "success",
    category: "politics",
    origin: "workshop-tip",
    title: "Politischen Konsens sichern",
    description:
      "Einstimmige Beschlüsse schaffen Planungssicherheit über Wahlperioden hinweg; in Marienmünster wurden alle Entscheidungen zum kommunalen MVZ fraktionsübergreifend getragen.",
    evidence: [
      {
        text: "Workshop-Tipp: einstimmige, fraktionsübergreifende Beschlüsse.",
        citations: [
          cite.workshop(
            W.tipConsensus,
            "Einstimmige Beschlüsse in der Kommunalpolitik schaffen Planungssicherheit über Wahlperioden hinweg.",
          ),
        ],
      },
    ],
    ...effects({
      "municipal-mvz": ["requires", "Langfristige Trägerschaft braucht Kontinuität über Wahlperioden (Marienmünster)."],
      "health-centre": ["favours", "Große Investitionen brauchen stabile Mehrheiten."],
      port: ["favours", "Mehrjährige Projekte brauchen Planungssicherheit."],
    }),
  },
  {
    slug: "absprachen-vor-ort-verlaesslich-organisieren",
    kind: "success",
    category: "networking",
    origin: "workshop-tip",
    title: "Absprachen vor Ort verlässlich organisieren",
    description:
      "Regelmäßige Abstimmungen zwischen Versorgungsträgern, Verwaltung und lokalen Partnern machen Strukturen tragfähiger – unabhängig vom Modell; klare Ansprechpersonen und verlässliche Formate.",
    evidence: [
      {
        text: "Workshop-Tipp: regelmäßige Abstimmungen unabhängig vom Modell.",
        citations: [
          cite.workshop(
            W.tipLocal,
            "Regelmäßige Abstimmungen zwischen Versorgungsträgern, Verwaltung und weiteren lokalen Partnern stärken Strukturen und machen diese tragfähiger – unabhängig davon, welches Modell die Kommune umsetzt.",
          ),
        ],
      },
    ],
    ...effects({
      "provider-network": ["requires", "Ohne verlässliche Austauschformate trägt ein informelles Netzwerk nicht."],
      "municipal-mvz": ["favours", "Auch ein MVZ braucht Abstimmung mit Partnern vor Ort."],
      "health-centre": ["favours", "Mieter verschiedener Fachrichtungen müssen sich abstimmen."],
      port: ["requires", "Lenkungskreise und Routinerunden prägen alle PORT-Standorte."],
    }),
  },
  {
    slug: "raeumliche-naehe-nutzen",
    kind: "success",
    category: "assets",
    origin: "workshop-tip",
    title: "Räumliche Nähe als qualitativen Versorgungsfaktor nutzen",
    description:
      "Die Bündelung von Praxen, Therapie und Gesundheitsdiensten an einem Ort (oder in wenigen Straßen) erleichtert Abstimmungen, stärkt fachübergreifende Zusammenarbeit und verbessert die Erreichbarkeit – besonders bei schwachem ÖPNV.",
    evidence: [
      {
        text: "Workshop-Tipp: räumliche Konzentration stabilisiert Versorgung.",
        citations: [
          cite.workshop(
            W.tipProximity,
            "Die Bündelung von Praxen, Therapieangeboten und Gesundheitsdienstleistungen an einem Ort, etwa in wenigen Straßen konzentriert, erleichtert Abstimmungen",
          ),
        ],
      },
    ],
    ...effects({
      "health-centre": ["favours", "Ein Gesundheitszentrum bündelt Angebote unter einem Dach."],
      port: ["favours", "Ein zentrales Gebäude ist Grundvoraussetzung eines PORT-Zentrums."],
      "provider-network": ["favours", "Auch ein Netzwerk profitiert von Nähe (Dörentrups „Gesundheitsmeile“ in wenigen Straßen)."],
    }),
  },
  {
    slug: "finanzielle-aufwaende-realistisch-einschaetzen",
    kind: "success",
    category: "resources",
    origin: "workshop-tip",
    title: "Finanzielle Aufwände realistisch einschätzen",
    description:
      "Gesundheitsinfrastruktur verursacht erhebliche Kosten (Schneeberg rund 3,2 Mio. €, Marienmünster rund 2,6 Mio. €). Fördermittel helfen, fließen aber eher selten und ersetzen keine langfristige Finanzierungsstrategie.",
    evidence: [
      {
        text: "Workshop-Tipp mit den zwei Kostenangaben.",
        citations: [
          cite.workshop(W.tipCosts, "Die Stadt Schneeberg investierte rund 3,2 Mio. € in den Umbau des ehemaligen Krankenhauses"),
          cite.workshop(W.tipCosts, "Zudem ersetzen sie auch keine langfristige Finanzierungsstrategie."),
        ],
      },
    ],
    ...effects({
      "municipal-mvz": ["requires", "Marienmünster trägt rund 2,6 Mio. €; eine langfristige Finanzierungsstrategie ist nötig."],
      "health-centre": ["requires", "Schneeberg investierte rund 3,2 Mio. € in den Umbau."],
      port: ["requires", "Nach Förderende muss die Finanzierung stehen (Dornhan)."],
    }),
  },
  {
    slug: "regionale-koordination-staerken",
    kind: "success",
    category: "cooperation",
    origin: "workshop-tip",
    title: "Regionale und überregionale Koordination stärken",
    description:
      "Versorgung endet nicht an Gemeinde- oder Kreisgrenzen; unterschiedliche Zuständigkeiten von Kommunen, Kreisen und KV verlangen abgestimmtes Vorgehen, in Grenzlagen auch über Ländergrenzen.",
    evidence: [
      {
        text: "Workshop-Tipp: abgestimmtes Vorgehen von Kommunen, Kreisen und KV.",
        citations: [
          cite.workshop(W.tipCoordination, "Versorgung endet nicht an Gemeinde- oder Kreisgrenzen."),
        ],
      },
    ],
    ...effects({
      "municipal-mvz": ["favours", "Kreis-MVZ wie in Darmstadt-Dieburg planen kreisweit."],
      port: ["favours", "Kreise richten PORT-Zentren an regionalen Bedarfen aus."],
      "provider-network": ["favours", "Netzwerke über Gemeindegrenzen (Willingen und Diemelsee)."],
    }),
  },
  {
    slug: "mit-der-kv-pragmatisch-zusammenarbeiten",
    kind: "success",
    category: "participation",
    origin: "workshop-impulse",
    title: "Mit der KV pragmatisch zusammenarbeiten",
    description:
      "Die KV trägt den Sicherstellungsauftrag; früher Austausch schafft Transparenz über Spielräume. Eigeneinrichtungen brauchen ihre Zustimmung; Büsum suchte früh den Kontakt.",
    evidence: [
      {
        text: "Workshop-Impuls: frühzeitiger Austausch mit der KV.",
        citations: [
          cite.workshop(W.tipKv, "Frühzeitiger Austausch schafft Transparenz über Spielräume und Bedarfe."),
        ],
      },
      {
        text: "Büsum suchte früh den Kontakt zur KV, deren Zustimmung für die Eigeneinrichtung nötig war.",
        citations: [cite.port(P.buesum, "So wurde zum Beispiel früh der Kontakt zur KV gesucht")],
      },
    ],
    ...effects({
      "municipal-mvz": ["requires", "Eigeneinrichtungen brauchen die Zustimmung der KV; Arztsitze unterliegen der Bedarfsplanung."],
      port: ["favours", "Die KV kann bei der Suche nach Ärzt:innen unterstützen."],
      "health-centre": ["favours", "Neue Praxen brauchen Zulassungen im Rahmen der Bedarfsplanung."],
      "provider-network": ["favours", "Transparenz über Spielräume hilft auch Netzwerken."],
    }),
  },
  {
    slug: "attraktive-rahmenbedingungen-schaffen",
    kind: "success",
    category: "assets",
    origin: "workshop-impulse",
    title: "Attraktive Rahmenbedingungen schaffen",
    description:
      "Lebensqualität (Infrastruktur, Freizeit, Bildung) beeinflusst die Standortwahl von Ärztinnen und Ärzten oft genauso stark wie Hilfe bei der Praxisentwicklung.",
    evidence: [
      {
        text: "Workshop-Impuls: Lebensqualität wirkt wie Praxisförderung.",
        citations: [
          cite.workshop(
            W.tipAttractive,
            "Angebote, die die Lebensqualität verbessern, beeinflussen die Entscheidung von Ärztinnen und Ärzten für einen Standort oft genauso stark, wie Unterstützung bei der Entwicklung von Praxen etc.",
          ),
        ],
      },
    ],
    ...effects({
      "provider-network": ["favours", "Gewinnt Nachwuchs für bestehende Praxen."],
      "municipal-mvz": ["favours", "Erleichtert die Besetzung angestellter Arztstellen."],
      "health-centre": ["favours", "Erleichtert die Vermietung an neue Praxen."],
    }),
  },
  {
    slug: "kommunaler-gesundheitsnetzwerker",
    kind: "success",
    category: "networking",
    origin: "kommkom",
    title: "Kommunaler Gesundheitsnetzwerker (Kümmerer vor Ort)",
    description:
      "Alle KommKom-Modellkommunen sind sich einig: Eine Person, die sich vor Ort um die Belange des Gesundheitswesens kümmert, ist die beste Möglichkeit, die kommunale Gesundheitsversorgung zu stärken.",
    evidence: [
      {
        text: "KommKom-Fazit zum Gesundheitsnetzwerker.",
        citations: [
          cite.kommkom(
            SECTION.kommkom.fazitNetworker,
            "Einigkeit besteht über alle Modellkommunen hinweg: Eine Person, die sich vor Ort um die Belange des (lokalen) Gesundheitswesens kümmert, stellt die beste Möglichkeit zur Stärkung der kommunalen Gesundheitsversorgung dar.",
          ),
        ],
      },
      {
        text: "Heinsberg hat eine solche koordinierende Stelle (0,5 VZÄ) bei der Kreis-Wirtschaftsförderung geschaffen.",
        citations: [cite.heinsberg(SECTION.heinsberg.q1, "Sie wird zunehmend als koordinierende Schnittstelle wahrgenommen")],
      },
    ],
    ...effects({
      "provider-network": ["requires", "Ein Netzwerk braucht eine Person, die koordiniert (Willingen-Diemelsee: Geschäftsführung)."],
      port: ["requires", "PORT braucht eine zuständige Person für Netzwerkarbeit mit Zeit."],
      "municipal-mvz": ["favours", "Auch Büsum hatte mit dem Kreiskoordinator einen treibenden Kümmerer."],
      "health-centre": ["favours", "Hohenstein: Referentin für Soziales und Gesundheit in der Verwaltung."],
    }),
  },
  {
    slug: "kuemmerer-im-team",
    kind: "success",
    category: "networking",
    origin: "port-case-studies",
    title: "Kümmerer:in im Team",
    description:
      "Innerhalb des Teams organisiert eine „Kümmerer:in“ die Prozesse und moderiert die Zusammenarbeit; die Kommune muss dafür bei der Planung Zeit oder Stellen vorsehen.",
    evidence: [
      {
        text: "PORT-Studie: Kümmerer:in moderiert; Kommune plant Ressourcen ein.",
        citations: [
          cite.port(
            P.analysis,
            "Hier ist es hilfreich, wenn es innerhalb des Teams eine:n „Kümmerer:in“ gibt, die die Prozesse organisiert und die Zusammenarbeit moderiert.",
          ),
          cite.port(
            P.analysis,
            "Sie sollte jedoch bei der Planung eines PORT-Zentrums entsprechende zeitliche Ressourcen bzw. Personalstellen einplanen",
          ),
        ],
      },
    ],
    ...effects({
      port: ["requires", "Interprofessionelle Zusammenarbeit ist kein Selbstläufer."],
      "provider-network": ["favours", "Moderation entlastet selbstständige Partner."],
      "health-centre": ["favours", "Mieter verschiedener Professionen brauchen Moderation."],
      "municipal-mvz": ["favours", "Auch im MVZ braucht Teamarbeit Struktur (Büsum: „Kontroll-Kümmerer-Funktion“)."],
    }),
  },
  {
    slug: "bestehende-kooperation",
    kind: "success",
    category: "assets",
    origin: "port-case-studies",
    title: "Bestehende Zusammenarbeit der Leistungserbringer",
    description:
      "Wo Praxen und Pflege schon eng kooperieren, muss die interprofessionelle Zusammenarbeit nicht neu aufgebaut werden (Willingen-Diemelsee); in Dornhan und Hohenstein entstand das Zentrum aus lokalen Strukturen.",
    evidence: [
      {
        text: "Willingen-Diemelsee baute auf eine bestehende Kooperation von Hausarztpraxis und Pflegehotel.",
        citations: [
          cite.port(
            P.willingen,
            "Die hausärztliche Gemeinschaftspraxis und das Pflegehotel kooperierten schon vorher eng",
          ),
        ],
      },
    ],
    ...effects({
      "provider-network": ["favours", "Eine bestehende Kooperation macht ein Netzwerk leicht."],
      port: ["favours", "Bestehende Strukturen erleichtern den PORT-Aufbau."],
    }),
  },
  {
    slug: "geeignetes-gebaeude",
    kind: "success",
    category: "assets",
    origin: "port-case-studies",
    title: "Geeignetes Gebäude oder Grundstück in zentraler Lage",
    description:
      "Ein ausreichend großes Gebäude in zentraler Lage ist Grundvoraussetzung eines PORT-Zentrums. Gehört es der Kommune, entscheidet sie, wer einzieht (Büsum, Schneeberg); sonst hilft sie mit Grundstück, Abriss, Mietgarantie oder Suche.",
    evidence: [
      {
        text: "Gebäude als Grundvoraussetzung; Eigentum gibt Steuerung über Mieter.",
        citations: [
          cite.port(P.analysis, "Ein ausreichend großes Gebäude in zentraler Lage ist eine Grundvoraussetzung für ein PORT-Zentrum"),
          cite.port(
            P.analysis,
            "Gehört der Kommune zum Beispiel das Gebäude des Gesundheitszentrums, kann sie entscheiden, wer (räumlich) Teil des Gesundheitszentrums wird.",
          ),
        ],
      },
      {
        text: "Schneeberg kaufte eine ehemalige Krankenhaus-Immobilie.",
        citations: [cite.invitation(SECTION.invitation.title, "kaufte eine ehemalige Krankenhaus-Immobilie")],
      },
    ],
    ...effects({
      "health-centre": ["rules-out-when-missing", "Ohne Gebäude oder Grundstück kein Gesundheitszentrum; Eigentum gibt die Steuerung."],
      port: ["requires", "Grundvoraussetzung eines PORT-Zentrums."],
      "municipal-mvz": ["favours", "Büsum baute das eigene Ärztehaus um; Ober-Ramstadt mietet."],
    }),
  },
  {
    slug: "aerzte-wollen-anstellung",
    kind: "success",
    category: "participation",
    origin: "port-case-studies",
    title: "Ärztinnen und Ärzte, die angestellt arbeiten wollen",
    description:
      "In Büsum gaben vier von fünf Hausärzt:innen ihre Zulassung zugunsten einer Anstellung auf; angestellte Ärzt:innen haben weniger Verwaltungsarbeit. Ein MVZ passt, wo Ärzte Anstellung suchen und zustimmen.",
    evidence: [
      {
        text: "Büsum: Zulassungsverzicht zugunsten Anstellung.",
        citations: [
          cite.port(
            P.buesum,
            "Vier der fünf Büsumer Hausärzt:innen verzichteten zugunsten einer Anstellung in der kommunalen Eigeneinrichtung auf Ihre Zulassung.",
          ),
        ],
      },
      {
        text: "Örtliche Ärzt:innen haben ggf. Interesse, ins MVZ zu wechseln.",
        citations: [cite.port(P.analysis, "Gegebenenfalls besteht bei ihnen Interesse sich am Projekt zu beteiligen (z. B. Wechsel in das MVZ).")],
      },
    ],
    ...effects({
      "municipal-mvz": ["favours", "Ein MVZ bietet Anstellung und entlastet von Verwaltung."],
      "provider-network": ["hinders", "Wer Anstellung sucht, findet sie im Netzwerk selbstständiger Praxen nicht."],
    }),
  },
];

// ------------------------------------------------------------------------------------------------
// Risk and hindering factors
// ------------------------------------------------------------------------------------------------

const riskFactors: Factor[] = [
  {
    slug: "keine-praxisnachfolge",
    kind: "risk",
    category: "supply",
    origin: "domain-synthesis",
    title: "Keine Nachfolge für Praxen",
    description:
      "Überalterte Praxen finden keine Nachfolger; auslösend war in allen PORT-Fällen der drohende (Haus-)Ärztemangel, in Büsum fanden die Hausärzte keine Nachfolger, Marienmünster drohte die ärztliche Versorgung zu verlieren.",
    evidence: [
      {
        text: "Workshop: überalterte Praxen, fehlende Nachfolge.",
        citations: [cite.workshop(W.title, "Überalterte Praxen, fehlende personelle Nachfolge und der demografische Wandel")],
      },
      {
        text: "Büsum: Hausärzt:innen fanden keine Nachfolger.",
        citations: [cite.port(P.buesum, "dass sie keine Nachfolger:innen für ihre Praxen finden")],
      },
      {
        text: "Marienmünster: drohender Verlust jeder ärztlichen Versorgung.",
        citations: [
          cite.workshop(
            W.marienburg,
            "Aus der Situation heraus, in absehbarer Zeit keine ärztliche Versorgung mehr anbieten zu können, hat die Kleinstadt ein kommunales MVZ auf den Weg gebracht.",
          ),
        ],
      },
    ],
    ...effects({
      "municipal-mvz": ["favours", "Büsum und Marienmünster reagierten auf fehlende Nachfolge mit kommunaler Trägerschaft und Anstellung."],
      "provider-network": ["hinders", "Ein Netzwerk stützt vorhandene Praxen, ersetzt aber keine fehlenden Ärzte."],
      "health-centre": ["favours", "Neue Räume können Nachwuchs anziehen (Schneeberg baut mit künftigen Ärzten auf)."],
    }),
  },
  {
    slug: "akute-krise-als-handlungsfenster",
    kind: "risk",
    category: "supply",
    origin: "workshop-tip",
    title: "Akute Versorgungskrise (auch ein Handlungsfenster)",
    description:
      "Eine akute Notlage bedroht die Versorgung, öffnet aber oft das Fenster, in dem sonst kaum durchsetzbare strukturelle Entscheidungen möglich werden.",
    evidence: [
      {
        text: "Workshop: Die akute Situation eröffnet Handlungsfenster.",
        citations: [
          cite.workshop(
            W.tipCosts,
            "Oft ist es die akute Situation, die Handlungsfenster eröffnet, in denen sonst kaum durchsetzbare strukturelle Entscheidungen möglich werden.",
          ),
        ],
      },
      {
        text: "Dornhan wurde aktiv, als ein Hausarzt seinen Rückzug ankündigte.",
        citations: [cite.port(P.dornhan, "Nachdem ein ortsansässiger Hausarzt seinen beruflichen Rückzug ankündigte")],
      },
    ],
    ...effects({
      "municipal-mvz": ["favours", "Strukturelle Entscheidungen wie eine MVZ-Gründung werden im Handlungsfenster durchsetzbar."],
      "health-centre": ["favours", "Große Investitionsentscheidungen werden durchsetzbar."],
    }),
  },
  {
    slug: "finanzierung-nach-foerderende",
    kind: "risk",
    category: "resources",
    origin: "port-case-studies",
    title: "Finanzierung nach Ende der Förderung",
    description:
      "In Dornhan war die Weiterfinanzierung nach Auslaufen der PORT-Förderung offen; Fördermittel fließen eher selten und ersetzen keine langfristige Strategie.",
    evidence: [
      {
        text: "Dornhan: Sorge um die Weiterfinanzierung.",
        citations: [cite.port(P.dornhan, "Sorge besteht in der Kommune über die Weiterfinanzierung nach Auslaufen der PORT-Förderung")],
      },
      {
        text: "Workshop: Fördermittel fließen eher selten.",
        citations: [cite.workshop(W.tipCosts, "Fördermittel helfen, fließen aber – so die Erfahrungen – eher selten.")],
      },
    ],
    ...effects({
      port: ["hinders", "Zusatzleistungen hängen an befristeter Förderung."],
      "health-centre": ["hinders", "Dornhans Zentrum war nach Förderende nicht ausfinanziert."],
    }),
  },
  {
    slug: "leistungen-nicht-gkv-finanziert",
    kind: "risk",
    category: "framework",
    origin: "port-fazit",
    title: "Integrierte Leistungen und Prävention nicht über die GKV finanziert",
    description:
      "Koordination, interprofessioneller Austausch und Gesundheitsförderung werden meist nicht über den GKV-Leistungskatalog vergütet; Kommunen müssen selbst zahlen oder Förderung erschließen; Präventionsmittel sind schwer zugänglich.",
    evidence: [
      {
        text: "Fazit: auskömmliche Finanzierung integrierter Versorgung über die GKV bislang nicht möglich.",
        citations: [
          cite.port(
            P.conclusion,
            "Ein Hemmnis ist insbesondere, dass eine auskömmliche Finanzierung integrierter Versorgungskonzepte bislang über das GKV-System nicht möglich ist",
          ),
        ],
      },
    ],
    ...effects({
      port: ["hinders", "GFP und Case Management brauchen Geld außerhalb der GKV."],
      "provider-network": ["hinders", "Koordination bleibt unbezahlt."],
    }),
  },
  {
    slug: "unbezahlte-koordination-selbststaendiger",
    kind: "risk",
    category: "resources",
    origin: "port-case-studies",
    title: "Unbezahlte Koordinationszeit selbstständiger Leistungserbringer",
    description:
      "Selbstständige müssen Steuerungs- und Koordinierungsarbeit nebenbei, oft in ihrer Freizeit, leisten; das begrenzt ihr Engagement und die multiprofessionelle Zusammenarbeit.",
    evidence: [
      {
        text: "Hohenstein: Koordination nebenbei in der Freizeit.",
        citations: [
          cite.port(
            P.hohenstein,
            "Die Leistungserbringer müssen die Steuerungs- und Koordinierungsarbeit, die das Projekt erfordert, nebenbei in ihrer Freizeit erbringen",
          ),
        ],
      },
      {
        text: "Analyse: Austausch wird nicht vergütet; im MVZ ist Zusammenarbeit Arbeitszeit.",
        citations: [
          cite.port(P.analysis, "Da interprofessioneller Austausch im bestehenden System nicht vergütet wird"),
          cite.port(P.analysis, "denn hier kann die Zusammenarbeit im Rahmen der Arbeitszeit erfolgen"),
        ],
      },
    ],
    ...effects({
      "provider-network": ["hinders", "Netzwerke selbstständiger Praxen tragen diese Last voll."],
      "health-centre": ["hinders", "Selbstständige Mieter koordinieren ebenfalls unbezahlt (Dornhan, Hohenstein)."],
      port: ["hinders", "Teamarbeit leidet, wenn Koordination unbezahlt bleibt."],
      "municipal-mvz": ["favours", "Im MVZ erfolgt Zusammenarbeit in bezahlter Arbeitszeit."],
    }),
  },
  {
    slug: "begrenzte-ressourcen-kleiner-kommunen",
    kind: "risk",
    category: "resources",
    origin: "port-fazit",
    title: "Begrenzte Personal-, Finanz- und Fachressourcen kleiner Kommunen",
    description:
      "Gemeinden und kreisangehörige Städte haben in der Regel weniger finanzielle, personelle und fachliche Ressourcen als Landkreise; volle MVZ-Steuerung ist für kleinere Kommunen kaum zu erfüllen.",
    evidence: [
      {
        text: "Fazit: sehr hohe Anforderungen, von kleineren Kommunen kaum zu erfüllen.",
        citations: [cite.port(P.conclusion, "Diese sind von kleineren Kommunen kaum zu erfüllen.")],
      },
      {
        text: "Dornhan: Verwaltung ohne Expertise und Zeit; MVZ allein nicht realisierbar.",
        citations: [
          cite.port(P.dornhan, "Andere organisationale Lösungen, wie z. B. ein MVZ, sind jedoch von einer kleinen kreisangehörigen Stadt wie Dornhan nicht zu realisieren."),
        ],
      },
    ],
    ...effects({
      "municipal-mvz": ["hinders", "Ohne Kreis oder Krankenhausträger für kleine Städte kaum machbar."],
      port: ["hinders", "PORT braucht Personal, Geld und Expertise."],
      "health-centre": ["hinders", "Investitionen überfordern kleine Haushalte ohne Partner."],
      "provider-network": ["favours", "Das günstigste, reversible Modell passt zu knappen Ressourcen."],
    }),
  },
  {
    slug: "kommunalrechtliche-grenzen-finanzrisiko",
    kind: "risk",
    category: "framework",
    origin: "port-case-studies",
    title: "Kommunalrechtliche Grenzen beim finanziellen Risiko",
    description:
      "Mit der Trägerschaft übernimmt die Kommune nicht unerhebliche finanzielle Risiken, was kommunalrechtlich nicht unproblematisch ist; Versorgung ist zudem eine freiwillige Aufgabe.",
    evidence: [
      {
        text: "Analyse: finanzielles Risiko kommunalrechtlich heikel.",
        citations: [cite.port(P.analysis, "was kommunalrechtlich nicht unproblematisch ist")],
      },
      {
        text: "Fazit: freiwillige Leistung.",
        citations: [cite.port(P.conclusion, "Aktivitäten im Bereich der Versorgung gehören zudem zu den freiwilligen Leistungen")],
      },
    ],
    ...effects({
      "municipal-mvz": ["hinders", "Trägerschaft = finanzielles Risiko der Kommune."],
      "health-centre": ["hinders", "Kauf und Garantien binden Haushaltsmittel."],
    }),
  },
  {
    slug: "unterbesetzte-gesundheitsaemter",
    kind: "risk",
    category: "cooperation",
    origin: "port-case-studies",
    title: "Personell unterbesetzte Gesundheitsämter",
    description:
      "Der ÖGD wurde stark zusammengespart und kann über Pflichtaufgaben hinaus oft nicht tätig werden; Gesundheitsämter waren kaum in PORT-Projekte eingebunden.",
    evidence: [
      {
        text: "Analyse: ÖGD zusammengespart.",
        citations: [
          cite.port(
            P.analysis,
            "Der Öffentliche Gesundheitsdienst wurde in den vergangenen Jahrzehnten in den meisten Kommunen stark zusammengespart",
          ),
        ],
      },
    ],
    ...effects({
      port: ["hinders", "GFP-Partner fehlt, wenn das Gesundheitsamt nicht mitwirken kann."],
    }),
  },
  {
    slug: "konkurrenzangst-oertlicher-aerzte",
    kind: "risk",
    category: "participation",
    origin: "port-fazit",
    title: "Konkurrenzangst der örtlichen Ärzteschaft",
    description:
      "Örtliche Ärztinnen und Ärzte können ein neues Zentrum als Konkurrenz fürchten; ohne frühe Einbindung fehlen Kooperationspartner – und Darmstadt-Dieburg gründet gegen ihren Willen kein MVZ.",
    evidence: [
      {
        text: "Analyse: Konkurrenzsituationen durch frühe Einbindung vermeiden.",
        citations: [
          cite.port(P.analysis, "Um mögliche Konkurrenzsituationen zu vermeiden, sollten die lokalen Ärzt:innen von Beginn an in den Prozess eingebunden werden."),
        ],
      },
      {
        text: "Darmstadt-Dieburg: kein MVZ gegen Kommune und Ärzteschaft.",
        citations: [cite.port(P.darmstadtDieburg, "Sind diese gegen ein landkreisbetriebenes MVZ, wird der Landkreis nicht in diese Richtung tätig.")],
      },
    ],
    ...effects({
      "municipal-mvz": ["hinders", "Ein MVZ gegen die örtliche Ärzteschaft ist nicht ratsam."],
      port: ["hinders", "Es fehlen Kooperationspartner."],
      "health-centre": ["hinders", "Neue Praxen im Zentrum können als Konkurrenz gelten."],
    }),
  },
  {
    slug: "konflikte-zwischen-berufsgruppen",
    kind: "risk",
    category: "networking",
    origin: "port-case-studies",
    title: "Konflikte zwischen Ärzteschaft und anderen Gesundheitsberufen",
    description:
      "Zusammenarbeit auf Augenhöhe zwischen Ärzt:innen und anderen Professionen ist eine Herausforderung; nicht selten entstehen Konflikte, die bearbeitet werden müssen.",
    evidence: [
      {
        text: "Analyse: Konflikte müssen bearbeitet werden.",
        citations: [
          cite.port(
            P.analysis,
            "Die Interviews haben gezeigt, dass insbesondere die Zusammenarbeit auf Augenhöhe zwischen Ärzt:innen und anderen Gesundheitsprofessionen eine Herausforderung darstellt.",
          ),
        ],
      },
    ],
    ...effects({
      port: ["hinders", "Multiprofessionelle Teamarbeit ist Kern von PORT."],
      "provider-network": ["hinders", "Ohne Moderation zerfällt lose Zusammenarbeit."],
      "health-centre": ["hinders", "Dornhan: Zusammenarbeit mit den Ärzt:innen auf Augenhöhe noch nicht wie gewünscht."],
    }),
  },
  {
    slug: "lange-ausbildungsdauer",
    kind: "risk",
    category: "supply",
    origin: "heinsberg",
    title: "Lange Ausbildungsdauer von Hausärztinnen und Hausärzten",
    description:
      "Studium und Weiterbildung zum Facharzt für Allgemeinmedizin dauern rund elf Jahre; Nachwuchsprogramme wirken spät, während viele Praxisabgaben in wenigen Jahren anstehen – kurzfristige Maßnahmen sind parallel nötig.",
    evidence: [
      {
        text: "Heinsberg: rund elf Jahre; kurzfristige Maßnahmen parallel.",
        citations: [
          cite.heinsberg(
            SECTION.heinsberg.q5,
            "dass Studium und Ausbildung zum Facharzt für Allgemeinmedizin (Hausarzt/-ärztin) rund elf Jahre Zeit in Anspruch nehmen",
          ),
        ],
      },
    ],
    ...effects({}),
  },
  {
    slug: "kv-kann-keine-aerzte-backen",
    kind: "risk",
    category: "framework",
    origin: "port-case-studies",
    title: "Begrenzte Handlungsmöglichkeiten der KV – und keine Mitsprache der Kommunen",
    description:
      "Die KV kann keine Ärzte „backen“ und die Niederlassung nur bedingt steuern (Dornhans Bürgermeister); Kommunen haben keinen Einfluss auf die Bedarfsplanung, stehen aber politisch in der Verantwortung.",
    evidence: [
      {
        text: "Dornhans Bürgermeister zur KV.",
        citations: [cite.port(P.dornhan, "die KV kann keine Ärzte backen")],
      },
      {
        text: "Keine Mitsprache bei der Bedarfsplanung (§ 99 SGB V).",
        citations: [
          cite.port(P.medicalCare, "So haben die Kommunen zum Beispiel im ambulanten Sektor keinen Einfluss"),
          cite.rule("§ 99 SGB V", "Bedarfsplanung durch KV im Einvernehmen mit den Krankenkassen"),
        ],
      },
    ],
    ...effects({}),
  },
  {
    slug: "regulierter-sektor-gegenwind",
    kind: "risk",
    category: "framework",
    origin: "kommkom",
    title: "Stark regulierter, hierarchischer Sektor („Gegenwind“)",
    description:
      "Die Gesundheitswirtschaft ist stark reguliert und von starren Hierarchien geprägt; Kommunen ohne Berührungspunkte sollen sich auf Gegenwind einstellen, aber nicht aufgeben.",
    evidence: [
      {
        text: "KommKom, Perspektiven für die Zukunft.",
        citations: [
          cite.kommkom(
            SECTION.kommkom.perspectives,
            "Die Gesundheitswirtschaft ist ein stark regulierter und von starren Hierarchien geprägter Wirtschaftsbereich. Stellen Sie sich auf Gegenwind ein, aber geben Sie nicht auf!",
          ),
        ],
      },
    ],
    ...effects({}),
  },
];

export const factors: readonly Factor[] = [...successFactors, ...riskFactors];
