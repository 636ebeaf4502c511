import { isFunctionWord, type AnalysedQuestion } from './analyse.js';
import { cutWords } from '../../language/segmenter.js';
import { longestCommonRun, longestCommonSubsequence } from './overlap.js';
import { sameWordsIn } from '../../language/same-words.js';
import { writtenInFull } from './shortened.js';
import { asksFigure, GENERIC_QUANTITIES } from './asked-form.js';
import { measureWords } from './measure-named.js';
import { gramsOf, type PreparedArticle, type PreparedSentence } from './prepare.js';

/** A sentence scored for a question, with where in it the question's words stand. */
export interface ScoredSentence {
  sentence: PreparedSentence;
  /** Rarity-weighted share of the question's grams the sentence holds, 0–1. */
  coverage: number;
  /** The same, relative to the best sentence of the article (1 for the best). */
  relative: number;
  rank: number;
  /** 1 for each character of the text that is part of a question bigram or word found there. */
  matched: Uint8Array;
  /** Longest run of the question's characters the sentence repeats, as a share of the question. */
  run: number;
  /**
   * Share of the question's characters (its asking word left out) the sentence holds in the
   * question's order; and the same for the part before the asking word and the part after it, each
   * on its own (0 for a part under two characters, and for an English question).
   */
  ordered: number;
  orderedBefore: number;
  orderedAfter: number;
  /** Share of the question's content words the sentence holds. */
  words: number;
  /** Share of its characters the question matched. */
  density: number;
  /**
   * Share of the question's words (bigrams) outside the title that the sentence holds, and the same
   * relative to the best sentence. The title says what every sentence is about — the subject of an
   * encyclopedia article, the event of a report — so the sentence that answers need not repeat it
   * (本种分布于…), while the one that introduces it (X为…科的其中一种) repeats it and nothing else
   * the question asks.
   */
  offTitle: number;
  offTitleRelative: number;
  /** `relative` of the sentences before and after it (0 at the edges). */
  previous: number;
  next: number;
  /** Kinds of span the sentence offers (a date, a person…), filled in when its candidates are proposed. */
  kinds: Set<string>;
}

/** The question's grams that carry its topic, each with its rarity in this article. */
export interface QuestionGrams {
  weights: Map<string, number>;
  /**
   * For each English word written several ways (`AnalysedQuestion.ways`), each way's grams that no
   * other part of the question has: a sentence scores the word by its best way, not by all of them.
   */
  ways: readonly (readonly string[])[][];
  total: number;
  /** Share of the question's weight the article holds anywhere (0 when it shares nothing). */
  inArticle: number;
}

function rarity(prepared: PreparedArticle, gram: string): number {
  const n = prepared.sentences.length;
  const df = prepared.frequency.get(gram) ?? 0;
  return Math.log(1 + (n + 1) / (df + 0.5));
}

/**
 * The question's characters and bigrams, its function words left out: a bigram pairing a word's
 * character with the particle after it (约的 of 签约的) is rare in any article, so it would weigh
 * most, and it says nothing of the topic.
 */
function topicGrams(words: readonly string[]): Set<string> {
  return gramsOf(words.map((word) => (isFunctionWord(word) ? ' ' : word)).join(''));
}

/**
 * A question asking a figure may name its quantity in a general word (多大年纪, 人口多少) that the
 * article need not write: it gives 62岁, not 年纪62岁. Such a word the article never writes is left
 * out; its characters would meet other words by chance (年 of 拜年) and pull the reading there.
 */
function unwrittenQuantities(prepared: PreparedArticle, question: AnalysedQuestion): string[] {
  if (!asksFigure(question)) return [];
  return [...GENERIC_QUANTITIES].filter((word) => question.text.includes(word) && !prepared.text.includes(word));
}

