import { z } from "zod";
import { CitationsSchema, type Citation, type SourceFile } from "../domain/citation";

/** A short German statement backed by at least one citation. */
export const CitedTextSchema = z.object({
  text: z.string().min(1),
  citations: CitationsSchema,
});
export type CitedText = z.infer<typeof CitedTextSchema>;

/**
 * A group of cited statements plus an optional explicit gap note. Use `gap` to say
 * "nicht in den Quellen: …" instead of guessing.
 */
export const CitedStatementsSchema = z
  .object({
    statements: z.array(CitedTextSchema),
    gap: z.string().min(1).optional(),
  })
  .refine((v) => v.statements.length > 0 || v.gap !== undefined, {
    message: "Entweder belegte Aussagen oder ein Hinweis „nicht in den Quellen“.",
  });
export type CitedStatements = z.infer<typeof CitedStatementsSchema>;

/** Marker used where the sources are silent. */
export const NOT_IN_SOURCES = "nicht in den Quellen";

// ---------------------------------------------------------------------------------------------
// Citation helpers (keep data files short). Sections are headings as printed in the source.
// ---------------------------------------------------------------------------------------------

function make(source: SourceFile) {
  return (section: string, quote?: string): Citation =>
    quote === undefined ? { kind: "source", source, section } : { kind: "source", source, section, quote };
}

export const cite = {
  /** kleinstadt-akademie-doerentrup-2025-ergebnisse.txt */
  workshop: make("kleinstadt-akademie-doerentrup-2025-ergebnisse.txt"),
  /** kleinstadt-akademie-doerentrup-2025-einladung.txt */
  invitation: make("kleinstadt-akademie-doerentrup-2025-einladung.txt"),
  /** port-studie-rolle-der-kommunen.txt */
  port: make("port-studie-rolle-der-kommunen.txt"),
  /** kommkom-muensterland-loesungsansaetze.txt */
  kommkom: make("kommkom-muensterland-loesungsansaetze.txt"),
  /** kreis-heinsberg-anfrage-aerztebetreuung-2026.txt */
  heinsberg: make("kreis-heinsberg-anfrage-aerztebetreuung-2026.txt"),
  rule: (rule: string, note?: string): Citation =>
    note === undefined ? { kind: "rule", rule } : { kind: "rule", rule, note },
};

/** Section headings as printed in the sources (used by several data files). */
export const SECTION = {
  port: {
    intro: "1. Einleitung",
    medicalCare: "2.1 Die Rolle der Kommunen in der medizinischen Versorgung",
    prevention: "2.2 Die Rolle der Kommunen in der Gesundheitsförderung und Prävention",
    portRoles: "2.4 Die Rolle der Kommunen im Rahmen der PORT-Zentren",
    design: "3.1 Forschungsdesign",
    buesum: "3.2.1 Büsum (Landkreis Dithmarschen): Multiprofessionelles Gesundheitszentrum",
    darmstadtDieburg: "3.2.2 Landkreis Darmstadt-Dieburg: Primärversorgungszentrum Ober-Ramstadt",
    dornhan: "3.2.3 Stadt Dornhan (Landkreis Rottweil): Gesundheitszentrum Dornhan",
    hohenstein: "3.2.4 Hohenstein (Landkreis Reutlingen): Gesundheitszentrum Hohenstein",
    willingen:
      "3.2.5 Gemeinden Willingen und Diemelsee (Landkreis Waldeck-Frankenberg): Gesundheitsnetzwerk PORT Willingen-Diemelsee e.V.",
    analysis: "3.3 Analyse",
    figure1: "Abbildung 1: Übersicht Aufgaben der Kommunen in den untersuchten PORT-Projekten",
    gfpStatus: "4.3 Stand der Umsetzung von GFP in den untersuchten PORT-Zentren",
    gfpAnalysis: "4.4 Analyse",
    conclusion: "5. Fazit",
  },
  workshop: {
    title: "Kommunale Gesundheitsversorgung in Kleinstädten sichern: Netzwerkbildung oder Medizinische Versorgungszentren?",
    doerentrup: "Dörentrup: „Gesundes Dörentrup“",
    marienburg: "Marienburg: Kommunales MVZ",
    schneeberg: "Schneeberg: Gesundheitszentrum",
    tipTask: "Gesundheitsversorgung als kommunale Aufgabe etablieren",
    tipConsensus: "Politischen Konsens sichern",
    tipLocal: "Absprachen vor Ort verlässlich organisieren",
    tipProximity: "Räumliche Nähe als qualitativen Versorgungsfaktor nutzen",
    tipCosts: "Finanzielle Aufwände realistisch einschätzen",
    tipCoordination: "Regionale und überregionale Koordination stärken",
    tipKv: "Mit der KV pragmatisch zusammenarbeiten",
    tipAttractive: "Attraktive Rahmenbedingungen schaffen",
  },
  invitation: {
    title:
      "Kommunale Gesundheitsversorgung in Kleinstädten sichern - Netzwerkbildung oder Medizinische Versorgungszentren?",
  },
  heinsberg: {
    q1: "1. Wie und in welchem Umfang wurde die neu geschaffene Stelle seit Aufnahme der Tätigkeit angenommen und entspricht sie damit den ursprünglichen Erwartungen?",
    q2: "2. Über welche Kanäle (Netzwerke, Presse, medizinische Fachzeitschriften) wird publiziert, dass im Kreis Heinsberg jemand tätig ist, der Ärzte und Ärztinnen unterstützt?",
    q3: "3. Welche konkreten Aufgaben und Tätigkeiten wurden bislang wahrgenommen?",
    q4: "4. Gibt es bereits messbare Ergebnisse oder erste Erfahrungen, beispielsweise hinsichtlich begleiteter Ansiedlungen, Kontakten zu Ärztinnen und Ärzten oder der Zusammenarbeit mit den genannten Partnern?",
    q5: "5. Welche Einschätzung hat die Verwaltung zur bisherigen Wirksamkeit der Stelle und zu einem möglichen weiteren Bedarf?",
  },
  kommkom: {
    fazitNetworker: "Kommunaler Gesundheitsnetzwerker",
    perspectives: "Perspektiven für die Zukunft",
    background: "Das Projekt: »Gesundheitsregion Münsterland«",
  },
} as const;
