import { sameWords } from '../../language/same-words.js';
import type { AnalysedQuestion } from './analyse.js';
import { ANSWERING_KINDS, type AnswerType } from './answer-types.js';
import { ITEM_MARKS, type Candidate } from './candidates.js';
import type { PreparedSentence } from './prepare.js';
import type { ScoredSentence } from './retrieve.js';
import { askedGrain, asksInOwnUnits, dateGrain, figureInUnits } from './asked-form.js';
import { MEASURE_AHEAD } from './figures.js';
import { CONSEQUENCE_AHEAD, REASON_BEFORE, REASON_MARKER, REASON_OPENS } from './reason.js';
import { OPENS_WITH_PRONOUN } from '../../language/pointing-back.js';

/**
 * The ranker's features of one candidate, as named values: `emit(name, value)`. Names, not
 * positions, so the weights file reads as what was learnt ("align.before" 2.1) and a new feature
 * never shifts the old ones. Every feature comes from the language of question and sentence; none
 * names a word of any article.
 */
export type Emit = (name: string, value: number) => void;

/**
 * Feature names joined once and kept: scoring runs for hundreds of candidates per question, and
 * building the same strings each time was most of its cost.
 */
const joined = new Map<string, Map<string, Map<string, string>>>();

function named(a: string, b: string, c = ''): string {
  let level = joined.get(a);
  if (!level) joined.set(a, (level = new Map()));
  let inner = level.get(b);
  if (!inner) level.set(b, (inner = new Map()));
  let name = inner.get(c);
  if (name === undefined) inner.set(c, (name = c ? `${a}.${b}.${c}` : `${a}.${b}`));
  return name;
}

const RANKS = ['rank.0', 'rank.1', 'rank.2', 'rank.3'];

/** Kinds whose presence in a sentence says it can answer a question of a given type. */
const TYPED_KINDS = ['person', 'place', 'organisation', 'date', 'duration', 'number', 'percent', 'money', 'ordinal', 'title', 'quote', 'has_date', 'has_number', 'has_person', 'has_place'];

function coarse(tag: string | undefined, word: string | undefined): string {
  if (tag === undefined || word === undefined) return 'edge';
  if (/^\d/.test(word)) return 'num';
  if (tag === 'x') return /^[A-Za-z]/.test(word) ? 'eng' : 'punct';
  if (tag.startsWith('nr')) return 'nr';
  if (tag === 'ns' || tag === 'nt' || tag === 'nz' || tag === 'vn' || tag === 'eng') return tag;
  const head = tag[0]!;
  return 'nvamqtdpcurfl'.includes(head) ? head : 'o';
}

function lengthBucket(n: number): string {
  if (n <= 1) return '1';
  if (n <= 2) return '2';
  if (n <= 4) return '3-4';
  if (n <= 8) return '5-8';
  if (n <= 16) return '9-16';
  if (n <= 32) return '17-32';
  return '33+';
}

/** Distances in characters, bucketed: none (no match on that side), 0, 1-2, 3-5, 6-10, 11+. */
const DISTANCE_BUCKETS = ['none', '0', '1-2', '3-5', '6-10', '11+'] as const;

function distanceBucket(d: number): string {
  return DISTANCE_BUCKETS[d < 0 ? 0 : d === 0 ? 1 : d <= 2 ? 2 : d <= 5 ? 3 : d <= 10 ? 4 : 5];
}

/**
 * The features of a span that depend only on the span and the type of answer asked for: its length,
 * kinds, edges' parts of speech and punctuation. Computed once per span and type while serving.
 */