export function questionGrams(prepared: PreparedArticle, question: AnalysedQuestion): QuestionGrams {
  const weights = new Map<string, number>();
  const cue = question.cue;
  const unwritten = unwrittenQuantities(prepared, question);
  let asked = question.english ? '' : cue ? question.text.slice(0, cue.start) + ' ' + question.text.slice(cue.end) : question.text;
  for (const word of unwritten) asked = asked.replaceAll(word, ' ');
  // 他/她 in a question on its own means the person the article is about.
  const subject = question.pronoun && prepared.protagonist ? [prepared.protagonist] : [];
  // "事情发生在哪天？" names only the event: the headline says which event that is.
  if (question.aboutEvent) subject.push(prepared.article.title);
  // The question's bigrams that pair a word with a particle (者是 of 创办者是, 约的 of 签约的) say how
  // the article may frame the answer, but are rare in any article and so would weigh most: they
  // count as little as a single character.
  const askedWords = cutWords(asked);
  const topical = topicGrams(askedWords);
  const framing = new Set([...gramsOf(asked)].filter((gram) => gram.length === 2 && !topical.has(gram)));
  const wayWords = new Set(question.ways?.flat().map((w) => w.word));
  const grams = new Set([...topical, ...framing, ...[...question.terms.filter((t) => !unwritten.includes(t) && !wayWords.has(t)), ...subject].flatMap((t) => [...gramsOf(t)])]);
  let total = 0;
  let found = 0;
  // An asked unit is the answer's form, not a fact of the question: one the article never writes
  // (多少钱 asks 元 or 镑 or 卢比) is not a part of the question the article lacks.
  const units = new Set(question.units.filter((u) => prepared.frequency.has(u)));
  for (const unit of units) grams.add(unit);
  // Single characters count a quarter: a shared bigram is far better evidence than a shared
  // character, unless it is the unit the question asks in (岁 for 多大).
  const weighOf = (gram: string) => rarity(prepared, gram) * ((gram.length >= 2 && !framing.has(gram)) || units.has(gram) ? 1 : 0.25);
  for (const gram of grams) {
    const weight = weighOf(gram);
    total += weight;
    if (prepared.frequency.has(gram)) {
      weights.set(gram, weight);
      found += weight;
    }
  }
  // An English word's ways count as one word: as much as its weightiest way.
  const ways: string[][][] = [];
  for (const group of question.ways ?? []) {
    const own = group.map((way) => [...gramsOf(way.word)].filter((gram) => !grams.has(gram)));
    const surest = Math.max(...group.map((way) => way.weight));
    let most = 0;
    let mostFound = 0;
    for (const [i, way] of own.entries()) {
      // A way the dictionary gives less surely (one word of a longer sense) counts for that much less.
      const sure = group[i]!.weight / surest;
      let sum = 0;
      let present = 0;
      for (const gram of way) {
        const weight = weighOf(gram) * sure;
        sum += weight;
        if (prepared.frequency.has(gram)) {
          present += weight;
          // A gram two ways share (马 of 马拉松 and 全马) weighs as in the surer one, in both. (Each way
          // weighing it its own way instead: 4 English read replies better, 5 worse.)
          weights.set(gram, Math.max(weights.get(gram) ?? 0, weight));
        }
      }
      most = Math.max(most, sum);
      mostFound = Math.max(mostFound, present);
    }
    total += most;
    found += mostFound;
    ways.push(own.map((way) => way.filter((gram) => prepared.frequency.has(gram))));
  }
  // A word the article writes another way (别名 as 又名, 父亲 as 爸爸, 文革 as 文化大革命) is found in
  // that way too, as rare as that way is. It stands in for the question's word, so it adds nothing
  // to what the question asks (the total) nor to how much of it the article holds.
  // So is the word the article writes a measure's value with (全长 for 多长), which the question's cue asks.
  const measure = measureWords(question) ?? [];
  for (const other of [...sameWordsIn(asked), ...writtenInFull(prepared, askedWords), ...measure]) {
    for (const gram of gramsOf(other)) {
      if (gram.length >= 2 && !weights.has(gram) && prepared.frequency.has(gram)) weights.set(gram, rarity(prepared, gram));
    }
  }
  return { weights, ways, total, inArticle: total > 0 ? found / total : 0 };
}

