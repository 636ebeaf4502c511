import type { AnalysedQuestion } from './analyse.js';
import { IN_ALL } from './asked-form.js';
import { clauseAround } from './candidates.js';
import { AMONG_THEM } from './ends-and-sums.js';
import { unitOf } from './figures.js';
import type { ScoredSpan } from './read.js';

// Parallel clauses of one sentence, each giving its own subject's figure and leaving out what the one
// before said (中低收入户部分负担比率维持5%，一般户则维持16%): the figure of the subject the question
// names is in the clause that names it.

/** What ends a clause here: a comma or a semicolon, and the sentence's own end. */
const CLAUSE_END = /[，,；;。！？!?]/u;

/** A later clause's figure can take the place of one this much likelier. */
const PARALLEL_SHARE = 0.1;

/**
 * "一般戶使用喘息服務要自己負擔多少比率？" of "中低收入戶部分負擔比率維持5%，一般戶則維持16%": the ranker
 * liked the first clause's figure, whose words (负担比率) the question shares, but the later clause
 * names the question's subject (一般), which the first does not, and leaves the shared words out. A
 * figure in the chosen one's unit in a later clause of its sentence that holds a word of the question
 * the chosen clause lacks answers; where no later clause names any, the chosen figure stands (中低收入户
 * asked, or 负担比率 alone).
 */
export function ofTheClauseNamed(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (!chosen || question.type !== 'number' || question.english || question.twoParts) return chosen;
  const { candidate, scored } = chosen.proposal;
  if (!candidate.kinds.includes('number')) return chosen;
  const unit = unitOf(candidate.text);
  if (!unit) return chosen;
  const text = scored.sentence.text;
  const clause = (start: number, end: number) => {
    const [from, to] = clauseAround(text, start, end, Infinity, CLAUSE_END);
    return { from, to, text: text.slice(from, to) };
  };
  const own = clause(candidate.start, candidate.end);
  // Words of the question's subject and what it asks of: not 合计 (总共's other wording), which names nothing.
  const words = question.terms.filter((t) => t.length >= 2 && question.text.includes(t) && !IN_ALL.has(t));
  const names = (c: { text: string }) => words.filter((w) => c.text.includes(w) && !own.text.includes(w));
  const later = spans.filter((s) => {
    const c = s.proposal.candidate;
    if (s.proposal.scored !== scored || !c.kinds.includes('number') || c.start < own.to || s.probability < PARALLEL_SHARE * chosen.probability) return false;
    // A clause after 其中 gives a part of the chosen figure's whole, no parallel of it (notThePart's to weigh).
    if (text.slice(own.to, c.start).includes(AMONG_THEM)) return false;
    return unitOf(c.text) === unit && names(clause(c.start, c.end)).length > 0;
  });
  return later[0] ?? chosen;
}
