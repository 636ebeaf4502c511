import { nounPhraseStart } from '../../language/noun-phrase.js';
import { asksDescription } from './attribute.js';
import type { AnalysedQuestion } from './analyse.js';
import { CLAUSE_ENDS, type SpanKind } from './candidates.js';
import { choose } from './choose.js';
import { classifiedTerm, definedTerm, definitionStart } from './definition.js';
import { askedNameWords, namedThing, nameAfter } from './other-name.js';
import type { PreparedSentence } from './prepare.js';
import type { ScoredSpan } from './read.js';
import type { ScoredSentence } from './retrieve.js';
import { subjectOpening } from './subject.js';

/**
 * Answers the question's own wording points at, past the ranker's choice: what X is (definition.ts),
 * what X's part is like or holds (attribute.ts), what X is also called (other-name.ts). Each takes
 * the chosen span and gives it back, or the span the wording names in its place.
 */

/**
 * "什么是X？": the sentence that says what X is — X the subject of a copula (definition.ts) — holds
 * the answer, however many of the question's words another repeats (X作为…, X的衍生物是…). When
 * that sentence was read, the answer is what it says X is: from the copula's end over its clauses
 * (or, when no span runs so, the chosen span, or the likeliest of its spans the question does not write).
 * A question asking what kind of thing X is (X是一支什么样的部队) is read in the same sentence (`classified`).
 */
export function defined(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const term = definedTerm(question);
  if (!term) return subjectOfAsked(spans, question) ?? classified(chosen, spans, question);
  if (!chosen) return chosen;
  const startIn = definitionStarts(term);
  // The chosen sentence, when it says what X is; else any that does, among all spans read as the
  // ranker weighs them (the chooser may trust another sentence too much to have kept its spans).
  const own = startIn(chosen.proposal.scored.sentence) >= 0;
  const there = spans.filter((s) => (own ? s.proposal.scored === chosen.proposal.scored : startIn(s.proposal.scored.sentence) >= 0));
  if (!own && there.length === 0 && LATIN_TERM.test(term)) return namedBefore(spans, term) ?? chosen;
  return whatFollows(there, startIn) ?? (own ? chosen : choose(there.filter((s) => !question.text.includes(s.proposal.candidate.text.trim())))) ?? chosen;
}

/** "Y是什么？" where Y is a phrase of its own (某公司利润的主要来源): Y, at least this long. */
const ASKED_COMPLEMENT = /^(.{4,}?)(?:是什么|是啥)[？?！!。\s]*$/u;
/** Adverbs between a subject and its copula (仍是, 也是): not the subject's. */
const BEFORE_COPULA = /(?:仍然|依然|依旧|一直|始终|仍|也|就|都|才|正|即|还)$/u;
/** Words a clause may open with before its subject: times, conjunctions, adverbs (目前, 而, 但). */
const OPENING_TAG = /^(?:t|c|d)$/u;

/**
 * "某公司利润的主要来源是什么？" asks what the article says *is* that (海外业务仍是某公司利润的主要
 * 来源): the subject of the copula before the question's whole phrase, in its clause, without the
 * time or conjunction it opens with. The phrase must be written whole after 是 or 为.
 */
function subjectOfAsked(spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  if (question.english) return undefined;
  const phrase = ASKED_COMPLEMENT.exec(question.text)?.[1]?.replace(MARKS_AROUND, '');
  if (!phrase || !phrase.includes('的')) return undefined;
  for (const span of spans) {
    const { sentence } = span.proposal.scored;
    const { text, tokens } = sentence;
    const at = ['是', '为'].map((copula) => text.indexOf(copula + phrase)).find((i) => i > 0);
    if (at === undefined) continue;
    const clauseStart = Math.max(...CLAUSE_ENDS.map((mark) => text.lastIndexOf(mark, at - 1))) + 1;
    const end = clauseStart + text.slice(clauseStart, at).replace(BEFORE_COPULA, '').length;
    let first = tokens.findIndex((t) => t.start >= clauseStart);
    while (first >= 0 && tokens[first]!.end < end && OPENING_TAG.test(tokens[first]!.tag)) first++;
    const last = tokens.findIndex((t) => t.end === end);
    if (first < 0 || last < first) continue;
    const start = tokens[first]!.start;
    const candidate = { first, last, start, end, text: text.slice(start, end), kinds: ['noun'] as SpanKind[] };
    return { ...span, proposal: { ...span.proposal, candidate } };
  }
  return undefined;
}

