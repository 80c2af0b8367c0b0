/**
 * The towns a county-wide read covers: a list of AGS, or every town of a Kreis. A town's AGS begins with its Kreis
 * key (Land, Regierungsbezirk, Kreis: the first five digits), so "every town of the Kreis" is one prefix condition
 * instead of an IN list of every AGS — for the largest Kreis (234 towns) each such list cost about 9 ms per query on
 * the embedded database (parameters bound and planned one by one).
 */
export type TownScope = readonly string[] | { kreisKey: string };

/** The Prisma condition on a `municipalityAgs` column for `scope`. */
export function agsCondition(scope: TownScope): { in: string[] } | { startsWith: string } {
  return "kreisKey" in scope ? { startsWith: scope.kreisKey } : { in: [...scope] };
}

/** Whether `scope` names no town at all. */
export function isEmptyScope(scope: TownScope): boolean {
  return "kreisKey" in scope ? false : scope.length === 0;
}
