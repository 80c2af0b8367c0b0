import type { CarrierModelId } from "../ids";
import type { PortFitLevel } from "./engine";

export interface CaseStudyRef {
  slug: string;
  name: string;
  summary: string;
  modelIds: readonly CarrierModelId[];
  port: boolean;
}

/**
 * The case studies most like a result: those that chose the recommended carrier, PORT sites first when PORT
 * fits (fully or partly) and non-PORT sites first when it does not; at most `limit`, in catalogue order on ties.
 * No carrier (every model excluded): none.
 */
export function similarCaseStudies(
  cases: readonly CaseStudyRef[],
  top: CarrierModelId | null,
  portFit: PortFitLevel,
  limit = 3,
): CaseStudyRef[] {
  if (!top) return [];
  const wantPort = portFit !== "not";
  return cases
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.modelIds.includes(top))
    .sort((a, b) => Number(b.c.port === wantPort) - Number(a.c.port === wantPort) || a.index - b.index)
    .slice(0, limit)
    .map(({ c }) => c);
}