function markMatches(sentence: PreparedSentence, grams: QuestionGrams): Uint8Array {
  const text = sentence.text.toLowerCase();
  const matched = new Uint8Array(text.length);
  for (let i = 0; i + 1 < text.length; i++) {
    if (grams.weights.has(text.slice(i, i + 2))) matched[i] = matched[i + 1] = 1;
  }
  return matched;
}

/** The title's grams, once per article. */
const titles = new WeakMap<PreparedArticle, ReadonlySet<string>>();
function titleGrams(prepared: PreparedArticle): ReadonlySet<string> {
  let grams = titles.get(prepared);
  if (!grams) titles.set(prepared, (grams = gramsOf(prepared.article.title)));
  return grams;
}

const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** How many of the best sentences get the closer (and dearer) look: matched characters, runs, words. */
const CLOSE_LOOK = 8;

/** What a sentence not looked at closely has matched, as far as anyone reads: one shared empty array, not one per sentence. */
const NOTHING_MATCHED = new Uint8Array(0);

/** Every sentence of the article scored for the question, best first. */
export function scoreSentences(prepared: PreparedArticle, grams: QuestionGrams, question: AnalysedQuestion): ScoredSentence[] {
  // Off the title only words count (two characters or more): the single characters a question keeps
  // once its title words are set aside (a particle, a stray character) pick sentences by chance —
  // counted, they took 谁进火场救人了？ under the headline …冲进火场救人… to the wrong sentence. A question
  // made only of the title's words (马拉松有多少名选手参赛 under 两万名选手参赛) keeps none: every
  // sentence scores 0 off the title, and the other evidence decides.
  const title = titleGrams(prepared);
  const offTitle = new Set([...grams.weights.keys()].filter((gram) => gram.length >= 2 && !title.has(gram)));
  const { ways } = grams;
  // The grams of the ways, scored by way below, not in the plain sum.
  const grouped = new Set(ways.flat(2));
  let offTotal = 0;
  for (const gram of offTitle) if (!grouped.has(gram)) offTotal += grams.weights.get(gram)!;
  for (const group of ways) offTotal += Math.max(0, ...group.map((way) => sumOf(way, grams.weights, (gram) => offTitle.has(gram))));
  // The question's grams laid out once, not iterated as entries once per sentence of the article.
  const looked = [...grams.weights.keys()].filter((gram) => !grouped.has(gram));
  const weights = Float64Array.from(looked, (gram) => grams.weights.get(gram)!);
  const offs = Uint8Array.from(looked, (gram) => (offTitle.has(gram) ? 1 : 0));
  const raw = prepared.sentences.map((sentence) => {
    let score = 0;
    let off = 0;
    for (let g = 0; g < looked.length; g++) {
      if (!sentence.grams.has(looked[g]!)) continue;
      score += weights[g]!;
      if (offs[g]) off += weights[g]!;
    }
    for (const group of ways) {
      let best = 0;
      let bestOff = 0;
      for (const way of group) {
        // The way's grams in this sentence, and those of them off the title, in one pass.
        let sum = 0;
        let sumOff = 0;
        for (const gram of way) {
          if (!sentence.grams.has(gram)) continue;
          const weight = grams.weights.get(gram)!;
          sum += weight;
          if (offTitle.has(gram)) sumOff += weight;
        }
        best = Math.max(best, sum);
        bestOff = Math.max(bestOff, sumOff);
      }
      score += best;
      off += bestOff;
    }
    return { sentence, score, off };
  });
  const bestOff = Math.max(...raw.map((r) => r.off), 0) || 1;
  raw.sort((a, b) => b.score - a.score || a.sentence.order - b.sentence.order);
  const best = raw[0]?.score || 1;
  const relative = new Map(raw.map((r) => [r.sentence.order, r.score / best]));
  return raw.map((r, rank) => {
    const scored: ScoredSentence = {
      sentence: r.sentence,
      // At most 1: a sentence may write a word both ways (父亲 and 爸爸).
      coverage: grams.total > 0 ? Math.min(1, r.score / grams.total) : 0,
      relative: r.score / best,
      offTitle: offTotal > 0 ? r.off / offTotal : 0,
      offTitleRelative: r.off / bestOff,
      rank,
      matched: NOTHING_MATCHED,
      density: 0,
      run: 0,
      ordered: 0,
      orderedBefore: 0,
      orderedAfter: 0,
      words: 0,
      previous: relative.get(r.sentence.order - 1) ?? 0,
      next: relative.get(r.sentence.order + 1) ?? 0,
      kinds: new Set<string>(),
    };
    if (rank < CLOSE_LOOK) lookCloser(scored, grams, question);
    return scored;
  });
}

