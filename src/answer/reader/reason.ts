import { coveredCharacters } from '../../language/covered.js';
import { SPEECH_VERB_PATTERN } from '../../language/speech-verbs.js';
import type { AnalysedQuestion } from './analyse.js';
import type { Candidate } from './candidates.js';
import type { PreparedArticle, PreparedSentence } from './prepare.js';

/**
 * "为什么X？" read against "……。因此X。": the sentence that restates the question is the
 * consequence, and its connective points back to the reason, in the words before it. A span opening
 * with 因此, 所以, 于是 is what follows from a reason, never the reason itself — unless the sentence
 * names its consequence later (所以A，因而X: A is the reason, the span without its connective).
 * Texts are in the one script of matching (foldArticle), so the simplified connectives serve both.
 */

/** Connectives that open a consequence of what was said before them. */
const CONNECTIVES = ['因此', '所以', '于是', '因而', '故而', '故此', '从而', '由此', '是以'];
/** A span opening with one (or with 为此, "for that reason"). */
const CONSEQUENCE = new RegExp(`^(?:${[...CONNECTIVES, '为此'].join('|')})[，,\\s]*`, 'u');
/** One further on in a sentence: the consequence it names after the span. */
const CONSEQUENCE_LATER = new RegExp(CONNECTIVES.join('|'), 'u');

/** A consequence connective right after a span (…评价很高，因而销量…): the span gives its reason. */
export const CONSEQUENCE_AHEAD = new RegExp(`^[，,；;]?\\s*(?:${CONNECTIVES.join('|')})`, 'u');

/** Words that introduce a reason or a purpose (因为, 为了, 目的是). */
const REASON_WORDS = ['因为', '由于', '为了', '目的是', '目的在于', '旨在', '以便', '为的是', '原因是', '之所以', '鉴于', '出于', '意在', '以期', '用以'];
/** One anywhere in a sentence. */
export const REASON_MARKER = new RegExp(REASON_WORDS.join('|'), 'u');
/** One right before a span, a comma or 是 between them allowed (目的是|缩短…, 因为|…). */
export const REASON_BEFORE = new RegExp(`(?:${REASON_WORDS.join('|')})[是，,：:\\s]?$`, 'u');
/** A span opening with one. */
export const REASON_OPENS = new RegExp(`^(?:${REASON_WORDS.join('|')})`, 'u');

/** Where the reason stands: the span without its connective (in its own sentence), or an earlier sentence. */
export interface Reason {
  sentence: PreparedSentence;
  candidate: Candidate;
}

/** The reason a "why" question's chosen span points back to, or undefined when the span is no consequence. */
export function reasonBefore(prepared: PreparedArticle, question: AnalysedQuestion, sentence: PreparedSentence, chosen: Candidate): Reason | undefined {
  if (question.type !== 'reason') return undefined;
  // A span running on over the consequence (A，因而X) is cut before it: A is the reason for X.
  const cut = beforeLastConsequence(sentence, chosen);
  const candidate = cut ?? chosen;
  const opened = CONSEQUENCE.exec(candidate.text);
  if (!opened) return cut && { sentence, candidate: cut };
  const rest = sentence.text.slice(candidate.end);
  if (CONSEQUENCE_LATER.test(rest)) {
    const start = candidate.start + opened[0].length;
    const first = sentence.tokens.findIndex((t) => t.start >= start);
    if (first < 0 || first > candidate.last) return undefined;
    const from = sentence.tokens[first]!.start;
    return { sentence, candidate: { ...candidate, first, start: from, text: sentence.text.slice(from, candidate.end) } };
  }
  // The consequence opens its sentence: the reason is the sentence before it, in the same paragraph.
  if (sentence.text.slice(0, candidate.start).replace(/[\p{P}\s]/gu, '') !== '') return undefined;
  const before = prepared.sentences[sentence.order - 1];
  if (!before || before.paragraph !== sentence.paragraph) return undefined;
  return { sentence: before, candidate: wholeSentence(before) };
}

