import { foldText } from '../language/fold.js';
import { normalizeQuestion } from '../language/normalize.js';
import { latinShare } from '../language/script.js';
import { isEnglishStopword } from '../language/english.js';
import { MEASURE_CHARS } from './reader/figures.js';
import { analyseQuestion, THIRD_PERSON_ZH, type AnalysedQuestion } from './reader/analyse.js';
import { ASKING_WORDS } from './reader/answer-types.js';

/**
 * One message, several questions (被告叫什么名字？今年多大？, "Which player scored, and in what
 * minute?"): each is answered on its own, and the reply gives every answer. A question only
 * counts as a part when it asks on its own (an asking word of its own); a clause that asks nothing
 * (根据报道，…) stays with the question it belongs to.
 */

/** At most this many parts: a longer run of asking clauses is a list, read as one question. */
const MAX_PARTS = 3;
/** A message longer than this is read whole: a pasted paragraph, not a pair of questions. */
const MAX_SPLIT_CHARS = 160;

/** Where a Chinese message may hold two questions: after a question mark, and at a clause mark between two asking clauses. */
const CLAUSE_MARKS = new Set(['？', '?', '，', ',', '；', ';', '、']);
const OPENING_QUOTES = new Set(['「', '『', '“', '‘', '《']);
const CLOSING_QUOTES = new Set(['」', '』', '”', '’', '》']);

