import type { AnalysedQuestion } from './analyse.js';
import { CUE_QUANTITY_WORDS } from './answer-types.js';
import { figureInUnits } from './asked-form.js';
import { HOLDS_CLAUSE_END } from './candidates.js';
import type { ScoredSpan } from './read.js';

// "这条线有多长？" of 线路全长22.1公里 and, elsewhere, 沉降控制在2毫米以内: both are lengths, but news
// writes the measure asked with its own word right before its value (全长, 海拔, 时速), so the figure
// after that word is the one asked, however many more of the question's words stand round another.

/** At most this many characters between the measure's word and its figure (全长约22.1公里, 高度达到). */
const WORD_TO_FIGURE = 3;

/** The measure words the question's cue asks with (多长 → 全长, 总长, 长度), when it has any: retrieval looks for them too. */
export function measureWords(question: AnalysedQuestion): readonly string[] | undefined {
  return CUE_QUANTITY_WORDS[question.cue?.word ?? question.englishCue ?? ''];
}

/** Whether the span is a figure in the asked units right after one of `words` in its clause, or right before it. */
function afterWord(span: ScoredSpan, words: readonly string[], inUnit: RegExp): boolean {
  const { candidate, scored } = span.proposal;
  if (!inUnit.test(candidate.text)) return false;
  const text = scored.sentence.text;
  const following = text.slice(candidate.end);
  return words.some((word) => {
    // Or right after it, as what the measure is (100公里的高度).
    if (following.startsWith(word) || following.startsWith(`的${word}`)) return true;
    const at = text.lastIndexOf(word, candidate.start - word.length);
    if (at < 0) return false;
    const between = text.slice(at + word.length, candidate.start);
    // Not across a clause's end.
    return between.length <= WORD_TO_FIGURE && !HOLDS_CLAUSE_END.test(between);
  });
}

/** The figure written after the word of the measure asked, in place of one that is not, when a span read is. */
export function afterMeasureWord(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const words = measureWords(question);
  if (!chosen || !words || question.units.length === 0) return chosen;
  const inUnit = figureInUnits(question.units, true);
  if (afterWord(chosen, words, inUnit)) return chosen;
  return spans.find((s) => afterWord(s, words, inUnit)) ?? chosen;
}
