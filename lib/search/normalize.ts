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
