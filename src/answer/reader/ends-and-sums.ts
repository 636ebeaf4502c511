import type { AnalysedQuestion } from './analyse.js';
import { figureInUnits, IN_ALL } from './asked-form.js';
import { CLAUSE_ENDS, clauseAround, proposeCandidates, type Candidate } from './candidates.js';
import { likelyRival } from './choose.js';
import type { ScoredSpan } from './read.js';
import type { ScoredSentence } from './retrieve.js';

// Figures and dates a question asks as the start, the end or the whole of something (开始, 截止,
// 总共): the one the article writes before 起, after 至 or as a sum, where the ranker liked another
// date or a part better.

/**
 * A question asking when something ends: 截止, 结束, 到期, 最后一天, 到什么时候, 到哪天; end, close,
 * expire, the last day. Not "closed" nor "open", which ask a state (which day is it closed on?).
 */
const END_ASKED = /截止|结束|到期|最后一天|到什么时候|到哪一?天|\b(?:end|ends|ended|ending|close|closes|closing|finish|finishes|finished|expire|expires|expired|last day|until when|deadline)\b/iu;

/** An English clause of what someone said or decided, to the question's end ("…announce that schools would close?"). */
const REPORTED_CLAUSE = /\b(?:that|whether)\b.*$/iu;

/** What an article writes right before the end of a span of time: 至, 到, 截至, 有效期至. */
const END_BEFORE = /[至到止]$/u;

/**
 * An English question asking when something starts: start, begin, take effect. (Not Chinese 开始: over
 * DRCD, 从什么时候开始 asks when a state began, which the article dates without 起: of 7 answers
 * changed by it, 6 were lost to another date written with 起.)
 */
const START_ASKED = /\b(?:start|starts|started|starting|begin|begins|began|beginning|opens|take effect|takes effect|took effect|come into force|came into force)\b/iu;

/**
 * What an article writes right after the start of a span of time (自某日起, 从某日开始), or of the
 * service or the rule that starts then (将于12月1日开通, 自今日起正式施行).
 */
const START_AFTER = /^(?:起|开始|(?:正式)?(?:开通|启用|施行|实施|启动|开放|运营|投运|通车|开工|生效|开业|开幕|上线|发车))/u;

/** A date span that takes its 起 with it (4月1日起). */
const START_ENDS = /\d日起$/u;

/** A date starting or ending a span of time can take the place of one this much likelier. */
const END_SHARE = 0.05;

/**
 * "补贴到什么时候截止？" of "自6月1日起施行，有效期至11月30日": when the question asks the end, the
 * date written after 至 or 到 answers, not the start written with 起; asked the start ("when does
 * the scheme start?"), the date written before 起 answers, not the day it was announced: one of the
 * likely spans, or in the sentence right before or after the chosen one, where a report often puts
 * the period after the sentence that names what it is of.
 */
export function theEndAsked(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion, ranked: readonly ScoredSentence[]): ScoredSpan | undefined {
  if (!chosen || question.type !== 'date') return chosen;
  // An end or a start in what was reported ("announce that schools would close") is what was said, not what is asked.
  const asked = question.english ? question.text.replace(REPORTED_CLAUSE, '') : question.text;
  const asksEnd = END_ASKED.test(asked);
  const asksStart = !asksEnd && START_ASKED.test(asked);
  if (!asksEnd && !asksStart) return chosen;
  const bounds = (candidate: Candidate, text: string) => {
    if (!candidate.kinds.includes('date')) return false;
    // jieba takes the 起 of 4月1日起 into the date: the span then ends with it.
    return asksEnd ? END_BEFORE.test(text.slice(0, candidate.start)) : START_AFTER.test(text.slice(candidate.end)) || START_ENDS.test(candidate.text);
  };
  const spanBounds = (s: ScoredSpan) => bounds(s.proposal.candidate, s.proposal.scored.sentence.text);
  if (spanBounds(chosen)) return chosen;
  // The end asked may stand anywhere among the likely spans; the start, only beside the chosen date.
  const { sentence } = chosen.proposal.scored;
  const near = (s: ScoredSpan) => asksEnd || Math.abs(s.proposal.scored.sentence.order - sentence.order) <= 1;
  const rival = likelyRival(spans, chosen, END_SHARE, (s) => near(s) && spanBounds(s));
  if (rival !== chosen) return rival;
  // The sentence right after or before, which the reader never read (it holds none of the
  // question's words: 《方案》自4月1日起施行): its bounding date, at the chosen one's odds, which the
  // decision weighs.
  for (const step of [1, -1]) {
    const scored = ranked.find((r) => r.sentence.order === sentence.order + step);
    const candidate = scored && proposeCandidates(scored.sentence).find((c) => bounds(c, scored.sentence.text));
    if (scored && candidate) return { ...chosen, proposal: { scored, candidate } };
  }
  return chosen;
}

/** Words of a question asking a figure in all: 总共 and its other wordings, 累计, 加起来 (and 共 as a word of its own). */
const SUM_ASKED: readonly string[] = [...IN_ALL, '累计', '加起来'];

