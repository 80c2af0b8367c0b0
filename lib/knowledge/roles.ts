import { z } from "zod";
import { SlugSchema } from "./ids";
import { CitationsSchema } from "./citation";
import { cite, SECTION } from "./common";

const P = SECTION.port;

// ------------------------------------------------------------------------------------------------
// (a) The eleven possible municipal roles (Oberender AG list, PORT study section 2.4)
// ------------------------------------------------------------------------------------------------

export const OBERENDER_ROLE_SLUGS = [
  "initiierung",
  "gesellschafter",
  "eigentuemer-gebaeude",
  "unterstuetzung-immobilie-investor",
  "unterstuetzung-bedarfsermittlung",
  "kooperation-gfp",
  "vernetzung",
  "unterstuetzung-verein",
  "nutzung-fuer-eigene-angebote",
  "ueberlassung-raeumlichkeiten",
  "erreichbarkeit",
] as const;
export const OberenderRoleSlugSchema = z.enum(OBERENDER_ROLE_SLUGS);
export type OberenderRoleSlug = z.infer<typeof OberenderRoleSlugSchema>;

export const MunicipalRoleSchema = z.object({
  slug: OberenderRoleSlugSchema,
  position: z.number().int().min(1).max(11),
  /** Text as printed in the list (without the list's trailing comma/period). */
  printed: z.string().min(1),
  /** Short German label for the UI. */
  label: z.string().min(1),
  citations: CitationsSchema,
});
export type MunicipalRole = z.infer<typeof MunicipalRoleSchema>;

const ROLE_LIST: Array<[OberenderRoleSlug, string, string]> = [
  ["initiierung", "Initiierung des PORT-Zentrums", "Initiieren"],
  [
    "gesellschafter",
    "Gesellschafter des PORT-Zentrums, wenn dieses als kommunales MVZ betrieben wird",
    "Gesellschafterin (bei kommunalem MVZ)",
  ],
  ["eigentuemer-gebaeude", "Eigentümer des Gebäudes, in dem das PORT-Zentrum untergebracht ist", "Eigentümerin des Gebäudes"],
  [
    "unterstuetzung-immobilie-investor",
    "Unterstützung beim Finden einer geeigneten Immobilie oder eines Investors",
    "Hilfe bei Immobilie oder Investor",
  ],
  ["unterstuetzung-bedarfsermittlung", "Unterstützung bei der Bedarfsermittlung", "Unterstützung der Bedarfsermittlung"],
  ["kooperation-gfp", "Kooperationspartner bei der Planung und Durchführung von GFP", "Partnerin für Gesundheitsförderung und Prävention"],
  [
    "vernetzung",
    "(Unterstützung bei der) Vernetzung mit anderen Leistungserbringern, mit zivilgesellschaftlichen Akteuren (z. B. Vereinen), sozialen Einrichtungen (z. B. Kitas, Altenheime) und anderen relevanten Akteuren",
    "Vernetzung",
  ],
  [
    "unterstuetzung-verein",
    "finanzielle, fachliche oder organisatorische Unterstützung eines ggf. zu gründenden Vereins",
    "Unterstützung eines Vereins",
  ],
  [
    "nutzung-fuer-eigene-angebote",
    "Nutzung des PORT-Zentrums für eigene Angebote, wie z. B. Beratungsstellen, Sprechstunde des Gesundheitsamts",
    "Nutzung für eigene Angebote",
  ],
  [
    "ueberlassung-raeumlichkeiten",
    "Überlassung von kommunalen Räumlichkeiten für Angebote des PORT-Zentrums",
    "Räume bereitstellen",
  ],
  [
    "erreichbarkeit",
    "Unterstützung bei der Verbesserung der Erreichbarkeit des PORT-Zentrums, z. B. durch die Bereitstellung von Parkplätzen, Sicherstellung einer guten ÖPNV-Erreichbarkeit oder der Organisation eines Fahrdienstes",
    "Erreichbarkeit verbessern (Parkplätze, ÖPNV, Fahrdienst)",
  ],
];

export const municipalRoles: readonly MunicipalRole[] = ROLE_LIST.map(([slug, printed, label], i) => ({
  slug,
  position: i + 1,
  printed,
  label,
  citations: [cite.port(P.portRoles, printed)],
}));

// ------------------------------------------------------------------------------------------------
// (b) Abbildung 1 (chapter 3.3): five sites × eight columns, four cell values
// ------------------------------------------------------------------------------------------------

export const ROLE_MATRIX_CELL_VALUES = ["X", "(X)", "-", ""] as const;
export const RoleMatrixCellSchema = z.enum(ROLE_MATRIX_CELL_VALUES);
export type RoleMatrixCell = z.infer<typeof RoleMatrixCellSchema>;

