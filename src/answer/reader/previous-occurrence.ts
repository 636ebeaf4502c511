import type { AnalysedQuestion } from './analyse.js';
import { ANSWERING_KINDS } from './answer-types.js';
import type { ScoredSpan } from './read.js';

/**
 * "天文台上一次发出黑雨是什么时候？": a question about the occurrence before the one the article
 * tells. Only a sentence that speaks of an earlier one answers it; a span of any other gives this
 * occurrence's date or figure. The reader looks for such a sentence (`thePreviousOne`) and the
 * decision refuses a span read from none (decide.ts).
 */

/** The words that ask about the occurrence before (上一次, 上次, 上回, 前一次). */
const ASKS_PREVIOUS = /上一?次|上一?回|前一次/u;
/** What a sentence about an earlier occurrence writes: the same words, or an earlier time (此前, 曾, 去年, 上届). */
const WRITES_PREVIOUS = /上一?次|上一?回|前一次|此前|之前|以前|先前|以往|曾|前年|去年|上届|上一届/u;

/** Whether a span is read from a sentence that speaks of an earlier occurrence. */
const speaksOfPrevious = (span: ScoredSpan) => WRITES_PREVIOUS.test(span.proposal.scored.sentence.text);

/**
 * The words a Chinese question asks the occurrence before with (上一次), when the span is read from
 * a sentence that speaks of none: what the decision names in refusing.
 */
export function previousUnwritten(question: AnalysedQuestion, span: ScoredSpan | undefined): string | undefined {
  if (question.english || span === undefined || speaksOfPrevious(span)) return undefined;
  return ASKS_PREVIOUS.exec(question.text)?.[0];
}

/**
 * Of the likely spans, the likeliest of the asked kind in a sentence that speaks of an earlier
 * occurrence (上一次是在6月17日), in place of one read from a sentence that does not.
 */
export function thePreviousOne(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (previousUnwritten(question, chosen) === undefined) return chosen;
  const kinds = ANSWERING_KINDS[question.type];
  return spans.find((s) => speaksOfPrevious(s) && (kinds === undefined || kinds.some((k) => s.proposal.candidate.kinds.includes(k)))) ?? chosen;
}
