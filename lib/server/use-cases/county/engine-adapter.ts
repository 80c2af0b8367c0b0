import type { AssessmentInput } from "@/lib/domain/assessment/input";
import { evaluateAssessment, type EngineKnowledge } from "@/lib/domain/recommendation/evaluate";

/**
 * The one place the county screening calls the recommendation engine (another helper reworks the engine; only this
 * adapter has to follow). Returns what the county view shows: the top model and how confident the engine is.
 */
export interface ScreeningVerdict {
  top: string | null;
  topLabel: string | null;
  allExcluded: boolean;
  confidence: { level: "niedrig" | "mittel" | "hoch"; answered: number; total: number; answeredShare: number };
}

export function screenWithEngine(input: AssessmentInput, knowledge: EngineKnowledge): ScreeningVerdict {
  const r = evaluateAssessment(input, knowledge, { whatWouldChange: false });
  return {
    top: r.top,
    topLabel: r.topLabel,
    allExcluded: r.allExcluded,
    confidence: { level: r.confidence.level, answered: r.confidence.answered, total: r.confidence.total, answeredShare: r.confidence.answeredShare },
  };
}
