import type { AnalysedQuestion } from './analyse.js';
import { ANSWERING_KINDS } from './answer-types.js';
import { clauseAround } from './candidates.js';
import { rankUnaskedIn } from './figures.js';
import type { ScoredSpan } from './read.js';

// Things listed, then their values in the same order after 分别 (甲、乙分别以372.8万人次和251.4万人次
// 位列第二、三位): the value of the thing a question names is the one in its turn, whichever the
// ranker likes best.

/** Words that hand out what follows to the things listed before them, one each in turn. */
const IN_TURN = /分别|依次/gu;

/** What parts the things listed, and their values: 、 and the words of "and". */
const LISTED_APART = /[、]|和|与|及|以及/u;

/** How many of the likeliest spans the value in turn is looked for among. */
const IN_TURN_SPANS = 40;

/** The sentences looked in are those of spans at least this share as likely as the chosen one. */
const IN_TURN_SHARE = 0.01;

/** The things listed right before 分别 in its clause (甲、乙 of 甲、乙分别…), when there are two or more. */
function listedBefore(text: string, at: number): string[] {
  const [from] = clauseAround(text, at, at);
  const items = text.slice(from, at).split(LISTED_APART).map((s) => s.trim());
  return items.length >= 2 && items.every((s) => s.length > 0) ? items : [];
}

/** The one listed thing the question names: written whole in it, or by a word of two characters or more that no other thing holds. */
function namedThing(items: readonly string[], question: AnalysedQuestion): number | undefined {
  const words = question.terms.filter((t) => t.length >= 2);
  const named = items.map((item, i) => ({ i, named: question.text.includes(item) || words.some((w) => item.includes(w) && items.every((other, j) => j === i || !other.includes(w))) }));
  const hits = named.filter((n) => n.named);
  return hits.length === 1 ? hits[0]!.i : undefined;
}

/**
 * "重庆北站发送了多少旅客？" of "重庆北站、贵阳北站分别以372.8万人次和251.4万人次位列第二、三位": the
 * value in the named thing's turn, among the values of the kind asked after 分别 in that clause
 * and the next ones of the sentence, as many as there are things. Only where the question names one
 * of the things and the count of values matches theirs: otherwise the sentence says not which is whose.
 */
export function valueInTurn(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const kinds = ANSWERING_KINDS[question.type];
  if (!chosen || !kinds || question.twoParts) return chosen;
  const likely = spans.slice(0, IN_TURN_SPANS).filter((s) => s.probability >= IN_TURN_SHARE * chosen.probability);
  const sentences = [...new Set(likely.map((s) => s.proposal.scored))];
  for (const scored of sentences) {
    const text = scored.sentence.text;
    for (const match of text.matchAll(IN_TURN)) {
      const items = listedBefore(text, match.index!);
      const turn = items.length > 0 ? namedThing(items, question) : undefined;
      if (turn === undefined) continue;
      // The values of the kind asked after 分别, in order, none inside another.
      const values = spans
        .filter((s) => s.proposal.scored === scored && s.proposal.candidate.start > match.index! && kinds.some((k) => s.proposal.candidate.kinds.includes(k)) && !s.proposal.candidate.kinds.includes('clause'))
        // A rank after them (位列第二、三位) is no value of theirs.
        .filter((s) => !rankUnaskedIn(s, question.text))
        .sort((a, b) => a.proposal.candidate.start - b.proposal.candidate.start || b.proposal.candidate.end - a.proposal.candidate.end)
        .filter((s, i, all) => i === 0 || s.proposal.candidate.start >= all[i - 1]!.proposal.candidate.end);
      const stop = text.slice(match.index!).search(/[。；;！？]/u);
      const inSentence = values.filter((s) => stop < 0 || s.proposal.candidate.start < match.index! + stop);
      if (inSentence.length !== items.length) continue;
      // However unlikely alone: the question names its thing, and the sentence says which value is its.
      return inSentence[turn]!;
    }
  }
  return chosen;
}