export function spanFeatures(t: AnswerType, sentence: PreparedSentence, candidate: Candidate, emit: Emit): void {
  const text = sentence.text;
  const { start, end, kinds } = candidate;
  const length = end - start;
  const lb = lengthBucket(length);
  emit(named('length', lb), 1);
  emit(named('length', t, lb), 1);
  emit('length.log', Math.log(1 + length));
  emit(named('length', 'log', t), Math.log(1 + length));

  if (kinds.length === 0) emit(named('kind', t, 'none'), 1);
  for (const k of kinds) {
    emit(named('kind', k), 1);
    emit(named('kind', t, k), 1);
  }

  const tokens = sentence.tokens;
  const firstTag = coarse(tokens[candidate.first]?.tag, tokens[candidate.first]?.word);
  const lastTag = coarse(tokens[candidate.last]?.tag, tokens[candidate.last]?.word);
  const prevTag = coarse(tokens[candidate.first - 1]?.tag, tokens[candidate.first - 1]?.word);
  const nextTag = coarse(tokens[candidate.last + 1]?.tag, tokens[candidate.last + 1]?.word);
  emit(named('first', firstTag), 1);
  emit(named('last', lastTag), 1);
  emit(named('last', t, lastTag), 1);
  emit(named('first', t, firstTag), 1);
  emit(named('prev', prevTag), 1);
  emit(named('next', nextTag), 1);
  emit(named('prev', t, prevTag), 1);
  emit(named('next', t, nextTag), 1);

  const punct = /[，。；：！？、,.;:!?“”《》（）()\s]/u;
  const openLeft = start === 0 || punct.test(text[start - 1]!);
  const openRight = end >= text.length || punct.test(text[end]!);
  if (openLeft) emit('boundary.left', 1);
  if (openRight) emit('boundary.right', 1);
  if (openLeft && openRight) emit(named('boundary', 'both', t), 1);
  if (candidate.first === 0) emit('position.sentence_start', 1);
  // An edge inside what the article writes as one word (萱|田家): the span cuts a name jieba did not know.
  const { bound } = sentence;
  if (bound[start]) emit('edge.left.bound', bound[start]!);
  if (bound[end]) emit('edge.right.bound', bound[end]!);
}

/** Every feature of a candidate for a question: its span's, and how it stands to the question. */
export function candidateFeatures(question: AnalysedQuestion, scored: ScoredSentence, candidate: Candidate, emit: Emit): void {
  spanFeatures(question.type, scored.sentence, candidate, emit);
  questionFeatures(question, scored, candidate, emit);
}

/** The features of a candidate that depend on the question: its sentence's, then its own. */
export function questionFeatures(question: AnalysedQuestion, scored: ScoredSentence, candidate: Candidate, emit: Emit): void {
  sentenceFeatures(question, scored, emit);
  placeFeatures(question, scored, candidate, emit);
}

/**
 * The features of the sentence a candidate stands in, for this question: retrieval and the
 * question's words in it. The same for every candidate of the sentence, so the ranker sums them once.
 */
export function sentenceFeatures(question: AnalysedQuestion, scored: ScoredSentence, emit: Emit): void {
  const t = question.type;
  const text = scored.sentence.text;
  emit(RANKS[Math.min(scored.rank, 3)]!, 1);
  emit('sentence.relative', scored.relative);
  emit('sentence.coverage', scored.coverage);
  emit('sentence.off_title', scored.offTitle);
  emit('sentence.off_title.relative', scored.offTitleRelative);
  emit('sentence.run', scored.run);
  emit('sentence.words', scored.words);
  emit('sentence.previous', scored.previous);
  emit('sentence.next', scored.next);
  if (scored.relative >= 0.999) emit('sentence.best', 1);
  // Long sentences match more of any question by chance: their length, and how densely they match.
  emit('sentence.length.log', Math.log(1 + text.length) / 5);
  emit('sentence.density', scored.density);
  for (const kind of TYPED_KINDS) if (scored.kinds.has(kind)) emit(named('sentence.kind', t, kind), 1);
  // The question's words next to its asking word, anywhere in the sentence: the sentence says what the question paraphrases.
  const before = question.before[question.before.length - 1];
  const after = question.after[0];
  if (before && before.length >= 2 && text.includes(before)) emit('sentence.has_before', 1);
  if (after && after.length >= 2 && text.includes(after)) emit('sentence.has_after', 1);
  // A sentence that opens with a pronoun continues the one before it: the question's words may stand there.
  if (OPENS_WITH_PRONOUN.test(text)) {
    emit('sentence.pronoun', 1);
    emit('sentence.pronoun.previous', scored.previous);
  }
}

/**
 * Per sentence and question, what every candidate's features read from: running counts of the
 * matched characters and of the characters the question writes, and the nearest matched character
 * on each side. A long sentence offers hundreds of candidates; each then reads them in constant time.
 */
