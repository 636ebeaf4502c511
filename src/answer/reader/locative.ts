import type { AnalysedQuestion } from './analyse.js';
import { isPunctuation, type PreparedSentence } from './prepare.js';
import { endsInPlaceHead } from '../../language/place-heads.js';

/**
 * Words that open the place where something is or happens: the preposition (在, 于, 至) or a verb
 * that ends in one (位于, 设在, 生于). What follows them, up to the verb or the comma, is the place:
 * 在某县某村的千亩茶园 + 开幕, 会谈在某宫 + 举行, 撤离至某小学安置点. A where-question's answer is that
 * object far more often than a place name jieba tagged (ns) elsewhere in the sentence: a venue, a
 * station or a spot (36公里处) is seldom one.
 */
const OPENERS = new Set(['在', '于', '至', '设于', '生于', '出生于', '落户', '安置在', '转移到', '转移至', '撤离到', '撤离至']);
/** Of those, the verbs of where a thing is (位于, 地处): the place they open is the thing's own, not an act's. */
const LOCATED_AT: ReadonlySet<string> = new Set(['位于', '地处', '设在', '坐落在', '坐落于']);
for (const verb of LOCATED_AT) OPENERS.add(verb);

/** Whether the token before `first` is a verb of where a thing is (位于 | 泸县的生产窝点), however far the place runs after it. */
export function locatedAt(sentence: PreparedSentence, first: number): boolean {
  return LOCATED_AT.has(sentence.tokens[first - 1]?.word ?? '');
}

/** Tags of words a place's name is made of: nouns, unknown words, figures and measures (36公里处), localisers (坝下, 沿海), 的, adjectives (大剧院). */
const PLACE_WORD = /^(?:n\w*|x|m|q|f|s|uj|a|b|j|g|zg|ng|eng|vn)$/u;
/** Tags a place's name can end with: a noun, an unknown word, a localiser or a place word. */
const PLACE_END = /^(?:n\w*|x|f|s|j|ng|eng)$/u;
/** Most words taken as one place. */
const MAX_WORDS = 8;

/**
 * Where a place's words run from token `first` of the sentence: the last token of the longest run
 * that ends on a noun, or −1. Past a place's head (某县, 某中心, 某剧院) the run goes on only to
 * another head (中心 + 小学) or over a localiser (卫生院 + 旁): a noun after a head is more often a
 * verb jieba took for one (体育中心 + 鸣枪 + 开跑) than more of the place.
 */
function placeRun(sentence: PreparedSentence, first: number): number {
  const { tokens, text } = sentence;
  let end = -1;
  let headed = -1;
  for (let i = first; i < tokens.length && i - first < MAX_WORDS; i++) {
    const token = tokens[i]!;
    if (isPunctuation(token.word) || /^\s+$/u.test(token.word) || !PLACE_WORD.test(token.tag)) break;
    // A verbal noun inside a name (国际会展中心) is part of it; one closing the run is the act done there.
    if (token.tag === 'vn' && !PLACE_END.test(tokens[i + 1]?.tag ?? '')) break;
    // "One" after the place's nouns opens what is there (某县 + 一个农民家庭); other figures are part of it (36公里处, 第二工厂, 千亩茶园).
    if (token.tag === 'm' && end >= 0 && token.word.startsWith('一')) break;
    if (PLACE_END.test(token.tag) && token.word !== '的') end = i;
    if (endsInPlaceHead(text.slice(tokens[first]!.start, token.end)) || (headed === i - 1 && token.tag === 'f')) headed = i;
  }
  return headed >= 0 ? headed : end;
}

/** Every place a sentence writes after an opener, as [first, last] token pairs; kept per sentence. */
const placesOf = new WeakMap<PreparedSentence, readonly [number, number][]>();

export function locativeObjects(sentence: PreparedSentence): readonly [number, number][] {
  let places = placesOf.get(sentence);
  if (places) return places;
  const found: [number, number][] = [];
  sentence.tokens.forEach((token, i) => {
    if (!OPENERS.has(token.word)) return;
    const last = placeRun(sentence, i + 1);
    if (last >= 0 && closesPlace(sentence, i + 1, last)) found.push([i + 1, last]);
  });
  placesOf.set(sentence, (places = found));
  return places;
}

/** Tags of what goes on after a place: the act done there (举行), how (正式), another preposition or a conjunction (与…换乘). */
const AFTER_PLACE = /^(?:v\w*|d|ad|p|c)$/u;

/**
 * Whether the run of words [first, last] is a whole place: what follows it is the act done there, a
 * comma or the sentence's end. A run cut by a word jieba mistagged (某国的首都/d…) is no place,
 * and one holding 的 is a place only before the act (在某村的茶园 + 开幕): before a full stop it is a
 * description (栖息在某地的某亚种。).
 */
function closesPlace(sentence: PreparedSentence, first: number, last: number): boolean {
  const next = sentence.tokens[last + 1];
  // …or "one" (某县 + 一个农民家庭): what is there, which placeRun leaves out.
  const acted = next !== undefined && (AFTER_PLACE.test(next.tag) || (next.tag === 'm' && next.word.startsWith('一')));
  if (sentence.tokens.slice(first, last + 1).some((t) => t.word === '的')) return acted;
  return acted || next === undefined || isPunctuation(next.word);
}

/** The place object [first, last] of the sentence that holds tokens [first, last], if any. */
export function objectAround(sentence: PreparedSentence, first: number, last: number): readonly [number, number] | undefined {
  return locativeObjects(sentence).find(([from, to]) => from <= first && last <= to);
}

/** Nouns of any place at all, which ask no level of an address (什么地方, 哪个位置). */
export const ANY_PLACE: ReadonlySet<string> = new Set(['地方', '地点', '位置', '场所', '所在地']);
/** Nouns of a venue or a stretch, which ask where as much (哪个场馆, 哪一带). */
const ANY_SPOT = ['场馆', '场地', '地址', '地段', '一带'];

/** Words that ask where of no class: 哪里, 何处, 什么地方, 哪个场馆, "where" (the question's text is folded to simplified). */
const ASKS_WHERE = new RegExp(`哪里|哪儿|在哪(?![一些个种座条位家所国场部本])|何处|何地|何方|(?:什么|哪个|哪一|哪)(?:${[...ANY_PLACE, ...ANY_SPOT].join('|')})|\\bwhere\\b`, 'iu');

/**
 * Whether the question asks where, of no class (在哪里举行, 什么地方, 在哪个场馆, "where"), and one
 * place. Not a class (哪个省, 哪一个国家, which city: a member of it, as the article names it, not the
 * spot around it), nor a set (分布在哪些地区: the list), nor a name (首都叫什么).
 */
export function asksWhere(question: AnalysedQuestion): boolean {
  return !question.plural && ASKS_WHERE.test(question.text);
}