/** Marks a question may set around its phrase. */
const MARKS_AROUND = /^[\p{P}\s]+|[\p{P}\s]+$/gu;

/** A term in Latin letters (an acronym, a model name): news introduces one after the phrase that says what it is. */
const LATIN_TERM = /^[a-z0-9][a-z0-9 .-]*$/iu;

/** Tags of the words a noun phrase is made of: nouns, distinctions, adjectives, verbal nouns, Latin words. */
const PHRASE_TAG = /^(?:n(?!r)|b|a|vn|eng|j)/u;

/**
 * No sentence says "X是…", but one writes what X is right before it, as news introduces a term
 * in Latin letters (推出了新一代智能导航系统XYZ): that noun phrase, read back from X
 * (`nounPhraseStart`), is what X is. The sentence is the
 * likeliest read that writes X so.
 */
function namedBefore(spans: readonly ScoredSpan[], term: string): ScoredSpan | undefined {
  const seen = new Set<PreparedSentence>();
  for (const span of spans) {
    const { sentence } = span.proposal.scored;
    if (seen.has(sentence)) continue;
    seen.add(sentence);
    const at = sentence.text.indexOf(term);
    const next = sentence.tokens.findIndex((t) => t.start === at);
    if (at <= 0 || next <= 0) continue;
    const { tokens } = sentence;
    const first = nounPhraseStart(tokens, next, ({ tag }) => PHRASE_TAG.test(tag));
    if (first === next || !/^n/.test(tokens[next - 1]!.tag)) continue;
    const start = tokens[first]!.start;
    const candidate = { first, last: next - 1, start, end: at, text: sentence.text.slice(start, at), kinds: ['noun'] as SpanKind[] };
    return { ...span, proposal: { ...span.proposal, candidate } };
  }
  return undefined;
}

/**
 * "X是一支什么样的部队？": the sentence with X as a copula's subject (definition.ts) holds the answer,
 * however many of the question's words another repeats; in it, the ranker's choice, since the class
 * asked may be a part of what the sentence says X is.
 */
function classified(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const term = classifiedTerm(question);
  if (!chosen || !term) return chosen;
  const startIn = definitionStarts(term);
  if (startIn(chosen.proposal.scored.sentence) >= 0) return chosen;
  const there = spans.filter((s) => startIn(s.proposal.scored.sentence) >= 0);
  return choose(there.filter((s) => !question.text.includes(s.proposal.candidate.text.trim()))) ?? chosen;
}

/** Where each sentence says what `term` is (definitionStart), looked up once per sentence: a question's spans share a few sentences. */
function definitionStarts(term: string): (sentence: PreparedSentence) => number {
  const starts = new Map<PreparedSentence, number>();
  return (sentence) => starts.get(sentence) ?? starts.set(sentence, definitionStart(sentence, term)).get(sentence)!;
}

/**
 * "X的花有什么特点？": the sentence that opens with the attribute asked (the first, where several
 * do), leaving the article's subject out (花为…, 牠们的天敌有…; attribute.ts), holds the answer, however
 * many of the question's words another sentence repeats (the subject's name): what it says of the
 * attribute, in whole clauses.
 * The sentence is found once, by `gather` (read.ts), which also reads it wherever retrieval ranks it.
 */
