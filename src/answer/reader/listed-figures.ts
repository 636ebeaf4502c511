import type { AnalysedQuestion } from './analyse.js';
import { asksSum } from './ends-and-sums.js';
import type { ScoredSpan } from './read.js';
import { numberFromWords } from '../../language/numerals.js';

// Figures an article lists together in one measure (3头成年母象、7头亚成体象和4头幼象; 售价分别为9999元和
// 11999元): a question asking their whole or their extreme is answered by arithmetic on them.

/** A figure in digits or in words, and the measure word right after it (3头, 两头, 1,200名). */
const FIGURE_AND_MEASURE = /(\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*(\p{Script=Han})/gu;

/** A span that is one figure and its measure, with a word of about or all before it (约14头, 共36名). */
const A_FIGURE_ALONE = new RegExp(`^(?:约|共|近)?${FIGURE_AND_MEASURE.source}$`, 'u');

/** The first figure and its measure of a text, matched once (FIGURE_AND_MEASURE is global, for matchAll). */
const FIRST_FIGURE = new RegExp(FIGURE_AND_MEASURE.source, 'u');

/** Between two parts of one list: an item mark and no clause's end (3头成年母象、7头…和4头…). */
const BETWEEN_PARTS = /^[^，,。；;：:！？!?]*?[、和及与]/u;

function valueOf(figure: string): number | undefined {
  if (/^\d/u.test(figure)) return Number(figure.replace(/,/gu, ''));
  return numberFromWords(figure);
}

/**
 * "这群野象一共有多少头？" of "一个由14头亚洲象组成的象群…" and, sentences later, "这群象由3头成年母象、
 * 7头亚成体象和4头幼象组成": the chosen figure is one of parts listed together in one measure, and the
 * whole asked is the figure in that measure they add up to (14头), wherever the article writes it.
 * Arithmetic, not likelihood, says so: a figure equal to the parts' sum is taken however unlikely.
 */
export function theSumOfTheParts(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || question.type !== 'number' || !asksSum(question)) return chosen;
  const listed = listedWith(chosen);
  if (!listed) return chosen;
  const { measure, values } = listed;
  const total = values.reduce((sum, v) => sum + v, 0);
  const whole = (s: ScoredSpan) => {
    if (!s.proposal.candidate.kinds.includes('number')) return false;
    const m = A_FIGURE_ALONE.exec(s.proposal.candidate.text);
    return m !== null && m[2] === measure && valueOf(m[1]!) === total;
  };
  return spans.find(whole) ?? chosen;
}

/**
 * The figures listed together with the chosen one, in its measure and sentence, each joined to the
 * one before it as items of a list (、, 和, 及, 与, no clause's end between): their measure and values.
 * None when the chosen span is no figure with its measure, or stands alone.
 */
function listedWith(chosen: ScoredSpan): { measure: string; values: number[]; starts: number[] } | undefined {
  const { candidate, scored } = chosen.proposal;
  const own = FIRST_FIGURE.exec(candidate.text);
  if (!own || own.index !== 0) return undefined;
  const measure = own[2]!;
  const text = scored.sentence.text;
  const figures = [...text.matchAll(FIGURE_AND_MEASURE)].filter((m) => m[2] === measure);
  const at = figures.findIndex((m) => m.index === candidate.start);
  if (at < 0) return undefined;
  let first = at;
  let last = at;
  const joined = (a: RegExpMatchArray, b: RegExpMatchArray) => BETWEEN_PARTS.test(text.slice(a.index! + a[0].length, b.index!));
  while (first > 0 && joined(figures[first - 1]!, figures[first]!)) first--;
  while (last < figures.length - 1 && joined(figures[last]!, figures[last + 1]!)) last++;
  if (last === first) return undefined;
  const items = figures.slice(first, last + 1);
  const values = items.map((m) => valueOf(m[1]!));
  return values.every((v) => v !== undefined) ? { measure, values: values as number[], starts: items.map((m) => m.index!) } : undefined;
}

/** The least of a list asked (最便宜的版本, the cheapest), and the greatest (最贵, the most expensive). */
const LEAST_ASKED = /最(?:低|少|小|短|便宜|轻)|\b(?:cheapest|lowest|fewest|smallest|shortest|least expensive)\b/iu;
const GREATEST_ASKED = /最(?:高|多|大|长|贵|重)|\b(?:most expensive|priciest|highest|largest|biggest|longest|heaviest)\b/iu;

/**
 * "这款三折叠手机最便宜的版本卖多少钱？" of "售价分别为9999元和11999元": where the question asks the least
 * or the greatest of something and the chosen figure is one of figures listed together in its
 * measure, the least or the greatest of them answers (9999元), as its likeliest span gives it.
 */
export function theExtremeListed(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || (question.type !== 'number' && question.type !== 'duration')) return chosen;
  const least = LEAST_ASKED.test(question.text);
  const greatest = GREATEST_ASKED.test(question.text);
  if (least === greatest) return chosen;
  const listed = listedWith(chosen);
  if (!listed) return chosen;
  const extreme = least ? Math.min(...listed.values) : Math.max(...listed.values);
  // One figure only: a list whose extreme is written twice says nothing of which is asked.
  if (listed.values.filter((v) => v === extreme).length !== 1) return chosen;
  const start = listed.starts[listed.values.indexOf(extreme)]!;
  if (start === chosen.proposal.candidate.start) return chosen;
  return spans.find((s) => s.proposal.scored === chosen.proposal.scored && s.proposal.candidate.start === start && s.proposal.candidate.kinds.includes('number')) ?? chosen;
}
