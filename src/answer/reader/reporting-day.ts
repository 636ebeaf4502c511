import type { AnalysedQuestion } from './analyse.js';
import { clauseAround, POINTING_TIME } from './candidates.js';
import type { ScoredSpan } from './read.js';

// The day a reporter learnt of a story (记者22日从某医院获悉) is when the report was made, not when
// what it reports happened: news writes the event's own day elsewhere (手术于3月8日开始).

/** What a reporter does on the day a clause gives: learns, is told, confirms. */
const LEARNT = /获悉|了解到|得知|证实|获知/u;

/** A question about the report itself (when was it reported), which the reporting day answers. */
const ASKS_REPORTING = /报道|获悉|消息|记者|发布|公布|通报|\breport(?:ed|ing)?\b|\bannounced?\b/iu;

/** Whether a span is the day the reporter learnt of the story: its clause says 记者 … 获悉. */
export function reportingDay(span: ScoredSpan): boolean {
  const { candidate, scored } = span.proposal;
  const text = scored.sentence.text;
  const [from, to] = clauseAround(text, candidate.start, candidate.end);
  return text.slice(from, candidate.start).includes('记者') && LEARNT.test(text.slice(candidate.end, to));
}

/**
 * "手术是哪天做的？" of a report whose lead says 记者22日从医院获悉…成功实施手术: the day the reporter
 * learnt of it is not the day asked, unless the question asks about the report; the likeliest
 * other date read takes its place (手术于3月8日开始), however unlikely, when one is. Nor is a word
 * that only points at a day (日前) the day asked, where its paragraph writes one.
 */
export function theEventsDay(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || question.type !== 'date') return chosen;
  const dated = (s: ScoredSpan) => s.proposal.candidate.kinds.includes('date') && !reportingDay(s);
  if (reportingDay(chosen) && !ASKS_REPORTING.test(question.text)) return spans.find(dated) ?? chosen;
  if (!pointsOnly(chosen.proposal.candidate.text)) return chosen;
  const paragraph = chosen.proposal.scored.sentence.paragraph;
  return spans.find((s) => dated(s) && s.proposal.scored.sentence.paragraph === paragraph && DAY_OR_YEAR_WRITTEN.test(s.proposal.candidate.text)) ?? chosen;
}

/** A day, a year or a century written with its figure (4月2日, 2023年, 初八, 15世纪), or a dynasty (唐朝). */
const DAY_OR_YEAR_WRITTEN = /[\d〇零一二三四五六七八九十百千]+\s*(?:[年月日号]|世纪|年代)|初[一二三四五六七八九十]|\p{Script=Han}朝/u;

/** Whether a span's time is only a word pointing at one (日前为…), with no day or year written in it. */
function pointsOnly(text: string): boolean {
  return !DAY_OR_YEAR_WRITTEN.test(text) && POINTING_INSIDE.test(text);
}

/** A pointing time word anywhere in a text. */
const POINTING_INSIDE = new RegExp(POINTING_TIME.source.replace(/^\^|\$$/gu, ''), 'u');