/** Whether a question asks a figure in all (总共多少, 一共有几头, 共有多少). */
export function asksSum(question: AnalysedQuestion): boolean {
  return SUM_ASKED.some((w) => question.text.includes(w)) || question.before.includes('共') || question.after.includes('共');
}

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
  if (!chosen || question.type !== 'number' || !asksSum(question)) return chosen;
  const sum = (s: ScoredSpan) => {
    const { candidate, scored } = s.proposal;
    if (!candidate.kinds.includes('number')) return false;
    const text = scored.sentence.text;
    const [from] = clauseAround(text, candidate.start, candidate.end);
    return SUM_BEFORE.test(text.slice(Math.max(0, candidate.start - 4), candidate.start)) || SUM_IN_CLAUSE.test(text.slice(from, candidate.start));
  };
  if (sum(chosen)) return chosen;
  // In the very units asked (300名 for 多少人, not 9000万元): a sum of something else is no answer.
  // …nor, when no unit is asked, a length of time (累计9天 for 一共派出多少执法人员): a count is asked, not a duration.
  const form = (s: ScoredSpan) => (question.units.length === 0 ? !s.proposal.candidate.kinds.includes('duration') : figureInUnits(question.units).test(s.proposal.candidate.text.replace(/\s+/gu, '')));
  return likelyRival(spans, chosen, SUM_SHARE, (s) => sum(s) && form(s));
}

/**
 * "全省投了多少台收割机？" of "全省共投入收割机18.7万台，其中跨区作业收割机3.2万台": a figure after 其中
 * counts a part of what its sentence counted before it, so the question is asking that whole
 * unless it names the part: a word of the question (a figure too: 3 of 3月份) written after 其中
 * and not in the whole's clause (跨区作业; 3月 beside 今年1—3月，…累计交付). The whole is the figure
 * before 其中 in the same sentence, in the chosen figure's unit.
 */
export function notThePart(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const unit = chosenFigureUnit(chosen, question);
  if (!chosen || unit === undefined) return chosen;
  const { candidate, scored } = chosen.proposal;
  const text = scored.sentence.text;
  const [from] = clauseAround(text, candidate.start, candidate.end);
  // 其中 opens the parts for the clauses after it, up to the sentence's next stop (其中A…，B合计…).
  const among = text.lastIndexOf(AMONG_THEM, candidate.start);
  if (among < 0 || (among < from && /[；;]/u.test(text.slice(among, from)))) return chosen;
  // Of the figures before it, the whole is the one whose clause holds most of the question's words
  // (报名人数为54.6万人, not 比去年增加1.3万人 beside it); the likeliest of those.
  const wholes = spans.filter((s) => figureBeside(s, chosen, unit) && s.proposal.candidate.end <= among);
  const telling = tellingTerms(question);
  const held = (s: ScoredSpan) => {
    const [a, b] = clauseAround(text, s.proposal.candidate.start, s.proposal.candidate.end);
    return telling.filter((t) => writes(text.slice(a, b), t)).length;
  };
  const counts = wholes.map(held);
  const whole = wholes[counts.indexOf(Math.max(...counts))];
  if (whole === undefined) return chosen;
  const part = text.slice(among + AMONG_THEM.length, candidate.start);
  const [wholeFrom, wholeTo] = clauseAround(text, whole.proposal.candidate.start, whole.proposal.candidate.end);
  const wholeClause = text.slice(wholeFrom, wholeTo);
  const namesPart = tellingTerms(question).some((t) => (writes(part, t) && !writes(wholeClause, t)) || (writesLoosely(part, t) && !writesLoosely(wholeClause, t)));
  return namesPart ? chosen : whole;
}

/**
 * "有多少间房屋倒塌？" of "1,136间房屋不同程度受损，其中23间倒塌": notThePart's mirror. The ranker chose
 * the whole, but the question names one part: a word of the question that the segment of a figure after
 * 其中 writes and the sentence before 其中 does not (倒塌), or, for a word the article writes otherwise
 * (倒掉, 塌了), one of its characters that only what that figure is said to do writes. That part
 * answers, when exactly one does.
 */
export function thePartNamed(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const unit = chosenFigureUnit(chosen, question);
  if (!chosen || unit === undefined) return chosen;
  const { candidate, scored } = chosen.proposal;
  const text = scored.sentence.text;
  const among = text.indexOf(AMONG_THEM, candidate.end);
  // The parts of this whole: after its 其中, before the sentence's next stop.
  if (among < 0 || /[；;]/u.test(text.slice(candidate.end, among))) return chosen;
  // What the sentence says before its 其中 is said of the whole (今年1—3月，…累计交付28,514辆): a word
  // of the question written there names no part (3 of 其中3月交付11,207辆).
  const whole = text.slice(0, among);
  const terms = tellingTerms(question).filter((t) => !writes(whole, t) && !writesLoosely(whole, t));
  const characters = [...new Set(terms.flatMap((t) => [...t]))].filter((c) => /\p{Script=Han}/u.test(c) && !PART_FILLERS.test(c) && !whole.includes(c));
  if (characters.length === 0) return chosen;
  const named = spans.filter((s) => {
    const { start, end } = s.proposal.candidate;
    if (!figureBeside(s, chosen, unit) || start < among || /[；;]/u.test(text.slice(among, start))) return false;
    const [, to] = clauseAround(text, start, end, Infinity, SEGMENT_ENDS);
    const part = text.slice(among + AMONG_THEM.length, to);
    // A character alone only in what the part's own figure is said to do, right after it (23间倒塌).
    return terms.some((t) => writes(part, t) || writesLoosely(part, t)) || characters.some((c) => text.slice(end, to).includes(c));
  });
  const starts = new Set(named.map((s) => s.proposal.candidate.start));
  return starts.size === 1 ? named[0]! : chosen;
}

