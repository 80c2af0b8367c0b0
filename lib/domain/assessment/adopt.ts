import { ASKED_FIELDS } from "./fields";
import { answerOf, withAnswer, type AssessmentAnswers } from "./answer-values";

/** What taking the browser's answers into the organisation's assessment would change (shown before it happens). */
export interface AdoptionSummary {
  /** Questions answered in the browser. */
  fromBrowser: number;
  /** …of which the organisation had no answer yet. */
  added: number;
  /** …of which the organisation had another answer (the browser's replaces it). */
  replaced: number;
  /** …of which the organisation already had the same answer. */
  same: number;
}

/**
 * Takes answers given anonymously (kept in this browser) into the organisation's assessment: every question
 * answered in the browser gets the browser's answer; the organisation's answers to other questions stay. Pure.
 */
export function adoptBrowserAnswers(organisation: AssessmentAnswers, browser: AssessmentAnswers): { answers: AssessmentAnswers; summary: AdoptionSummary } {
  let answers = organisation;
  const summary: AdoptionSummary = { fromBrowser: 0, added: 0, replaced: 0, same: 0 };
  for (const question of ASKED_FIELDS) {
    const mine = answerOf(browser, question.id);
    if (mine === null) continue;
    summary.fromBrowser++;
    const theirs = answerOf(organisation, question.id);
    if (theirs === null) summary.added++;
    else if (theirs === mine) {
      summary.same++;
      continue;
    } else summary.replaced++;
    answers = withAnswer(answers, question.id, mine);
  }
  return { answers, summary };
}