interface Layout {
  /** matchedBefore[i]: matched characters in [0, i). */
  matchedBefore: Float64Array;
  /** askedBefore[i]: characters in [0, i) that the question's text holds. */
  askedBefore: Uint32Array;
  /** lastMatch[i]: the last matched index below i, or −1. */
  lastMatch: Int32Array;
  /** nextMatch[i]: the first matched index at or after i, or −1. */
  nextMatch: Int32Array;
}

/**
 * The last sentence laid out, and its layout: a sentence's candidates are scored one after another,
 * so one is all there is to keep (until the next question's first). A WeakMap keyed by every
 * question's sentences kept their layouts until its table was swept, and each young collection
 * promoted them: a fifth of what it promoted on the seed's questions (218 → 172 KB).
 */
let laidOut: { scored: ScoredSentence; layout: Layout } | undefined;

function layoutOf(question: AnalysedQuestion, scored: ScoredSentence): Layout {
  if (laidOut?.scored === scored) return laidOut.layout;
  const text = scored.sentence.text;
  const { matched } = scored;
  const n = text.length;
  const matchedBefore = new Float64Array(n + 1);
  const askedBefore = new Uint32Array(n + 1);
  const lastMatch = new Int32Array(n + 1);
  const nextMatch = new Int32Array(n + 1);
  let last = -1;
  for (let i = 0; i < n; i++) {
    matchedBefore[i + 1] = matchedBefore[i]! + (matched[i] ?? 0);
    askedBefore[i + 1] = askedBefore[i]! + (question.text.includes(text[i]!) ? 1 : 0);
    lastMatch[i] = last;
    if (matched[i]) last = i;
  }
  lastMatch[n] = last;
  let next = -1;
  nextMatch[n] = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (matched[i]) next = i;
    nextMatch[i] = next;
  }
  const layout = { matchedBefore, askedBefore, lastMatch, nextMatch };
  laidOut = { scored, layout };
  return layout;
}

/** The features of where a candidate stands to the question: nearness, alignment, overlap, class. */
export function placeFeatures(question: AnalysedQuestion, scored: ScoredSentence, candidate: Candidate, emit: Emit): void {
  const layout = layoutOf(question, scored);
  const names = placeNamesOf(question);
  const before = startFeatures(question, scored, candidate.start, layout, names, emit);
  const after = endFeatures(question, scored, candidate.end, layout, names, emit);
  jointFeatures(question, scored, candidate, layout, names, before, after, emit);
}

/**
 * placeFeatures' weighted sum, for serving. A sentence offers hundreds of candidates but only some
 * dozens of starts and ends, and most of the features read one edge only (the question's words to
 * its left, the wording aligned before it): those sums are kept per edge for the sentence at hand.
 * The sum is placeFeatures' own, added in another order.
 */
export function placeScore(question: AnalysedQuestion, scored: ScoredSentence, candidate: Candidate, weights: ReadonlyMap<string, number>): number {
  const layout = layoutOf(question, scored);
  const names = placeNamesOf(question);
  const edges = edgesOf(scored, layout, weights);
  scoring.weights = weights;
  const { start, end } = candidate;
  if (Number.isNaN(edges.startSum[start]!)) {
    scoring.sum = 0;
    edges.startAlign[start] = startFeatures(question, scored, start, layout, names, emitScored);
    edges.startSum[start] = scoring.sum;
  }
  if (Number.isNaN(edges.endSum[end]!)) {
    scoring.sum = 0;
    edges.endAlign[end] = endFeatures(question, scored, end, layout, names, emitScored);
    edges.endSum[end] = scoring.sum;
  }
  scoring.sum = 0;
  jointFeatures(question, scored, candidate, layout, names, edges.startAlign[start]!, edges.endAlign[end]!, emitScored);
  return edges.startSum[start]! + edges.endSum[end]! + scoring.sum;
}

/** The weights placeScore reads and the sum it adds to: one object, not a closure per candidate. */
const scoring: { weights: ReadonlyMap<string, number>; sum: number } = { weights: new Map(), sum: 0 };
const emitScored: Emit = (name, value) => {
  scoring.sum += (scoring.weights.get(name) ?? 0) * value;
};

/** Per sentence, each start's and end's sum and alignment, NaN until read. */
interface Edges {
  layout: Layout;
  weights: ReadonlyMap<string, number>;
  startSum: Float64Array;
  endSum: Float64Array;
  startAlign: Int8Array;
  endAlign: Int8Array;
}

