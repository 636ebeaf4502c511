import type { AnalysedQuestion } from './analyse.js';
import type { Candidate } from './candidates.js';
import type { PreparedArticle, PreparedSentence } from './prepare.js';

/**
 * "为什么X？" read against "……。因此X。": the sentence that restates the question is the
 * consequence, and its connective points back to the reason, in the words before it. A span opening
 * with 因此, 所以, 于是 is what follows from a reason, never the reason itself — unless the sentence
 * names its consequence later (所以A，因而X: A is the reason, the span without its connective).
 * Texts are in the one script of matching (foldArticle), so the simplified connectives serve both.
 */

/** Connectives that open a consequence of what was said before them. */
const CONNECTIVES = ['因此', '所以', '于是', '因而', '故而', '故此', '从而', '由此', '是以'];
/** A span opening with one (or with 为此, "for that reason"). */
const CONSEQUENCE = new RegExp(`^(?:${[...CONNECTIVES, '为此'].join('|')})[，,\\s]*`, 'u');
/** One further on in a sentence: the consequence it names after the span. */
const CONSEQUENCE_LATER = new RegExp(CONNECTIVES.join('|'), 'u');

/** Where the reason stands: the span without its connective (in its own sentence), or an earlier sentence. */
export interface Reason {
  sentence: PreparedSentence;
  candidate: Candidate;
}

/** The reason a "why" question's chosen span points back to, or undefined when the span is no consequence. */
export function reasonBefore(prepared: PreparedArticle, question: AnalysedQuestion, sentence: PreparedSentence, candidate: Candidate): Reason | undefined {
  if (question.type !== 'reason') return undefined;
  const opened = CONSEQUENCE.exec(candidate.text);
  if (!opened) return undefined;
  const rest = sentence.text.slice(candidate.end);
  if (CONSEQUENCE_LATER.test(rest)) {
    const start = candidate.start + opened[0].length;
    const first = sentence.tokens.findIndex((t) => t.start >= start);
    if (first < 0 || first > candidate.last) return undefined;
    const from = sentence.tokens[first]!.start;
    return { sentence, candidate: { ...candidate, first, start: from, text: sentence.text.slice(from, candidate.end) } };
  }
  // The consequence opens its sentence: the reason is the sentence before it, in the same paragraph.
  if (sentence.text.slice(0, candidate.start).replace(/[\p{P}\s]/gu, '') !== '') return undefined;
  const before = prepared.sentences[sentence.order - 1];
  if (!before || before.paragraph !== sentence.paragraph) return undefined;
  return { sentence: before, candidate: wholeSentence(before) };
}

/** A sentence as one span: from its own first word (after a report's credit) to its last, without the closing mark. */
function wholeSentence(sentence: PreparedSentence): Candidate {
  const words = sentence.tokens;
  const isMark = (word: string) => /^[\p{P}\s]+$/u.test(word);
  let first = words.findIndex((t) => t.start >= sentence.credit && !isMark(t.word));
  let last = words.length - 1;
  while (last > first && isMark(words[last]!.word)) last--;
  if (first < 0) first = 0;
  const start = words[first]?.start ?? 0;
  const end = words[last]?.end ?? sentence.text.length;
  return { first, last, start, end, text: sentence.text.slice(start, end), kinds: ['clause'] };
}
