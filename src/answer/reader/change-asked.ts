import type { AnalysedQuestion } from './analyse.js';
import { CHANGE_CHARS, CHANGE_ONLY, CHANGE_RATES, CHANGE_VERBS, EN_CHANGE_VERBS } from './answer-types.js';
import { likelyRival } from './choose.js';
import { IN_TENTHS } from './figures.js';
import type { ScoredSpan } from './read.js';

// A figure asked as a change (涨了多少, 同比增长多少, by how much did it fall): the one the article
// writes right after its word of change (同比大增35.7%), where the ranker liked the level itself
// (实现收入21.3亿元) better.

const ANY_CHANGE = `(?:${[...CHANGE_ONLY, ...CHANGE_VERBS].join('|')}|[${CHANGE_CHARS}])`;

/** 比 and what a figure is compared with (比去年, 比上一季度), before the word of more or less. */
const COMPARED = '比[^，。？?！!]{1,10}?';

/** Words of change a question asks a figure of, in either language. */
const CHANGE_ASKED = new RegExp(
  [
    `${ANY_CHANGE}[了的]?(?:多少|几成|几个百分点)`,
    `(?:${CHANGE_RATES.join('|')})(?:是|为|有)?(?:多少|几)`,
    // A difference asked against another time or thing (比去年多了几台, 比上季少了多少, 比现行多了百分之多少),
    // or with the thing compared first (跟前年比多了多少, 和前年相比多了多少).
    `(?:${COMPARED}|(?:跟|和|与|同)[^，。？?！!]{1,10}?(?:相比|比较|比)(?:起来)?)[多少](?:了|出)?(?:多少|几|百分之多少|百分之几)`,
    `\\b(?:by )?how (?:much|fast|quickly) (?:did|has|have|had|does|do|will|is|are|was|were)\\b.*\\b(?:${EN_CHANGE_VERBS}|climb(?:ed|ing)?|jump(?:ed|ing)?|go(?:ne)? up|go(?:ne)? down|went up|went down)\\b`,
    // "How much cheaper did new-energy cars get?": a comparative is a change asked as much as a verb is.
    '\\bhow much (?:cheaper|dearer|pricier|higher|lower)\\b',
    // "What was its growth?", "the rate of increase": the noun of a change.
    '\\b(?:growth|rate of (?:growth|increase|decrease|decline))\\b',
  ].join('|'),
  'iu',
);

/** Whether a question asks how much something changed (涨了多少, "how much did profit fall"). */
export function asksChange(text: string): boolean {
  return CHANGE_ASKED.test(text);
}

/** What an article writes right before a figure of change: the word of change (or 比去年多), and a word of degree or time between (同比大增, 增长了, 下降约). */
const CHANGE_BEFORE = new RegExp(`(?:${CHANGE_VERBS.join('|')}|[${CHANGE_CHARS}]|${COMPARED}[多少](?:了|出)?)(?:了|约|达|近|超过?|逾){0,2}$`, 'u');

/** A figure of change in the chosen sentence can take the place of one this much likelier. */
const CHANGE_SHARE = 0.1;

/**
 * "储能业务收入涨了多少？" of "该业务实现收入21.3亿元，同比大增35.7%": a question asking how much
 * something changed is answered by the figure written after the word of change, in the chosen
 * figure's sentence, when the chosen one is not.
 */
export function theChangeAsked(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || question.type !== 'number' || question.twoParts) return chosen;
  if (!asksChange(question.text)) return notTheChange(chosen, spans, question);
  if (isChange(chosen)) return chosen;
  return likelyRival(spans, chosen, CHANGE_SHARE, (s) => s.proposal.scored === chosen.proposal.scored && isChange(s));
}

/** Whether a span is a figure written right after a word of change (同比增长近1.3倍). */
function isChange(s: ScoredSpan): boolean {
  const { candidate, scored } = s.proposal;
  // Tenths (约三成) are a figure of change too, though the reader takes them for a figure nowhere else.
  const figure = candidate.kinds.includes('number') || IN_TENTHS.test(candidate.text);
  return figure && CHANGE_BEFORE.test(scored.sentence.text.slice(Math.max(0, candidate.start - 5), candidate.start));
}

/**
 * "出货量有多少？" of "出货量约为167万台，同比增长近1.3倍": a level asked is not the change written
 * after it; the likely figure of the same sentence that is no change takes its place. Not where the
 * question asks in a change's own units (a percentage, a multiple).
 */
function notTheChange(chosen: ScoredSpan, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan {
  if (!isChange(chosen) || question.units.some((u) => u === '%' || u === '倍')) return chosen;
  return likelyRival(spans, chosen, CHANGE_SHARE, (s) => s.proposal.scored === chosen.proposal.scored && s.proposal.candidate.kinds.includes('number') && !s.proposal.candidate.kinds.includes('percent') && !isChange(s));
}
