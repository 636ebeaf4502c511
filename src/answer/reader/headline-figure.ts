import type { AnalysedQuestion } from './analyse.js';
import { holdsAskedForm } from './asked-form.js';
import { clauseAround, POINTING_TIME, proposeCandidates, type Candidate } from './candidates.js';
import { likelyRival } from './choose.js';
import { stretchIn } from './shortened.js';
import type { ScoredSpan } from './read.js';
import type { ScoredSentence } from './retrieve.js';

// A news headline states the report's main fact, most often as its figure (成都局集团公司累计发送
// 旅客2,936.5万人次, 起售价19.98万元), which the lead then gives again with its context. A question
// asking that fact in the headline's words is answered by the headline's figure, as the body writes
// it, even where another figure of the body (a part, a station's own count, the daily mean) stands
// nearer the question's words.

/** Marks that part a headline into its phrases: spaces, which news headlines part with, and punctuation. */
const HEADLINE_PARTS = /[\s\u3000，,：:；;、！!？?|｜—]+/u;

/** A span can take the place of one this much likelier when the headline writes its figure. */
const HEADLINE_SHARE = 0.05;

/** A text with its figures' thousands' commas taken out (2,936.5万人次 → 2936.5万人次), as headlines often drop them. */
const withoutCommas = (text: string) => text.replace(/(?<=\d),(?=\d{3})/gu, '');

/**
 * The question's words that say what is asked (two characters or more), as `tellingTerms` in
 * ends-and-sums.ts; not a word pointing at the story's own time (今年, 目前), which a headline leaves
 * unsaid: it is about the story's time.
 */
const askingWords = (question: AnalysedQuestion) => question.terms.filter((t) => t.length >= 2 && !POINTING_TIME.test(t) && !STORY_TIME.test(t) && !comparedWith(question.text, t)).map((t) => t.toLowerCase());

/**
 * Whether the question compares with the word (比去年, 较上月): the baseline of a change, which a
 * headline and its lead write as 同比 or 环比, not as the word.
 */
const comparedWith = (text: string, word: string) => text.includes(`比${word}`) || text.includes(`较${word}`);

/** The story's own year, month, week, day or occasion, named from it (今年 of 今年夏粮能收多少, 这次). */
const STORY_TIME = /^(?:今年|本年|今天|今日|本月|本周|这次|此次|本次)$/u;

/**
 * "春运成都局一共发送了多少旅客？" of the headline "春运40天 成都局集团公司累计发送旅客2,936.5万人次",
 * where a station's 累计发送旅客486.2万人次 matched the question's words more closely: a figure
 * question is answered by a figure the headline writes, when the headline's phrase holding it holds
 * as many of the question's words as the chosen figure's clause, and the headline every word of the
 * question the chosen figure's sentence holds (a question asking the daily mean, 日均, keeps the
 * mean the headline does not give). The figure taken is one of the likely spans, in the form asked;
 * or, when the reader chose no figure of that form, where the body writes it (`unreadHeadlineFigure`).
 */
export function theHeadlineFigure(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion, title: string, ranked: readonly ScoredSentence[]): ScoredSpan | undefined {
  if (!chosen || (question.type !== 'number' && question.type !== 'duration')) return chosen;
  const words = askingWords(question);
  const headline = withoutCommas(title.toLowerCase());
  const { candidate, scored } = chosen.proposal;
  // A clause holding a figure of the form asked (车站19座) gives it later (figure-inside.ts); one holding none would be refused.
  if (!holdsAskedForm(candidate.text, question)) return unreadHeadlineFigure(chosen, words, headline, question, ranked);
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
  return likelyRival(spans, chosen, HEADLINE_SHARE, (s) => isFigureAsked(s.proposal.candidate, question) && inHeadline(s));
}

/** Whether a span is a figure (not a clause holding one) in the form the question asks. */
function isFigureAsked(candidate: Candidate, question: AnalysedQuestion): boolean {
  if (!candidate.kinds.some((k) => k === 'number' || k === 'duration') || !holdsAskedForm(candidate.text, question)) return false;
  // Not the question's own figure (7号线 of 7号线设了几个站, which the headline names too).
  const figure = figureOf(candidate.text);
  return figure !== undefined && !withoutCommas(question.text.toLowerCase()).includes(figure);
}

/**
 * "星驰X7起售价多少" under the headline "…星驰X7 起售价19.98万元", when the sentence that gives the
 * price in the body (官方指导价为19.98万—25.98万元) was not among those the reader read, and it chose
 * no figure of the form asked, which would be refused: the headline's figure, where the body's
 * likeliest sentence writes it. Only when the headline writes every word of the question (or its
 * shortening, as shortened.ts reads one: 科大 of 江淮科技大学), so that it is the headline's fact that is asked, and its
 * phrase holding the figure one of them.
 */
function unreadHeadlineFigure(chosen: ScoredSpan, words: readonly string[], headline: string, question: AnalysedQuestion, ranked: readonly ScoredSentence[]): ScoredSpan {
  if (words.length === 0 || !words.every((w) => headline.includes(w) || stretchIn(headline, w) !== undefined)) return chosen;
  const phrases = headline.split(HEADLINE_PARTS).filter((p) => words.some((w) => p.includes(w)));
  for (const scored of ranked) {
    let best: Candidate | undefined;
    for (const candidate of proposeCandidates(scored.sentence)) {
      const figure = figureOf(candidate.text);
      if (!figure || !isFigureAsked(candidate, question) || !phrases.some((p) => writesFigure(p, figure))) continue;
      if (!best || figure.length > figureOf(best.text)!.length) best = candidate;
    }
    if (best) return { ...chosen, proposal: { scored, candidate: best } };
  }
  return chosen;
}

/**
 * A span's figure with its unit, without a hedge before it (约, 近, 逾) or the commas: 2936.5万人次 of
 * 约2,936.5万人次; undefined when it writes no digit (a headline's figures are written in digits).
 */
function figureOf(text: string): string | undefined {
  // Of a range, its first end, as a headline gives a price from (19.98万 of 19.98万—25.98万元).
  return /\d.*$/su.exec(withoutCommas(text).trim())?.[0].split(RANGE_MARK)[0];
}

/** What joins a range's two ends, and after what a figure's unit ends. */
const RANGE_MARK = /[—–~～至到]|-(?=\d)/u;

/** Whether a headline's phrase writes a figure as a figure of its own (12.6% not inside 112.6%, 19 not of 19.98). */
function writesFigure(phrase: string, figure: string): boolean {
  let at = phrase.indexOf(figure);
  while (at >= 0) {
    const after = phrase.slice(at + figure.length);
    if ((at === 0 || !/[\d.]/u.test(phrase[at - 1]!)) && !/^\.?\d/u.test(after)) return true;
    at = phrase.indexOf(figure, at + 1);
  }
  return false;
}
