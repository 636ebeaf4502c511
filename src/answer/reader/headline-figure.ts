import type { AnalysedQuestion } from './analyse.js';
import { holdsAskedForm } from './asked-form.js';
import { clauseAround, POINTING_TIME } from './candidates.js';
import { likelyRival } from './choose.js';
import type { ScoredSpan } from './read.js';

// A news headline states the report's main fact, most often as its figure (成都局集团公司累计发送
// 旅客2,936.5万人次, 起售价19.98万元), which the lead then gives again with its context. A question
// asking that fact in the headline's words is answered by the headline's figure, as the body writes
// it, even where another figure of the body (a part, a station's own count, the daily mean) stands
// nearer the question's words.

/** Marks that part a headline into its phrases: spaces, which news headlines part with, and punctuation. */
const HEADLINE_PARTS = /[\s\u3000，,：:；;、！!？?|｜—]+/u;

/** A span can take the place of one this much likelier when the headline writes its figure. */
const HEADLINE_SHARE = 0.05;

/** A figure and what follows it up to the next figure, without the thousands' commas: 2936.5万人次. */
const withoutCommas = (text: string) => text.replace(/(?<=\d),(?=\d{3})/gu, '');

/**
 * The question's words that say what is asked (two characters or more), as `tellingTerms` in
 * ends-and-sums.ts; not a word pointing at the story's own time (今年, 目前), which a headline leaves
 * unsaid: it is about the story's time.
 */
const askingWords = (question: AnalysedQuestion) => question.terms.filter((t) => t.length >= 2 && !POINTING_TIME.test(t) && !STORY_TIME.test(t));

/** The story's own year, month, week or day, named from it (今年 of 今年夏粮能收多少). */
const STORY_TIME = /^(?:今年|本年|今天|今日|本月|本周|这次|此次|本次)$/u;

/**
 * "春运成都局一共发送了多少旅客？" of the headline "春运40天 成都局集团公司累计发送旅客2,936.5万人次",
 * where a station's 累计发送旅客486.2万人次 matched the question's words more closely: a figure
 * question is answered by a figure the headline writes, when the headline's phrase holding it holds
 * as many of the question's words as the chosen figure's clause, and the headline every word of the
 * question the chosen figure's sentence holds (a question asking the daily mean, 日均, keeps the
 * mean the headline does not give).
 * The figure taken is one of the likely spans, in the form asked.
 */
export function theHeadlineFigure(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion, title: string): ScoredSpan | undefined {
  if (!chosen || (question.type !== 'number' && question.type !== 'duration')) return chosen;
  const words = askingWords(question);
  const headline = withoutCommas(title.toLowerCase());
  const { candidate, scored } = chosen.proposal;
  const [from, to] = clauseAround(scored.sentence.text, candidate.start, candidate.end);
  const clause = scored.sentence.text.slice(from, to);
  const held = words.filter((w) => clause.includes(w));
  // A word of the question the chosen figure's sentence writes and the headline does not (跨境电商 of
  // 跨境电商增长了多少 under a headline giving the whole trade's growth) asks that figure's own thing.
  if (words.some((w) => scored.sentence.text.includes(w) && !headline.includes(w))) return chosen;
  // The headline's phrases that say at least as much of what is asked as the chosen figure's clause.
  const phrases = headline.split(HEADLINE_PARTS).filter((p) => {
    const own = words.filter((w) => p.includes(w)).length;
    return own > 0 && own >= held.length;
  });
  if (phrases.length === 0) return chosen;
  const inHeadline = (s: ScoredSpan) => {
    const figure = figureOf(s.proposal.candidate.text);
    return figure !== undefined && phrases.some((p) => writesFigure(p, figure));
  };
  if (inHeadline(chosen)) return chosen;
  return likelyRival(spans, chosen, HEADLINE_SHARE, (s) => s.proposal.candidate.kinds.some((k) => k === 'number' || k === 'duration') && holdsAskedForm(s.proposal.candidate.text, question) && inHeadline(s));
}

/**
 * A span's figure with its unit, without a hedge before it (约, 近, 逾) or the commas: 2936.5万人次 of
 * 约2,936.5万人次; undefined when it writes no digit (a headline's figures are written in digits).
 */
function figureOf(text: string): string | undefined {
  return /\d.*$/su.exec(withoutCommas(text).trim())?.[0];
}

/** Whether a headline's phrase writes a figure as a figure of its own (12.6% not inside 112.6%). */
function writesFigure(phrase: string, figure: string): boolean {
  let at = phrase.indexOf(figure);
  while (at >= 0) {
    if (at === 0 || !/[\d.]/u.test(phrase[at - 1]!)) return true;
    at = phrase.indexOf(figure, at + 1);
  }
  return false;
}