/** Kept for the last sentence laid out and the weights it was scored with only, as its layout is (layoutOf). */
let edgesKept: Edges | undefined;

function edgesOf(scored: ScoredSentence, layout: Layout, weights: ReadonlyMap<string, number>): Edges {
  if (edgesKept?.layout === layout && edgesKept.weights === weights) return edgesKept;
  const n = scored.sentence.text.length + 1;
  edgesKept = { layout, weights, startSum: new Float64Array(n).fill(NaN), endSum: new Float64Array(n).fill(NaN), startAlign: new Int8Array(n), endAlign: new Int8Array(n) };
  return edgesKept;
}

/** What the candidate's start alone decides: the question's words to its left, and its wording aligned before it. Returns that alignment. */
function startFeatures(question: AnalysedQuestion, scored: ScoredSentence, start: number, layout: Layout, names: PlaceNames, emit: Emit): number {
  const text = scored.sentence.text;
  const { matchedBefore, lastMatch } = layout;
  // The question's words around the candidate: near, on which side, and how many.
  emit(names.left3, matchedIn(matchedBefore, start - 3, start) / 3);
  emit(names.left10, matchedIn(matchedBefore, start - 10, start) / 10);
  const before = lastMatch[start]!;
  emit(names.left[distanceBucket(before < 0 ? -1 : start - 1 - before)]!, 1);
  // The question's own wording around its asking word, found around the candidate: the gap it fills.
  const b1 = question.before[question.before.length - 1];
  let aligned = NOT_ALIGNED;
  if (b1) {
    aligned = alignmentBefore(question, text, start);
    emitAlignment(aligned, 'align.before', names.alignBefore, emit);
    if (question.before.length === 2 && endsAt(text, b1, start) && endsAt(text, question.before[0]!, start - b1.length)) emit('align.before2', 1);
  }
  // "Why": a span right after a word that introduces a reason or a purpose (因为, 为了, 目的是) gives it.
  if (question.type === 'reason' && REASON_BEFORE.test(text.slice(Math.max(0, start - 6), start))) emit('reason.after_marker', 1);
  // The class noun the question names, right before the span (高速路丙7).
  const head = question.askedClass[question.askedClass.length - 1];
  if (head && endsAt(text, head, start)) emit('class.precedes', 1);
  return aligned;
}

/** How the question's wording stands on one side of a span (side: align.before or align.after; typed: its name for the answer type). */
function emitAlignment(aligned: number, side: string, typed: string, emit: Emit): void {
  if (aligned === ALIGNED) {
    emit(side, 1);
    emit(typed, 1);
  } else if (aligned === ACROSS_GAP) emit(side === 'align.before' ? 'align.before.gap' : 'align.after.gap', 1);
  else if (aligned === NEARBY) emit(side === 'align.before' ? 'align.before.near' : 'align.after.near', 1);
}

/** What the candidate's end alone decides: the question's words to its right, and its wording aligned after it. Returns that alignment. */
function endFeatures(question: AnalysedQuestion, scored: ScoredSentence, end: number, layout: Layout, names: PlaceNames, emit: Emit): number {
  const text = scored.sentence.text;
  const { matchedBefore, nextMatch } = layout;
  emit(names.right3, matchedIn(matchedBefore, end, end + 3) / 3);
  emit(names.right10, matchedIn(matchedBefore, end, end + 10) / 10);
  const after = end < text.length ? nextMatch[end]! : -1;
  emit(names.right[distanceBucket(after < 0 ? -1 : after - end)]!, 1);
  const a1 = question.after[0];
  let aligned = NOT_ALIGNED;
  if (a1) {
    aligned = alignmentAfter(question, text, end);
    emitAlignment(aligned, 'align.after', names.alignAfter, emit);
    if (question.after.length === 2 && text.startsWith(a1, end) && text.startsWith(question.after[1]!, end + a1.length)) emit('align.after2', 1);
  }
  // …因而首月销量…: what stands before a consequence is its reason.
  if (question.type === 'reason' && CONSEQUENCE_AHEAD.test(text.slice(end, end + 4))) emit('reason.before_consequence', 1);
  // The class noun the question names, right after the span (甲反应过程), or its first two characters.
  const head = question.askedClass[question.askedClass.length - 1];
  if (head) {
    if (text.startsWith(head, end)) emit('class.follows', 1);
    else if (head.length >= 2 && text.charCodeAt(end) === head.charCodeAt(0) && text.charCodeAt(end + 1) === head.charCodeAt(1)) emit('class.follows_part', 1);
  }
  return aligned;
}

