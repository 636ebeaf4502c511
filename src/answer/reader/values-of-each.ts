import type { AnalysedQuestion } from './analyse.js';
import { ANSWERING_KINDS } from './answer-types.js';
import { clauseAround } from './candidates.js';
import type { ScoredSpan } from './read.js';

// Two values asked at once (甲和乙分别是多少): each read beside the words of its own part.

/** A second value is looked for among spans this much less likely than the first, at most. */
export const SECOND_SHARE = 0.01;

/** Two things asked the values of at once: 甲和乙分别是多少, 甲、乙各有多少. */
const EACH_ASKED = /(\p{Script=Han}+)(?:和|与|及|以及|、)(\p{Script=Han}+?)(?:分别|各自|各)/u;

/** Characters a value's own words are looked for in, on either side of it. */
const OWN_WORDS_AROUND = 8;

/**
 * The text around a span in its clause, a few characters each side: a value's own words stand
 * before it (主跨520米) or after it (3月5日拍摄开始，4月20日拍摄结束), but not past a comma.
 */
function besideInClause(text: string, start: number, end: number): string {
  const [from, to] = clauseAround(text, start, end, OWN_WORDS_AROUND);
  return text.slice(from, start) + text.slice(end, to);
}

/**
 * "大桥的总长和主跨分别有多长？" over "主跨520米，桥塔高180米，大桥总长3.2公里": each value is the one
 * written beside the words of its own part (总长, 主跨), not the two the ranker likes best.
 * Only characters of one part count (大桥 of 大桥的总长 says nothing of which). Each value is of the
 * kind asked, in the chosen sentence or one beside it in its paragraph; undefined unless both parts
 * find one, as it should when the article writes no word of either before its value.
 */
export function valuesOfEach(best: ScoredSpan, spans: readonly ScoredSpan[], question: AnalysedQuestion): [ScoredSpan, ScoredSpan] | undefined {
  const parts = EACH_ASKED.exec(question.text);
  const kinds = ANSWERING_KINDS[question.type];
  if (!parts || !kinds) return undefined;
  const ownCharacters = (part: string, other: string) => new Set([...part].filter((c) => !other.includes(c)));
  const a = ownCharacters(parts[1]!, parts[2]!);
  const b = ownCharacters(parts[2]!, parts[1]!);
  const { sentence } = best.proposal.scored;
  const pool = spans.filter((s) => {
    const { candidate, scored } = s.proposal;
    if (s.probability < SECOND_SHARE * best.probability || candidate.kinds.includes('clause') || !kinds.some((k) => candidate.kinds.includes(k))) return false;
    return Math.abs(scored.sentence.order - sentence.order) <= 1 && scored.sentence.paragraph === sentence.paragraph;
  });
  // Spans come likeliest first: of two as well placed, the likelier is kept.
  const own = (s: ScoredSpan, part: Set<string>) => {
    const { candidate, scored } = s.proposal;
    return new Set([...besideInClause(scored.sentence.text, candidate.start, candidate.end)].filter((c) => part.has(c))).size;
  };
  const bestFor = (part: Set<string>, apart?: ScoredSpan) => {
    let found: ScoredSpan | undefined;
    let most = 0;
    for (const s of pool) {
      if (apart && s.proposal.scored === apart.proposal.scored && s.proposal.candidate.start < apart.proposal.candidate.end && apart.proposal.candidate.start < s.proposal.candidate.end) continue;
      const n = own(s, part);
      if (n > most) [found, most] = [s, n];
    }
    return found;
  };
  const first = bestFor(a);
  const second = first && bestFor(b, first);
  return first && second ? [first, second] : undefined;
}