export function ofTheAttribute(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion, attribute: { sentence: PreparedSentence; said: number } | undefined): ScoredSpan | undefined {
  if (!chosen || !attribute) return chosen;
  const { sentence, said: from } = attribute;
  const there = spans.filter((s) => s.proposal.scored.sentence === sentence);
  const own = chosen.proposal.scored.sentence === sentence;
  // A value asked (首府在哪里): the ranker's choice in that sentence.
  const said = asksDescription(question) ? whatFollows(there, () => from) : undefined;
  return said ?? (own ? chosen : choose(there.filter((s) => !question.text.includes(s.proposal.candidate.text.trim())))) ?? chosen;
}

/**
 * What a sentence says of its subject, in whole clauses: of the spans over the point where it starts
 * saying it (after a copula) that end where a clause does, the likeliest, cut to start there
 * (是指 + 在一块农田，或者一片林地之内，每年预计的收成数量, not the noun 一块农田 inside it).
 */
function whatFollows(spans: readonly ScoredSpan[], startIn: (sentence: PreparedSentence) => number): ScoredSpan | undefined {
  let said: ScoredSpan | undefined;
  for (const s of spans) {
    const { candidate, scored } = s.proposal;
    const from = startIn(scored.sentence);
    const next = scored.sentence.text[candidate.end];
    if (from < 0 || candidate.start > from || candidate.end <= from + 1 || (next !== undefined && !CLAUSE_ENDS.includes(next))) continue;
    if (!said || s.probability > said.probability) said = s;
  }
  if (!said) return undefined;
  const { scored, candidate } = said.proposal;
  const from = startIn(scored.sentence);
  // The word holding that point, which jieba may have glued to the copula (有鹰 of 天敌有鹰及蛇): cut inside it.
  const first = scored.sentence.tokens.findIndex((t) => t.end > from);
  if (first < 0 || first > candidate.last) return undefined;
  return { ...said, proposal: { scored, candidate: { ...candidate, first, start: from, text: scored.sentence.text.slice(from, candidate.end) } } };
}

/**
 * "X又叫什么？", "X的简称是什么？": the name the article gives right after a word introducing one
 * (other-name.ts), in the chosen sentence or else in the best-matching sentence `read` that gives one
 * and names what the question asks about (or opens the article, which names its subject there).
 */
export function anotherName(chosen: ScoredSpan | undefined, question: AnalysedQuestion, ranked: readonly ScoredSentence[], read: readonly ScoredSentence[]): ScoredSpan | undefined {
  const words = chosen && askedNameWords(question);
  if (!chosen || !words) return chosen;
  const near = question.terms.filter((t) => t.length >= 2 && !words.includes(t));
  // First a sentence writing the thing as the question does, then the chosen one, then one naming
  // the question's words, opening the article, or saying its subject as a pronoun (本站原名…).
  const thing = namedThing(question, words);
  const writing = thing.length >= 2 ? ranked.filter((s) => s.sentence.text.includes(thing)) : [];
  const names = (s: ScoredSentence) =>
    s === chosen.proposal.scored || s.sentence.order === 0 || subjectOpening(s.sentence) === 'pronoun' || near.some((t) => s.sentence.text.includes(t));
  for (const scored of [...writing, chosen.proposal.scored, ...read]) {
    const found = names(scored) || writing.includes(scored) ? nameAfter(scored.sentence, words, writing.includes(scored) ? [thing] : near) : undefined;
    if (!found) continue;
    const tokens = scored.sentence.tokens;
    const first = tokens.findIndex((t) => t.end > found.start);
    const last = tokens.findLastIndex((t) => t.start < found.end);
    if (first < 0 || last < first) continue;
    const text = scored.sentence.text.slice(found.start, found.end);
    const kinds: SpanKind[] = text.includes('、') || /[和与及或]/u.test(text) ? ['noun', 'list'] : ['noun'];
    return { ...chosen, proposal: { scored, candidate: { first, last, start: found.start, end: found.end, text, kinds } } };
  }
  return chosen;
}