/** The message cut after each clause mark that stands outside quotation marks: a quoted sentence is one thing asked about. */
function outsideQuotes(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPENING_QUOTES.has(c)) depth++;
    else if (CLOSING_QUOTES.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_MARKS.has(c)) {
      pieces.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

/** A clause mark other than a question mark parts two questions only right after an asking word: 是什么时候、在哪里, 叫什么名字，今年多大. */
const CUE_CLOSES_WITHIN = 3;
/** An English clause that asks by itself: a wh-word (after "and", a preposition) or, after a question mark, an auxiliary. */
const EN_ASKING_START = /^(?:(?:and|or|but)\s+)?(?:(?:in|from|at|on|by|for|to|with|since|until|of)\s+)?(?:what|which|who|whom|whose|where|when|why|how)\b/iu;
const EN_POLAR_START = /^(?:and\s+)?(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b/iu;
/** ", and who…", " and in what minute": the joint of two English questions in one sentence. */
const EN_JOINT = /,?\s+(?=(?:and|but)\s+(?:(?:in|from|at|on|by|for|to|with|since|until|of)\s+)?(?:what|which|who|whom|whose|where|when|why|how)\b)/iu;

/**
 * A Chinese clause asks by itself only with an asking word of its own, or a yes-or-no one: one that
 * only closes on a verb (一般认为，…) or names a quantity (比例有3.8%，…) introduces the question after it.
 */
const INTERROGATIVE = new RegExp(`${ASKING_WORDS.source}|吗|是否`, 'u');

const english = (text: string) => latinShare(text) > 0.5;
/** A piece of the message as the engine reads a question: normalised, in one script. */
const asRead = (text: string) => foldText(normalizeQuestion(text));
const analysed = (text: string): AnalysedQuestion => analyseQuestion(asRead(text));

/** Whether a clause holds an asking word at all: what `asks` needs before it tags anything. */
function mayAsk(piece: string): boolean {
  const text = piece.trim();
  return english(text) ? EN_ASKING_START.test(text) || EN_POLAR_START.test(text) : INTERROGATIVE.test(asRead(text));
}

/**
 * Whether a clause that may ask (`mayAsk`) asks by itself: an English one opens on an asking word,
 * or on an auxiliary after a question mark; a Chinese one holds a word jieba's reading takes as its cue.
 */
function asks(piece: string, afterQuestionMark: boolean): boolean {
  const text = piece.trim();
  if (english(text)) return EN_ASKING_START.test(text) || (afterQuestionMark && EN_POLAR_START.test(text));
  return analysed(text).cue !== undefined;
}

/** Whether a clause ends on its asking word (叫什么名字，), give or take a particle or two. */
function cueCloses(clause: string): boolean {
  const a = analysed(clause.replace(/[，,；;、]$/u, ''));
  return a.cue !== undefined && a.text.replace(/[，,；;、\s]+$/u, '').length - a.cue.end <= CUE_CLOSES_WITHIN;
}

/**
 * "是什么时候、在哪里登陆的": two asking words sharing what follows them. Each part gets the words
 * before the first and after the second (什么时候登陆的, 在哪里登陆的).
 */
function sharedTail(first: string, second: string): [string, string] {
  const a = analysed(first);
  const b = analysed(second);
  if (!a.cue || !b.cue) return [first, second];
  const lead = a.text.slice(0, a.cue.start);
  const tail = b.text.slice(b.cue.end);
  return [a.text.replace(/[、，,]+$/u, '') + tail, lead + b.text];
}

/**
 * The questions a message asks, in its order: itself alone when it asks one. English clauses joined
 * by "and" split there; Chinese at question marks and at clause marks between two asking clauses.
 */
export function questionParts(raw: string): string[] {
  const text = raw.trim();
  if (text.length > MAX_SPLIT_CHARS) return [text];
  const pieces = outsideQuotes(text)
    .flatMap((p) => (english(p) ? p.split(EN_JOINT) : [p]))
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const parts: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const previous = parts[parts.length - 1];
    const afterMark = previous !== undefined && /[？?]$/u.test(previous);
    // Cheapest tests first: most clause marks part no questions, and tagging a clause costs a jieba pass.
    const parted = () => afterMark || english(previous!) || cueCloses(previous!);
    if (previous === undefined || !mayAsk(piece) || !mayAsk(previous) || !parted() || !asks(piece, afterMark) || !asks(previous, true)) {
      // A clause that asks nothing belongs to its neighbour: the question before, or the one it opens.
      if (previous === undefined) parts.push(piece);
      else parts[parts.length - 1] = previous + (/[\p{Script=Han}，、？。；：]$/u.test(previous) || /^[\p{Script=Han}，、？。；：]/u.test(piece) ? '' : ' ') + piece;
      continue;
    }
    if (/、$/u.test(previous) && !english(previous)) {
      const [a, b] = sharedTail(previous, piece);
      parts[parts.length - 1] = a;
      parts.push(b);
    } else {
      parts.push(piece);
    }
  }
  const asking = parts.filter((p) => /[\p{L}\p{N}]/u.test(p)).map((p, i, all) => withSharedRest(p, all[i + 1]));
  return asking.length >= 2 && asking.length <= MAX_PARTS ? asking : [text];
}

/** An English asking word standing alone, before "and" joined the next one to it ("When and where will…"). */
const EN_BARE_ASKING = /^(?:what|which|who|whom|whose|where|when|why|how)$/iu;
/** The next question's asking phrase, and the rest both ask about. */
const EN_ASKING_THEN_REST = /^(?:(?:and|or|but)\s+)?(?:(?:in|from|at|on|by|for|to|with|since|until|of)\s+)?(?:what|which|who|whom|whose|where|when|why|how)\s+(.+)$/iu;

/**
 * "When and where will the ceremony be held?": the bare first asking word asks about what the
 * second's rest says (When will the ceremony be held?), not about nothing.
 */
function withSharedRest(part: string, next: string | undefined): string {
  if (next === undefined || !EN_BARE_ASKING.test(part.trim())) return part;
  const rest = EN_ASKING_THEN_REST.exec(next.trim())?.[1];
  return rest ? `${part.trim()} ${rest}` : part;
}

/** What a question is about, its asking word (and a pronoun) taken out: the topic a bare other question (下了多少？) shares. */
function topicOf(question: string): string | undefined {
  if (english(question)) {
    const topic = question
      .replace(EN_ASKING_START, '')
      .replace(/^\s*(?:is|are|was|were|do|does|did|has|have|had)\b/iu, '')
      .replace(/\b(?:he|she|it|they)\b/giu, ' ')
      .replace(/[?？.!,，]+\s*$/u, '')
      .replace(/\s+/gu, ' ')
      .trim();
    return topic || undefined;
  }
  const a = analysed(question);
  if (!a.cue) return undefined;
  // The asking word goes with the measure word it asks in (几座, 多少个).
  const end = a.cue.end + (MEASURE_AFTER_CUE.exec(a.text.slice(a.cue.end))?.[0].length ?? 0);
  const topic = (a.text.slice(0, a.cue.start) + a.text.slice(end)).replace(new RegExp(THIRD_PERSON_ZH.source, 'gu'), '').replace(/[？?。！!，,、；;\s]+$/u, '');
  // Still asking (two asking words in one question): it would ask its own question again.
  return topic && !INTERROGATIVE.test(topic) ? topic : undefined;
}

/** A measure word right after an asking word (几座, 多少个, 几名): part of the asking, not of the topic. */
const MEASURE_AFTER_CUE = new RegExp(`^[${MEASURE_CHARS}]`, 'u');

/** Whether a topic adds a content word the question does not write already (the parts of 什么时候、在哪里 share theirs). */
function addsTo(question: string, topic: string): boolean {
  if (english(question)) {
    const words = new Set(question.toLowerCase().match(/[a-z']+/gu) ?? []);
    return (topic.toLowerCase().match(/[a-z']+/gu) ?? []).some((w) => w.length > 2 && !isEnglishStopword(w) && !words.has(w));
  }
  const text = asRead(question);
  return analyseQuestion(foldText(topic)).terms.some((t) => !text.includes(t.toLowerCase()));
}

/**
 * A later question of several as it is meant, in the light of those before it: "他是什么职务？" after
 * "哪位负责人…？" answered 某某 asks 某某是什么职务; "下了多少？" after "哪里雨最大？" asks
 * how much of that rain fell. The person a first answer names stands for he or she; otherwise the
 * earlier questions' topics go with it.
 */
export function inContextOf(part: string, others: readonly string[], person: string | undefined): string {
  const text = part.replace(/^(?:and|but|or)\s+/iu, '');
  if (person) {
    // "…and what's her position?": her before a noun is the person's (X's position); he, she, him the person.
    if (english(text) && /\b(?:he|she|his|her|him)\b/iu.test(text)) return text.replace(/\b(?:his|her)\b(?=\s+[a-z])/iu, `${person}'s`).replace(/\b(?:he|she|him|her)\b/iu, person);
    const folded = asRead(text);
    if (!english(text) && THIRD_PERSON_ZH.test(folded)) return folded.replace(THIRD_PERSON_ZH, person);
  }
  const topics = others.map(topicOf).filter((t): t is string => t !== undefined && addsTo(text, t));
  if (topics.length === 0) return text;
  return english(text) ? `${text.replace(/[?？]\s*$/u, '')} ${topics.join(' ')}?` : `${topics.join('，')}，${text}`;
}

/** Whether the first question asks for a person: its answer is the one a later 他 or "she" means. */
export function asksPerson(question: string): boolean {
  return analysed(question).type === 'person';
}