/** What needs both edges, or the span itself: overlap with the question, nearest word, both alignments, units, counts, lists, class. */
function jointFeatures(question: AnalysedQuestion, scored: ScoredSentence, candidate: Candidate, layout: Layout, names: PlaceNames, alignedBefore: number, alignedAfter: number, emit: Emit): void {
  const t = question.type;
  const text = scored.sentence.text;
  const { start, end, kinds } = candidate;
  const length = end - start;

  if (t === 'date' && (kinds.includes('date') || kinds.includes('has_date'))) emit(named('date.grain', askedGrain(question), dateGrain(candidate.text)), 1);

  // How much of the candidate the question already says: an answer is what the question lacks.
  const { matchedBefore, askedBefore, lastMatch, nextMatch } = layout;
  const inside = matchedBefore[end]! - matchedBefore[start]!;
  const share = length > 0 ? inside / length : 0;
  emit('overlap.share', share);
  if (share >= 0.999) emit('overlap.all', 1);
  if (share === 0) emit('overlap.none', 1);
  const asked = askedBefore[end]! - askedBefore[start]!;
  emit('overlap.characters', length > 0 ? asked / length : 0);

  const before = lastMatch[start]!;
  const left = before < 0 ? -1 : start - 1 - before;
  const after = end < text.length ? nextMatch[end]! : -1;
  const right = after < 0 ? -1 : after - end;
  const nearest = left < 0 ? right : right < 0 ? left : Math.min(left, right);
  // Right beside a word of the question (志愿者6000余名, 6000余名志愿者): the value of what it names.
  if (left === 0 || right === 0) emit(names.beside, 1);
  emit(names.nearest[distanceBucket(nearest)]!, 1);

  const b1 = question.before[question.before.length - 1];
  const a1 = question.after[0];
  if (b1 && a1 && alignedBefore === ALIGNED && alignedAfter === ALIGNED) emit('align.both', 1);
  if (!b1 && !a1) emit('align.none', 1);

  // "Why / 目的是什么": a sentence with no word introducing a reason rarely gives one (it states the
  // act); a span opening with such a word (因为…) gives it, when none stands right before it.
  if (t === 'reason') {
    if (REASON_MARKER.test(text)) emit('reason.sentence_marker', 1);
    if (!REASON_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && REASON_OPENS.test(candidate.text)) emit('reason.opens_marker', 1);
  }

  // "营收是多少", "占比多少", "多少天": a figure written in the unit asked, or a figure in another
  // (a span that only holds one, 八月十五 for 多大, too).
  const figure = includesAny(kinds, ANSWERING_KINDS.number!);
  if (asksInOwnUnits(question) && (figure || kinds.includes('has_number'))) emit(figure && figureInUnits(question.units, true).test(candidate.text) ? 'unit.asked' : 'unit.other', 1);
  // "多少名游客": a figure written right before what the question counts (86名游客), or right after it (游客86名).
  if (figure && question.counted.length > 0) {
    const ahead = text.slice(end).replace(MEASURE_AHEAD, '');
    const behind = text.slice(Math.max(0, start - 8), start).replace(/[约达为共有了，,\s]+$/u, '');
    if (question.counted.some((w) => ahead.startsWith(w))) emit('counted.follows', 1);
    else if (question.counted.some((w) => behind.endsWith(w))) emit('counted.precedes', 1);
  }

  // "工厂分布在哪些城市？" asks a set: a span that lists (合肥和西安), or an item of a list, answers it
  // rather than a lone name of the kind asked elsewhere (研发中心设在上海).
  if (question.plural) {
    if (listsItems(scored.sentence, candidate)) emit('plural.list', 1);
    else if (ITEM_MARKS.has(text[start - 1] ?? '') || ITEM_MARKS.has(text[end] ?? '')) emit('plural.item', 1);
  }

  // "哪一过程 / 哪个研究中心": the answer is a member of the class the question names, written
  // right before the class noun (甲反应过程), ending with it (乙型晶体), or after it (高速路丙7);
  // the class noun alone is no answer.
  const head = question.askedClass[question.askedClass.length - 1];
  if (head) {
    // Compared in place, not through joined or sliced copies: this runs for every candidate.
    const span = candidate.text;
    const last = span.charCodeAt(span.length - 1);
    if (span === head || isJoined(span, question.askedClass)) emit('class.is', 1);
    else if (span.endsWith(head)) emit('class.ends', 1);
    else if (span.includes(head)) emit('class.inside', 1);
    // A member named by the class's own morpheme (牛肉 of 肉类, 某国 of 国家, 佛教 of 宗教, 大战 of 战争).
    else if (head.length >= 2 && span.length >= 2 && last === head.charCodeAt(0)) emit('class.ends_first', 1);
    else if (head.length >= 2 && span.length >= 2 && last === head.charCodeAt(head.length - 1)) emit('class.ends_last', 1);
  }
}

