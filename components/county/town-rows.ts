/**
 * The rows of the county's town table as the server sends them to the browser: one array per town instead of an
 * object with named fields, and each repeated text (type, Gemeindeverband, self-check, model, plan, area …) once in
 * a list of texts. For the largest Kreis (234 towns) the rows as objects were ~125 kB of the page's flight data, most
 * of it the same field names repeated in every row. `decodeTownRows(encodeTownRows(rows))` gives the rows back
 * unchanged (unit-tested); the table sorts and filters the decoded rows as before.
 */

/** One municipality of the Kreis: register facts, and for a signed-in county the figures it may see (null: none). */
export interface TownRow {
  ags: string;
  name: string;
  population: number;
  areaKm2: number;
  density: number | null;
  typeLabel: string;
  verbandName: string;
  /** Id of the size class (the filter's options name them). */
  sizeClass: string;
  org: null | {
    hasData: boolean;
    source: "town-grant" | "county" | null;
    gps: number | null;
    fte: number | null;
    versorgungsgrad: number | null;
    versorgungsgradBasis: "computed" | "kv" | null;
    aged60Plus: number | null;
    exits5: number | null;
    exits10: number | null;
    practicesAtRisk: number | null;
    urgency: string;
    urgencyRank: number;
    selfCheck: string | null;
    topModel: string | null;
    confidence: string | null;
    plan: string | null;
    workshops: number;
    planningArea: string | null;
    /** The town organisation that granted access (its self-check opens with ?org=). */
    grantedOrgId: string | null;
  };
}

type Cell = string | number | null;
/** A text of the list (its index), or null. */
type TextRef = number | null;

export interface EncodedTownRows {
  /** The repeated texts, each once. */
  texts: string[];
  /** Per town: ags, name, population, area, density, type, Verband, size class, then the org figures or nothing. */
  rows: Cell[][];
}

const ORG_FIELDS = [
  "hasData",
  "source",
  "gps",
  "fte",
  "versorgungsgrad",
  "versorgungsgradBasis",
  "aged60Plus",
  "exits5",
  "exits10",
  "practicesAtRisk",
  "urgency",
  "urgencyRank",
  "selfCheck",
  "topModel",
  "confidence",
  "plan",
  "workshops",
  "planningArea",
  "grantedOrgId",
] as const satisfies readonly (keyof NonNullable<TownRow["org"]>)[];
/** The org fields kept in the list of texts (the others are numbers, a flag or unique). */
const TEXT_FIELDS: ReadonlySet<string> = new Set(["source", "versorgungsgradBasis", "urgency", "selfCheck", "topModel", "confidence", "plan", "planningArea"]);
const REGISTER_LENGTH = 8;

export function encodeTownRows(rows: readonly TownRow[]): EncodedTownRows {
  const texts: string[] = [];
  const index = new Map<string, number>();
  const ref = (text: string | null): TextRef => {
    if (text === null) return null;
    let i = index.get(text);
    if (i === undefined) {
      i = texts.length;
      texts.push(text);
      index.set(text, i);
    }
    return i;
  };
  return {
    texts,
    rows: rows.map((r) => {
      const cells: Cell[] = [r.ags, r.name, r.population, r.areaKm2, r.density, ref(r.typeLabel), ref(r.verbandName), ref(r.sizeClass)];
      if (r.org) {
        const org = r.org;
        for (const field of ORG_FIELDS) {
          const value = org[field];
          cells.push(field === "hasData" ? (value ? 1 : 0) : TEXT_FIELDS.has(field) ? ref(value as string | null) : (value as Cell));
        }
      }
      return cells;
    }),
  };
}

export function decodeTownRows(encoded: EncodedTownRows): TownRow[] {
  const { texts } = encoded;
  const text = (cell: Cell | undefined): string | null => (cell === null || cell === undefined ? null : texts[cell as number]!);
  return encoded.rows.map((c) => {
    let org: TownRow["org"] = null;
    if (c.length > REGISTER_LENGTH) {
      const values: Record<string, unknown> = {};
      ORG_FIELDS.forEach((field, i) => {
        const cell = c[REGISTER_LENGTH + i]!;
        values[field] = field === "hasData" ? cell === 1 : TEXT_FIELDS.has(field) ? text(cell) : cell;
      });
      org = values as NonNullable<TownRow["org"]>;
    }
    return {
      ags: c[0] as string,
      name: c[1] as string,
      population: c[2] as number,
      areaKm2: c[3] as number,
      density: c[4] as number | null,
      typeLabel: text(c[5])!,
      verbandName: text(c[6])!,
      sizeClass: text(c[7])!,
      org,
    };
  });
}
