import { tagWords } from '../../language/segmenter.js';
import type { AnalysedQuestion } from './analyse.js';
import { endingAt, fromWord, wholeEnumeration, type Candidate } from './candidates.js';
import type { PreparedSentence } from './prepare.js';

// A member of the class a question asks of (哪个港口, 用什么仪器, 哪些行业), as the article names it:
// where its name starts and ends when jieba's words and the ranker's span do not say.

/**
 * The class a question asks a member of, unless its head is a verb: the word after the asking
 * word may be what is done (以什么带动和促进…), and the answer does not end with it.
 */
export function nounClassAsked(question: AnalysedQuestion): readonly string[] {
  const head = question.askedClass[question.askedClass.length - 1];
  if (head === undefined) return [];
  const tag = tagWords(head)[0]?.tag ?? '';
  // After 以什么 or 用什么 a verb is what is done with it; after 什么 or 哪个 jieba tags many class
  // nouns verbs (什么工作, 哪个组织).
  const verb = tag.startsWith('v') && INSTRUMENT_CUE.test(question.cue?.word ?? '');
  return verb ? [] : question.askedClass;
}

/**
 * A member of the class asked, as the chosen span ends with the class noun (某某港 of 哪个港口的物流
 * 园区): what the article writes after it is what the member has, not more of its name.
 * Undefined when the span is no such member.
 */
export function memberAsked(sentence: PreparedSentence, candidate: Candidate, question: AnalysedQuestion): Candidate | undefined {
  const kind = nounClassAsked(question);
  const noun = kind.join('');
  // Only a common noun: a name after the asking word (哪一个某国…政党) is no class, but a modifier.
  const common = !/^(?:nr|ns|nz|nt)/u.test(tagWords(kind[kind.length - 1] ?? '')[0]?.tag ?? '');
  // Nor when the article goes on with the word the question writes right after the class, which
  // jieba left out of it (哪一种某球 | 比赛, 比赛 tagged a verb): the class is longer than the
  // analysis says. (After 的, the question goes on with something else: 哪个港口的物流园区.)
  const goesOn = question.after[kind.length];
  const cutShort = goesOn !== undefined && question.text.includes(noun + goesOn) && sentence.text.startsWith(goesOn, candidate.end);
  if (!common || cutShort || noun.length < 2 || candidate.text.length <= noun.length || !candidate.text.endsWith(noun)) return undefined;
  return withNameBefore(sentence, candidate, question);
}

/** Tags of the words that open a name before its class noun: places and distinguishing words (某地 of 某地国际港). */
const NAME_OPENING = /^(?:b|ns)$/u;

/** A dot between two places that name one thing together (甲市・乙市合作论坛). */
const PLACES_DOT = /^[・·]$/u;

/**
 * A member of a class with the name words jieba left before it (某地 + 国际港, 甲市・ + 乙市…论坛),
 * but not a place the question writes itself (在某国的哪一所大学 asks which of that country's).
 */
function withNameBefore(sentence: PreparedSentence, candidate: Candidate, question: AnalysedQuestion): Candidate {
  const { tokens } = sentence;
  const named = (i: number) => NAME_OPENING.test(tokens[i]!.tag) && !question.text.includes(tokens[i]!.word);
  let first = candidate.first;
  while (first > 0 && candidate.first - first < 3) {
    if (named(first - 1)) first--;
    else if (first > 1 && PLACES_DOT.test(tokens[first - 1]!.word) && tokens[first - 2]!.tag === 'ns' && named(first - 2)) first -= 2;
    else break;
  }
  return first === candidate.first ? candidate : fromWord(sentence, candidate, first);
}

/** Asking words of a thing used: a preposition and 什么. */
const INSTRUMENT_CUE = /^(?:用|以|靠|通过)什么$/u;

/**
 * "用什么仪器测量的？": a span ending with the class asked names one member of it, and that member
 * starts after the last preposition the span holds (某所 | 用 | 某型光谱仪器): what stands before
 * it is where or how, not which.
 */
export function ofClassAlone(sentence: PreparedSentence, candidate: Candidate, question: AnalysedQuestion): Candidate {
  const head = question.askedClass[question.askedClass.length - 1];
  // Only a thing used asks so (用什么, 靠什么): after 哪个 jieba may glue the verb to the class (哪个人为X).
  if (question.type !== 'thing' || !INSTRUMENT_CUE.test(question.cue?.word ?? '') || !head || !candidate.text.endsWith(head)) return candidate;
  let first = -1;
  for (let i = candidate.last - 1; i > candidate.first; i--) {
    if (sentence.tokens[i]!.tag === 'p') {
      first = i + 1;
      break;
    }
  }
  return first < 0 || first > candidate.last ? candidate : fromWord(sentence, candidate, first);
}

/**
 * "以什么罪追究？" of 以某某罪追究: the thing used starts after the preposition the question asks with,
 * and ends with the class asked when the article writes it right after (某某 + 罪), one character though it be.
 */
export function thingUsed(sentence: PreparedSentence, candidate: Candidate, question: AnalysedQuestion): Candidate {
  const cue = question.cue?.word ?? '';
  if (!INSTRUMENT_CUE.test(cue)) return candidate;
  const preposition = cue.slice(0, -2);
  const { tokens } = sentence;
  const opening = tokens[candidate.first];
  const opensWithIt = opening?.word === preposition && opening.start === candidate.start && candidate.last > candidate.first;
  const used = opensWithIt ? fromWord(sentence, candidate, candidate.first + 1) : candidate;
  // The class right after the asking word, whatever jieba tags it (罪 is a bound morpheme to it).
  const kind = nounClassAsked(question);
  const head = kind.length > 0 ? kind[kind.length - 1] : question.after[0];
  const written = head !== undefined && question.text.startsWith(head, question.cue!.end) && !/^v/u.test(tagWords(head)[0]?.tag ?? '');
  const next = tokens[used.last + 1];
  return head && written && !used.text.endsWith(head) && next?.word === head ? endingAt(sentence, used, next.end)! : used;
}

/**
 * "推进哪些重点行业改造？" of "推进甲、乙等重点行业改造": the set asked is the list the
 * article closes with 等 right before the question's words after its asking word, not the clause
 * around it. Undefined when the span holds no list ending there.
 */
export function listBeforeClass(sentence: PreparedSentence, candidate: Candidate, question: AnalysedQuestion): Candidate | undefined {
  const word = question.english ? undefined : question.after[0];
  if (!word) return undefined;
  // Closed by 等 right before the question's word: a list's items may end with the word themselves (甲学校、乙学校).
  const at = sentence.text.indexOf(`等${word}`, candidate.start) + 1;
  if (at <= candidate.start + 1 || at >= candidate.end) return undefined;
  const end = at - 1;
  const last = sentence.tokens.findIndex((t) => t.end === end);
  const item = sentence.tokens[last];
  if (!item || !/^(?:n|b|j)/u.test(item.tag)) return undefined;
  const list = wholeEnumeration(sentence, fromWord(sentence, { ...candidate, last, end }, last));
  // The first item is a name, not the verb before it (推进 | 甲、乙).
  let first = list.first;
  while (first < last && /^(?:v|vn|p|d|c)$/u.test(sentence.tokens[first]!.tag)) first++;
  if (first === last) return undefined;
  return endingAt(sentence, fromWord(sentence, list, first), end);
}