/** The summed weights of the grams that pass `counted`. */
function sumOf(grams: readonly string[], weights: ReadonlyMap<string, number>, counted: (gram: string) => boolean): number {
  let sum = 0;
  for (const gram of grams) if (counted(gram)) sum += weights.get(gram)!;
  return sum;
}

/** What the closer look compares each sentence with: the question's letters, around its asking word, and its terms. */
interface LookedFor {
  asked: string;
  before: string;
  after: string;
  /** Its words, each with the ways it is written (one for a Chinese word; an English word's several). */
  terms: string[][];
}

/**
 * The last question looked for, and what it looks for: the closer look runs for several sentences
 * of one question in turn. Not a WeakMap keyed by every question, for the reason `layoutOf` gives.
 */
let lastLook: { question: AnalysedQuestion; look: LookedFor } | undefined;

function lookedFor(question: AnalysedQuestion): LookedFor {
  if (lastLook?.question === question) return lastLook.look;
  const cue = question.cue;
  const look = {
    asked: letters(cue ? question.text.slice(0, cue.start) + question.text.slice(cue.end) : question.text),
    before: question.english || !cue ? '' : letters(question.text.slice(0, cue.start)),
    after: question.english || !cue ? '' : letters(question.text.slice(cue.end)),
    terms: wordsWithWays(question),
  };
  lastLook = { question, look };
  return look;
}

const inOrder = (part: string, text: string) => (part.length >= 2 ? longestCommonSubsequence(part, text) / part.length : 0);

/**
 * The closer look at a sentence: where the question's words stand in it, its longest runs and
 * ordered share of the question. Taken for the best sentences while scoring, and for any other a
 * reader goes on to read (a sentence further down holding the kind of span asked).
 */
export function lookCloser(scored: ScoredSentence, grams: QuestionGrams, question: AnalysedQuestion): void {
  const { asked, before, after, terms } = lookedFor(question);
  const text = scored.sentence.text.toLowerCase();
  const plain = letters(text);
  const matched = markMatches(scored.sentence, grams);
  scored.matched = matched;
  scored.density = text.length > 0 ? matched.reduce((a, b) => a + b, 0) / text.length : 0;
  scored.run = asked.length > 0 ? longestCommonRun(asked, plain) / asked.length : 0;
  scored.ordered = !question.english ? inOrder(asked, plain) : 0;
  scored.orderedBefore = inOrder(before, plain);
  scored.orderedAfter = inOrder(after, plain);
  scored.words = terms.length > 0 ? terms.filter((ways) => ways.some((t) => text.includes(t))).length / terms.length : 0;
}

/** The question's terms, an English word's ways together (`AnalysedQuestion.ways`). */
function wordsWithWays(question: AnalysedQuestion): string[][] {
  const ways = question.ways ?? [];
  const inWays = new Set(ways.flat().map((w) => w.word));
  return [...question.terms.filter((t) => !inWays.has(t)).map((t) => [t.toLowerCase()]), ...ways.map((group) => group.map((t) => t.word.toLowerCase()))];
}

/** Characters between the span [start, end) and the closest character the question matched (a large number when none). */
export function gapToMatch(matched: Uint8Array, start: number, end: number): number {
  let gap = 1 << 20;
  for (let i = start - 1; i >= 0 && start - 1 - i < gap; i--) if (matched[i]) gap = start - 1 - i;
  for (let i = end; i < matched.length && i - end < gap; i++) if (matched[i]) gap = i - end;
  return gap;
}
