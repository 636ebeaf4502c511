import type { AnalysedQuestion } from './analyse.js';
import { figureInUnits, IN_ALL } from './asked-form.js';
import { clauseAround } from './candidates.js';
import { likelyRival } from './choose.js';
import type { ScoredSpan } from './read.js';

// Figures and dates a question asks as the end or the whole of something (截止, 总共): the one the
// article writes after 至 or as a sum, where the ranker liked a start or a part better.

/** A question asking when something ends: 截止, 结束, 到期, 最后一天, 到什么时候, 到哪天. */
const END_ASKED = /截止|结束|到期|最后一天|到什么时候|到哪一?天/u;

/** What an article writes right before the end of a span of time: 至, 到, 截至, 有效期至. */
const END_BEFORE = /[至到止]$/u;

/** A date ending a span of time can take the place of one this much likelier. */
const END_SHARE = 0.05;

/**
 * "补贴到什么时候截止？" of "自6月1日起施行，有效期至11月30日": when the question asks the end, the
 * date the chosen sentence writes after 至 or 到 answers, not the start it writes with 起.
 */
export function theEndAsked(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || question.type !== 'date' || !END_ASKED.test(question.text)) return chosen;
  const ends = (s: ScoredSpan) => s.proposal.candidate.kinds.includes('date') && END_BEFORE.test(s.proposal.scored.sentence.text.slice(0, s.proposal.candidate.start));
  if (ends(chosen)) return chosen;
  return likelyRival(spans, chosen, END_SHARE, (s) => s.proposal.scored === chosen.proposal.scored && ends(s));
}

/** Words of a question asking a figure in all: 总共 and its other wordings, 累计, 加起来 (and 共 as a word of its own). */
const SUM_ASKED: readonly string[] = [...IN_ALL, '累计', '加起来'];

/** A sum can take the place of a figure this much likelier. */
const SUM_SHARE = 0.05;

/**
 * A sum's word anywhere before it in its clause (累计转移群众2.5万人, 合计126件). Not 合共, which an
 * article writes right before the figure (合共三亿二千多万): 共 alone finds it there, while anywhere
 * in the clause it would make a sum of the figure's own tail (二千多万).
 */
const SUM_IN_CLAUSE = /累计|合计|总计|共计|一共|总共/u;

/** …or 共 or 总 alone right before it (共120件, 共向300名): further off, one character says nothing (共同, 总部). */
const SUM_BEFORE = /[共总][向对为约近逾达有]?$/u;

/**
 * "总共展出多少件文物？" of "…文物共120件，其中15件为首次展出", where another sentence's
 * "展出6件" matched the question's words better: a question asking a figure in all (总共, 一共,
 * 合计) is answered by a sum the article writes (共, 累计), when the chosen figure is none and one of
 * the likelier spans is.
 */
export function theSumAsked(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const asksSum = SUM_ASKED.some((w) => question.text.includes(w)) || question.before.includes('共') || question.after.includes('共');
  if (!chosen || question.type !== 'number' || !asksSum) return chosen;
  const sum = (s: ScoredSpan) => {
    const { candidate, scored } = s.proposal;
    if (!candidate.kinds.includes('number')) return false;
    const text = scored.sentence.text;
    const [from] = clauseAround(text, candidate.start, candidate.end);
    return SUM_BEFORE.test(text.slice(Math.max(0, candidate.start - 4), candidate.start)) || SUM_IN_CLAUSE.test(text.slice(from, candidate.start));
  };
  if (sum(chosen)) return chosen;
  // In the very units asked (300名 for 多少人, not 9000万元): a sum of something else is no answer.
  const form = (s: ScoredSpan) => question.units.length === 0 || figureInUnits(question.units).test(s.proposal.candidate.text.replace(/\s+/gu, ''));
  return likelyRival(spans, chosen, SUM_SHARE, (s) => sum(s) && form(s));
}