export const RoleMatrixColumnSchema = z.object({
  key: SlugSchema,
  /** Column heading verbatim (line-break hyphenation removed; footnote marker dropped). */
  heading: z.string().min(1),
  /** Oberender roles the column corresponds to (empty = none). */
  roles: z.array(OberenderRoleSlugSchema),
  note: z.string().min(1).optional(),
});
export type RoleMatrixColumn = z.infer<typeof RoleMatrixColumnSchema>;

export const RoleMatrixRowSchema = z.object({
  /** Row label as printed. */
  site: z.string().min(1),
  caseStudySlug: SlugSchema,
  cells: z.array(RoleMatrixCellSchema).length(8),
});
export type RoleMatrixRow = z.infer<typeof RoleMatrixRowSchema>;

export const RoleMatrixSchema = z.object({
  title: z.string().min(1),
  columns: z.array(RoleMatrixColumnSchema).length(8),
  rows: z.array(RoleMatrixRowSchema).length(5),
  /** Oberender roles without a column in Abbildung 1. */
  rolesWithoutColumn: z.array(OberenderRoleSlugSchema),
  legend: z.string().min(1),
  citations: CitationsSchema,
});
export type RoleMatrix = z.infer<typeof RoleMatrixSchema>;

export const roleMatrix: RoleMatrix = {
  title: "Abbildung 1: Übersicht Aufgaben der Kommunen in den untersuchten PORT-Projekten",
  columns: [
    {
      key: "initiierung-port",
      heading: "Initiierung PORT",
      roles: ["initiierung"],
      note: "Fußnote 11: Für die Studie wurden PORT-Standorte ausgewählt, bei denen die Kommune die Antragsstellung übernommen hat.",
    },
    {
      key: "eigentuemer-gesellschafter",
      heading: "Eigentümer/Gesellschafter",
      roles: ["gesellschafter"],
      note: "Die Überschrift verbindet „Eigentümer“ und „Gesellschafter“ (MVZ-Trägerschaft); das Gebäudeeigentum hat eine eigene Spalte.",
    },
    { key: "eigentuemer-gebaeude", heading: "Eigentümer Gebäude", roles: ["eigentuemer-gebaeude"] },
    {
      key: "unterstuetzung-gebaeude",
      heading: "Unterstützung Gebäude",
      roles: ["unterstuetzung-immobilie-investor"],
      note: "Umfasst laut Text auch Grundstück, Abriss (Dornhan), Grundstücke und Mietzuschüsse (Hohenstein) und Hilfe bei der Mietobjektsuche (Ober-Ramstadt).",
    },
    { key: "unterstuetzung-bedarfsermittlung", heading: "Unterstützung Bedarfsermittlung", roles: ["unterstuetzung-bedarfsermittlung"] },
    { key: "umsetzung-gfp", heading: "(Unterstützung) Umsetzung GFP", roles: ["kooperation-gfp"] },
    { key: "vernetzung", heading: "Vernetzung", roles: ["vernetzung"] },
    { key: "unterstuetzung-verein", heading: "Unterstützung Verein", roles: ["unterstuetzung-verein"] },
  ],
  rows: [
    { site: "Büsum", caseStudySlug: "buesum", cells: ["X", "X", "X", "", "X", "", "X", "X"] },
    {
      site: "Landkreis Darmstadt-Dieburg",
      caseStudySlug: "darmstadt-dieburg-ober-ramstadt",
      cells: ["X", "X", "", "X", "X", "", "X", "-"],
    },
    { site: "Dornhan", caseStudySlug: "dornhan", cells: ["X", "", "", "X", "-", "(X)", "X", "X"] },
    { site: "Hohenstein", caseStudySlug: "hohenstein", cells: ["X", "", "", "X", "X", "X", "X", "X"] },
    { site: "Willingen u. Diemelsee", caseStudySlug: "willingen-diemelsee", cells: ["X", "", "", "", "X", "", "X", "X"] },
  ],
  rolesWithoutColumn: ["nutzung-fuer-eigene-angebote", "ueberlassung-raeumlichkeiten", "erreichbarkeit"],
  legend:
    "X = Aufgabe übernommen; (X) = eingeschränkt übernommen (Dornhan: Bürgermeister über den Verein in die Präventionsarbeit eingebunden, Landkreis nicht); - = ausdrücklich nicht; leer = kein Eintrag. Die Abbildung erklärt die Zeichen nicht; die Deutung von „(X)“, „-“ und leer ist aus dem Text abgeleitet.",
  citations: [
    cite.port(P.analysis, "Alle Kommunen übernehmen mehrere der im Gutachten der Oberender AG beschriebenen möglichen Aufgaben (siehe Abbildung 1)."),
    cite.port(P.figure1, "Dornhan X X - (X) X X"),
    cite.port(
      P.analysis,
      "In Dornhan ist der Bürgermeister über seine Mitgliedschaft im Verein in die Präventionsarbeit eingebunden, aber ein Einbezug des Landkreises bzw. des Kreisgesundheitsamtes erfolgt nicht.",
    ),
  ],
};
