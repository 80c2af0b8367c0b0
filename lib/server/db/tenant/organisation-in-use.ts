/**
 * THE rule for which of the caller's organisations a page works in (issue 12, finding 2): never inferred from
 * creation order or names. `requested` (the page's `?org=`) wins when it is one of the candidates; exactly one
 * candidate is used; several and none requested → the caller chooses (the page shows a chooser with `?org=` links).
 * A requested id that is no candidate is ignored, so it can never reach another tenant's data.
 */
export type OrganisationInUse<T> = { kind: "none" } | { kind: "chosen"; organisation: T } | { kind: "choose"; candidates: T[] };

export function organisationInUse<T extends { id: string }>(candidates: readonly T[], requested?: string | null): OrganisationInUse<T> {
  const unique = candidates.filter((c, i) => candidates.findIndex((d) => d.id === c.id) === i);
  const named = requested ? unique.find((c) => c.id === requested) : undefined;
  if (named) return { kind: "chosen", organisation: named };
  if (unique.length === 0) return { kind: "none" };
  if (unique.length === 1) return { kind: "chosen", organisation: unique[0]! };
  return { kind: "choose", candidates: unique };
}

/** The first value of a search parameter (`?org=a&org=b` → "a"). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