/** Whether the span holds items of a list: a word between items inside it, not at its edges (和平 is no list). */
function listsItems(sentence: PreparedSentence, candidate: Candidate): boolean {
  for (let i = candidate.first + 1; i < candidate.last; i++) if (ITEM_MARKS.has(sentence.tokens[i]!.word)) return true;
  return false;
}

/** One character the article may set between the question's word and the answer where the question sets none (增长了9.8%, 位于杭州). */
const GAP_CHARS = '了的着过是为达到约在于';

/** How a span stands to the question's word beside its asking word: not at all, within a few characters, one character away, or right there. */
const NOT_ALIGNED = 0;
const NEARBY = 1;
export const ACROSS_GAP = 2;
export const ALIGNED = 3;

/**
 * How the span starting at `start` stands after the question's last word before its asking word
 * (b1): right after it, or after it and the particle the question writes between them (对应的什么,
 * 对应的守护子); one character away (增长了9.8%); within a few characters; or not. The article may
 * write the word another way (别名 as 又名): the gap is the same. (Read in place, without cutting
 * the sentence: this runs for every candidate.)
 */
export function alignmentBefore(question: AnalysedQuestion, text: string, start: number): number {
  const b1 = question.before[question.before.length - 1];
  if (!b1) return NOT_ALIGNED;
  const others = sameWords(b1);
  const link = question.linkBefore;
  // A span opening with the question's own link (在合肥 after 分布, asked 分布在哪) starts before the gap it fills.
  if (link !== '' && text.startsWith(link, start)) return endsAtWord(text, b1, others, start) ? ACROSS_GAP : NEARBY;
  const linked = link !== '' && text.startsWith(link, start - link.length);
  if (endsAtWord(text, b1, others, start) || (linked && endsAtWord(text, b1, others, start - link.length))) return ALIGNED;
  if (GAP_CHARS.includes(text[start - 1] ?? '') && endsAtWord(text, b1, others, start - 1)) return ACROSS_GAP;
  return nearBeforeWord(text, b1, others, start) ? NEARBY : NOT_ALIGNED;
}

/** The same for the span ending at `end` and the question's first word after its asking word (a1). */
export function alignmentAfter(question: AnalysedQuestion, text: string, end: number): number {
  const a1 = question.after[0];
  if (!a1) return NOT_ALIGNED;
  const others = sameWords(a1);
  const link = question.linkAfter;
  const linked = link !== '' && text.startsWith(link, end);
  if (startsAtWord(text, a1, others, end) || (linked && startsAtWord(text, a1, others, end + link.length))) return ALIGNED;
  if (GAP_CHARS.includes(text[end] ?? '') && startsAtWord(text, a1, others, end + 1)) return ACROSS_GAP;
  return nearAfterWord(text, a1, others, end) ? NEARBY : NOT_ALIGNED;
}

/** Matched characters of the sentence within [from, to), both clamped to it. (A function, not a closure per candidate.) */
function matchedIn(matchedBefore: Float64Array, from: number, to: number): number {
  const n = matchedBefore.length - 1;
  return matchedBefore[Math.max(0, Math.min(n, to))]! - matchedBefore[Math.max(0, Math.min(n, from))]!;
}

/** Whether `word`, or another way of writing it (`others`, see same-words.ts), ends right at `at`. */
function endsAtWord(text: string, word: string, others: readonly string[], at: number): boolean {
  if (endsAt(text, word, at)) return true;
  for (const other of others) if (endsAt(text, other, at)) return true;
  return false;
}