/** Characters of a question's word that name nothing alone: particles, measures, the copula (了, 个, 是). */
const PART_FILLERS = /[了的个是有在都也就还和与及被把将已咗嘅啲]/u;

/** The last character of a figure question's chosen figure, its unit (台 of 3.2万台); undefined for any other. */
function chosenFigureUnit(chosen: ScoredSpan | undefined, question: AnalysedQuestion): string | undefined {
  if (!chosen || question.type !== 'number' || !chosen.proposal.candidate.kinds.includes('number')) return undefined;
  return /\p{Script=Han}+$/u.exec(chosen.proposal.candidate.text)?.[0].slice(-1);
}

/** Whether a span is another figure of the chosen one's sentence, in its unit. */
function figureBeside(s: ScoredSpan, chosen: ScoredSpan, unit: string): boolean {
  const other = s.proposal.candidate;
  return s.proposal.scored === chosen.proposal.scored && other !== chosen.proposal.candidate && other.kinds.includes('number') && other.text.endsWith(unit);
}

/** The question's words that tell one figure from another: of two characters or more, or a figure (3 of 3月份). */
function tellingTerms(question: AnalysedQuestion): string[] {
  // Not a word for "in all" (一共, written as the article's 合计): it tells the whole, not a part.
  return question.terms.filter((t) => (t.length >= 2 || /^\d+$/u.test(t)) && !IN_ALL.has(t));
}

/** Whether a text writes a word; a figure as a number of its own (3 of 3月, not of 41,376). */
function writes(text: string, word: string): boolean {
  return /^\d+$/u.test(word) ? new RegExp(`(?<![\\d,.])${word}(?![\\d,.])`, 'u').test(text) : text.includes(word);
}

/**
 * Whether a text writes a word of three characters or more with at most one character more between
 * two of its own (女队员 in 女性队员, 外地游客 in 外地的游客): a part is often named so.
 */
function writesLoosely(text: string, word: string): boolean {
  if (!/^\p{Script=Han}{3,}$/u.test(word)) return false;
  return new RegExp([...word].join('\\p{Script=Han}?'), 'u').test(text);
}

/** The word that opens a part of what was just counted (…18.7万台，其中…3.2万台). */
export const AMONG_THEM = '其中';

/**
 * "国内线取消了多少班？" of "国内线取消航班126班、国际线取消88班": figures side by side in one
 * sentence, each in its own segment (its clause, cut at 、 too) with what it is of. The figure whose
 * segment holds a word of the question that the chosen figure's segment lacks, while lacking none the
 * chosen one's holds (and it holds some), is the one asked, in the same unit.
 */
export function ofTheSegmentAsked(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const unit = chosenFigureUnit(chosen, question);
  if (!chosen || unit === undefined) return chosen;
  const text = chosen.proposal.scored.sentence.text;
  const terms = tellingTerms(question);
  const held = (c: Candidate) => {
    const [from, to] = clauseAround(text, c.start, c.end, Infinity, SEGMENT_ENDS);
    const segment = text.slice(from, to);
    return new Set(terms.filter((t) => writes(segment, t)));
  };
  const own = held(chosen.proposal.candidate);
  // A segment holding none of the question's words says nothing of what its figure is of, asked or
  // not (抓获涉案人员36名 beside 警方组织200余名民警, for how many people the police caught).
  if (own.size === 0) return chosen;
  const rival = spans.slice(0, CONSENSUS_SEGMENTS).find((s) => {
    if (!figureBeside(s, chosen, unit) || s.probability < SEGMENT_SHARE * chosen.probability) return false;
    const theirs = held(s.proposal.candidate);
    return [...theirs].some((t) => !own.has(t)) && [...own].every((t) => theirs.has(t));
  });
  return rival ?? chosen;
}

/** How many of the likeliest spans a figure of another segment is looked for among. */
const CONSENSUS_SEGMENTS = 20;

/** A figure of the segment asked can take the place of one this much likelier. */
const SEGMENT_SHARE = 0.02;

/** What parts figures side by side: a clause's ends, and 、. */
const SEGMENT_ENDS = new RegExp(`[${[...CLAUSE_ENDS, '、'].join('')}]`, 'u');