/**
 * "为什么水下基础施工最难？" read against "这座桥最难的是水下基础施工。" and the engineer's account
 * after it: a span that only restates what the question asks about is the fact the question takes
 * as given, and its reason follows in the next sentence of its paragraph. Not a span that gives a
 * reason itself (因为…).
 */
export function reasonAfter(prepared: PreparedArticle, question: AnalysedQuestion, sentence: PreparedSentence, chosen: Candidate): Reason | undefined {
  if (question.type !== 'reason' || question.english || BECOMES_WHAT.test(question.text) || REASON_MARKER.test(chosen.text) || !restates(chosen.text, question)) return undefined;
  // Only a span its sentence ends with: words after it in the sentence (拒绝投降，被…杀死) often give the cause before it.
  if (sentence.tokens.some((t) => t.start >= chosen.end && !/^[\p{P}\s]+$/u.test(t.word))) return undefined;
  // The next sentence, when it explains: someone's account of it (某某介绍，…) or a reason given
  // (由于…). An encyclopedia tells the cause before the effect as often; that is left to the ranker.
  const after = prepared.sentences[sentence.order + 1];
  if (!after || after.paragraph !== sentence.paragraph || !(EXPLAINS.test(after.text) || REASON_MARKER.test(after.text))) return undefined;
  return { sentence: after, candidate: wholeSentence(after) };
}

/** A sentence opening with someone's account (某某介绍，, 据某某解释，). */
const EXPLAINS = new RegExp(`^[^，。；]{0,24}?(?:${SPEECH_VERB_PATTERN})[，,：:]`, 'u');

/** 改组为什么 asks what it became (改组为 + 什么), not why: a verb glued to 为 before 什么. */
const BECOMES_WHAT = /(?:改组|改制|改称|改名|更名|命名|称|成|作|视|译|认|列|定|选|改)为什么/u;

/** Share of a span's Han characters in a run of two or more the question writes too: above it, the span restates the question. */
const RESTATED = 0.5;

function restates(text: string, question: AnalysedQuestion): boolean {
  const han = [...text].map((c) => /\p{Script=Han}/u.test(c));
  const total = han.filter(Boolean).length;
  if (total < 4) return false;
  const covered = coveredCharacters(text, text, (bigram) => question.text.includes(bigram)) ?? [];
  return covered.filter((c, i) => c && han[i]).length / total >= RESTATED;
}

/** A consequence connective inside a span, after a comma or a semicolon (…好评，因而首月销量…). */
const CONSEQUENCE_INSIDE = new RegExp(`[，,；;]\\s*(?:${CONNECTIVES.join('|')})`, 'gu');

/** The span up to the last consequence it runs on into, or undefined when it runs into none. */
function beforeLastConsequence(sentence: PreparedSentence, candidate: Candidate): Candidate | undefined {
  const found = [...candidate.text.matchAll(CONSEQUENCE_INSIDE)].pop();
  if (!found || found.index === 0) return undefined;
  const end = candidate.start + found.index!;
  let last = candidate.last;
  while (last > candidate.first && sentence.tokens[last]!.end > end) last--;
  if (sentence.tokens[last]!.end > end) return undefined;
  return { ...candidate, last, end, text: sentence.text.slice(candidate.start, end) };
}

/** A sentence as one span: from its own first word (after a report's credit) to its last, without the closing mark. */
function wholeSentence(sentence: PreparedSentence): Candidate {
  const words = sentence.tokens;
  const isMark = (word: string) => /^[\p{P}\s]+$/u.test(word);
  let first = words.findIndex((t) => t.start >= sentence.credit && !isMark(t.word));
  let last = words.length - 1;
  while (last > first && isMark(words[last]!.word)) last--;
  if (first < 0) first = 0;
  const start = words[first]?.start ?? 0;
  const end = words[last]?.end ?? sentence.text.length;
  return { first, last, start, end, text: sentence.text.slice(start, end), kinds: ['clause'] };
}