/** Whether `word`, or another way of writing it, starts right at `at`. */
function startsAtWord(text: string, word: string, others: readonly string[], at: number): boolean {
  if (text.startsWith(word, at)) return true;
  for (const other of others) if (text.startsWith(other, at)) return true;
  return false;
}

/** Whether `word` stands whole within four characters before `at`, or after `at`. */
function nearBefore(text: string, word: string, at: number): boolean {
  return within(text, word, Math.max(0, at - word.length - 4), at);
}

function nearAfter(text: string, word: string, at: number): boolean {
  return within(text, word, at, at + word.length + 4);
}

// Loops, not .some(closure) nor [word, ...others]: these run for every candidate, and a closure or
// an array each is garbage.
function nearBeforeWord(text: string, word: string, others: readonly string[], at: number): boolean {
  if (nearBefore(text, word, at)) return true;
  for (const other of others) if (nearBefore(text, other, at)) return true;
  return false;
}

function nearAfterWord(text: string, word: string, others: readonly string[], at: number): boolean {
  if (nearAfter(text, word, at)) return true;
  for (const other of others) if (nearAfter(text, other, at)) return true;
  return false;
}

/** Whether `text` has `word` ending right at `at`. */
function endsAt(text: string, word: string, at: number): boolean {
  return at >= word.length && text.startsWith(word, at - word.length);
}

/** Whether `word` stands whole inside text[from, to): looked for there only, not on to the sentence's end. */
function within(text: string, word: string, from: number, to: number): boolean {
  const last = Math.min(to, text.length) - word.length;
  for (let at = from; at <= last; at++) if (text.startsWith(word, at)) return true;
  return false;
}

/** Whether `kinds` holds any of `wanted`: a loop, not .some(closure), which made a closure per candidate. */
function includesAny(kinds: readonly string[], wanted: readonly string[]): boolean {
  for (const kind of wanted) if (kinds.includes(kind)) return true;
  return false;
}

/** Whether `text` is `parts` written one after another (the class noun's words, 研究 + 中心). */
function isJoined(text: string, parts: readonly string[]): boolean {
  let at = 0;
  for (const part of parts) {
    if (!text.startsWith(part, at)) return false;
    at += part.length;
  }
  return at === text.length;
}

interface PlaceNames {
  left3: string;
  right3: string;
  left10: string;
  right10: string;
  left: Record<string, string>;
  right: Record<string, string>;
  nearest: Record<string, string>;
  beside: string;
  alignBefore: string;
  alignAfter: string;
}

/**
 * The names of a question's place features. Without the asking word's neighbours (an English
 * question, or one worded unlike the article), nearness is all there is: it gets names of its own.
 */
function placeNamesOf(question: AnalysedQuestion): PlaceNames {
  return placeNames(question.type, question.before.length === 0 && question.after.length === 0);
}

/** The names placeFeatures emits, per answer type and question form, built once each. */
const placeNameSets = new Map<AnswerType, PlaceNames>();
const bagNameSets = new Map<AnswerType, PlaceNames>();

function placeNames(t: AnswerType, bag: boolean): PlaceNames {
  // Two maps keyed by the type alone: a composed key was a new string for every candidate.
  const sets = bag ? bagNameSets : placeNameSets;
  let names = sets.get(t);
  if (!names) {
    const near = bag ? 'bag.near' : 'near';
    const distance = bag ? 'bag.distance' : 'distance';
    const bucketed = (prefix: string) => Object.fromEntries(DISTANCE_BUCKETS.map((b) => [b, `${prefix}.${b}`]));
    names = {
      left3: `${near}.left3`,
      right3: `${near}.right3`,
      left10: `${near}.left10`,
      right10: `${near}.right10`,
      left: bucketed(`${distance}.left`),
      right: bucketed(`${distance}.right`),
      nearest: bucketed(`${bag ? 'bag.distance.nearest' : 'distance.nearest'}.${t}`),
      beside: `${bag ? 'bag.beside' : 'beside'}.${t}`,
      alignBefore: `align.before.${t}`,
      alignAfter: `align.after.${t}`,
    };
    sets.set(t, names);
  }
  return names;
}
