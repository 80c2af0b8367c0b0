/** Longest search query (characters): longer input is refused with a message, never sent. */
export const SEARCH_QUERY_MAX_LENGTH = 100;

/** The message for a longer query (the API's schema and the search box say the same). */
export const SEARCH_QUERY_TOO_LONG = `Der Suchbegriff darf höchstens ${SEARCH_QUERY_MAX_LENGTH} Zeichen lang sein – kein Ortsname ist länger.`;

/**
 * The search key of a place name: lower case, without diacritics, with the German transliterations folded
 * (ä/ae → a, ö/oe → o, ü/ue → u, ß → ss), punctuation collapsed to single spaces. The same function is applied
 * to names when they are stored and to what a user types, so "Dorentrup", "Doerentrup" and "Dörentrup" meet.
 */
export function normalizeSearchText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/ae/g, "a")
    .replace(/oe/g, "o")
    .replace(/ue/g, "u")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * The prefixes a normalised query stands for: "St." and "Sankt" are the same word in place names (the register
 * writes "St. Ingbert" and "Sankt Augustin"), so each is also searched as the other. A query ending in "sankt"
 * also looks for "st " (with the space, so that "Sankt" does not list Stuttgart); a lone trailing "st" stays as
 * typed (the user may be typing "Stuttgart").
 */
export function searchKeyVariants(key: string): string[] {
  const words = key.split(" ").filter(Boolean);
  if (words.length === 0) return [];
  const asSt = words.map((word) => (word === "sankt" ? "st" : word));
  const asSankt = words.map((word, index) => (word === "st" && index < words.length - 1 ? "sankt" : word));
  const variants = [words.join(" "), asSankt.join(" "), asSt.join(" ") + (words.at(-1) === "sankt" ? " " : "")];
  return [...new Set(variants)];
}

/** Designations a user may put in front of a county's name ("Kreis Lippe", "Landkreis Heinsberg"). */
const COUNTY_DESIGNATIONS = ["kreisfreie stadt", "landkreis", "stadtkreis", "kreis", "lk"];

/** The normalised query without a leading county designation: "Kreis Lippe" → "lippe"; "Kreis" alone stays. */
export function stripCountyDesignation(key: string): string {
  for (const designation of COUNTY_DESIGNATIONS) {
    if (key.startsWith(`${designation} `)) return key.slice(designation.length + 1);
  }
  return key;
}

/**
 * Whether a county's normalised name matches a query: the name, or one of its words, starts with one of the
 * query's variants ("neuss" finds "Rhein-Kreis Neuss", "aachen" finds "Städteregion Aachen").
 */
export function countyNameMatches(nameKey: string, query: string): boolean {
  const variants = searchKeyVariants(stripCountyDesignation(query));
  return variants.some((variant) => nameKey.startsWith(variant) || nameKey.includes(` ${variant}`));
}
