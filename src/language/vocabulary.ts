import { hanNgrams, MAX_WORD, type Lexicon } from './cedict.js';
import { senseWords, stem } from './english.js';
import { pinyinKey, pinyinSyllables } from './pinyin.js';
import { isAllHan } from './script.js';
import { tagWords } from './segmenter.js';
import { namedAfterSurname, readText, spelledIn, type TextReading } from './spelled-in-text.js';
import { wadeGilesKeys } from './wade-giles.js';
import { cantoneseSyllables, spelledInCantonese } from './cantonese-romanised.js';
import { hanSkeleton, latinSkeleton, skeletonsAlike } from './sound-skeleton.js';
import { NAME_DOT, spelledForeign } from './transliterated.js';

/** An article word reachable from an English word, and how surely (1: the sense is that word alone). */
export interface Translation {
  word: string;
  weight: number;
}

/**
 * The articles' own words, reachable from Latin letters: by pinyin (zhangsan → 张三) and by English
 * meaning through the dictionary (agreement → 协议). Limited to words the articles contain, so an
 * English question can only ever be mapped onto text that can answer it.
 */
export interface Vocabulary {
  has(word: string): boolean;
  /** The dictionary's senses of one of the articles' words. */
  senses(word: string): readonly string[] | undefined;
  /** Article words whose toneless pinyin is `key` (two syllables or more). */
  byPinyin(key: string): string[];
  /** Article words one of whose senses contains the English stem. */
  byEnglish(stemmed: string): Translation[];
  /**
   * The articles' characters whose first dictionary sense is this one word (窑: kiln): a thing Chinese
   * names in one character, inside words the dictionary lacks (北岸窑, 窑址), which `byEnglish` never reaches.
   */
  byCharacter(stemmed: string): string[];
  /**
   * The articles' nouns that end in a character one of whose first senses is this one word: Chinese
   * names a thing by a compound on its head character (特大桥, 主桥 on 桥 "bridge"; 主塔 on 塔
   * "tower"), which the dictionary rarely holds whole, or holds in another sense (大桥 as a name).
   */
  byHead(stemmed: string): string[];
  /** Article words with a sense that is exactly this phrase of stems ("winter olymp"). */
  byPhrase(stems: string): string[];
  /** Foreign names the articles write (哈里·苏马迪) that sound like a name spelled in Latin letters, whole or by its family name. */
  bySound(latin: string): string[];
  /**
   * Runs of two to four Han characters of the articles' text whose pinyin is `key`: a name jieba cut
   * apart (岚/峰), which is no word of the vocabulary for `byPinyin` to find.
   */
  bySpelling(key: string): string[];
  /** The name the articles most often write after a surname whose pinyin is `key` (Han: 韩某某), as English news names a person a second time. */
  bySurname(key: string): string[];
  /** Runs of the articles' text read as a name of two or more words spelt by its Cantonese sound (Kam Lung: 金龙). */
  byCantonese(words: readonly string[]): string[];
}

/** Han n-grams of the text that the dictionary knows, e.g. 国际机场 even where jieba cut 国际/机场. */
export function dictionaryNgrams(text: string, lexicon: Lexicon): string[] {
  const found: string[] = [];
  for (const gram of hanNgrams(text, 2, MAX_WORD)) if (lexicon.has(gram)) found.push(gram);
  return found;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * One character a word takes after it in writing, forming a word the dictionary may lack as a whole:
 * a preposition after a verb (生于, 来自, 用于, 毕业于), a direction after a verb of motion (跳入,
 * 走进, 运往, 飞抵…), a place word after a noun (河中, 车内, 岸边).
 */
const TRAILING_CHARACTER = /^(.+?)([于自在向给到入进出回往至抵中里内外边旁畔])$/u;

/** The senses of a word the dictionary lacks as a whole, when it is a word it has and one trailing character. */
function sensesBeforeTrailing(word: string, lexicon: Lexicon): { senses: readonly string[] } | undefined {
  const match = TRAILING_CHARACTER.exec(word);
  const senses = match ? lexicon.get(match[1]!) : undefined;
  return senses ? { senses } : undefined;
}

/** A sense made of one word, "by" or "to" and the word again (bit by bit, back to back). */
const REPEATED_BY = /^\s*([a-z]+) (?:by|to) \1\s*$/iu;

/**
 * Makes a word reachable from its dictionary senses: from each English stem of a short sense (with
 * how surely: 1 when the sense is that word alone), and from a sense of several words as a phrase.
 */
export function indexSenses(word: string, lexicon: Lexicon, english: Map<string, Translation[]>, phrases: Map<string, string[]>): void {
  const own = lexicon.get(word);
  // A verb with a preposition or a direction after it, or a noun with a place word, that the
  // dictionary lacks as a whole (生于, 跳入, 河中) means what its first word means.
  const trailing = own ? undefined : sensesBeforeTrailing(word, lexicon);
  const senses = own ?? trailing?.senses ?? [];
  const scale = own ? 1 : 0.5;
  const seen = new Set<string>();
  for (const sense of senses.slice(0, 6)) {
    const words = senseWords(sense);
    const stems = words.map(stem);
    if (stems.length === 0 || stems.length > 4) continue;
    if (stems.length > 1) push(phrases, stems.join(' '), word);
    // English writes many of the dictionary's two-word senses as one word ("sugar cane" is sugarcane,
    // "fire fighter" firefighter): the joined word reaches the sense as surely as the phrase does.
    const joined = words.length === 2 ? words.join('') : '';
    if (/^[a-z]{6,}$/u.test(joined)) push(english, stem(joined), { word, weight: scale });
    // "bit by bit", "step by step", "face to face" say how, not the noun they repeat: 陆续 means no
    // chip (a bit), 逐步 no stair, 面对面 no face. Such a sense is reached as the whole phrase only.
    if (REPEATED_BY.test(sense)) continue;
    for (const s of stems) {
      if (seen.has(s)) continue;
      seen.add(s);
      push(english, s, { word, weight: scale / stems.length });
    }
  }
}

/** The stem of a sense that is one English word and nothing more (窑: "kiln"), else none. */
function oneWordSense(sense: string): string | undefined {
  const words = senseWords(sense);
  return words.length === 1 ? stem(words[0]!) : undefined;
}

/** Longest compound `byHead` reads by its last character, and how many of that character's senses it reads. */
const HEADED_MAX = 6;
const HEAD_SENSES = 3;

/**
 * Whether jieba reads a word as a common noun, a place, an organisation or another proper noun, by
 * its head (特大|桥), or knows it not at all (主塔, x): not a person (李长江 is no river), not a verb.
 */
function isNoun(word: string): boolean {
  const tag = tagWords(word).at(-1)?.tag ?? '';
  return /^(?:n(?!r)|x$)/u.test(tag);
}

/** Longest run of characters `bySpelling` reads as one name. */
const SPELLED_MAX = 4;

export function buildVocabulary(words: Iterable<string>, lexicon: Lexicon, texts: () => readonly string[] = () => []): Vocabulary {
  const known = new Set<string>();
  const han: string[] = [];
  const foreign: string[] = [];
  for (const word of words) {
    if (NAME_DOT.test(word) && !known.has(word)) {
      known.add(word);
      foreign.push(word);
      continue;
    }
    if (known.has(word) || !isAllHan(word) || word.length < 2) continue;
    known.add(word);
    han.push(word);
    // A foreign name written without a dot is heard by its sound too.
    if (spelledForeign(word)) foreign.push(word);
  }
  // The ways in from Latin letters, each made on the first question that needs it, then kept: a
  // process asked only in Chinese never romanizes the articles' words (140 ms for the seed, most of
  // it the romanizer's own start), and reaches their senses only for a word the article lacks (20 ms).
  let pinyin: Map<string, string[]> | undefined;
  const byPinyin = () => {
    if (pinyin) return pinyin;
    pinyin = new Map();
    for (const word of han) push(pinyin, pinyinKey(word), word);
    return pinyin;
  };
  let senses: { english: Map<string, Translation[]>; phrases: Map<string, string[]> } | undefined;
  const bySense = () => {
    if (senses) return senses;
    senses = { english: new Map(), phrases: new Map() };
    for (const word of han) indexSenses(word, lexicon, senses.english, senses.phrases);
    return senses;
  };
  // The articles' characters by their first sense, made on the first English word no word reaches.
  let characters: Map<string, string[]> | undefined;
  const byCharacter = () => {
    if (characters) return characters;
    characters = new Map();
    for (const [word, senses] of lexicon) {
      if (word.length !== 1 || !isAllHan(word)) continue;
      const only = oneWordSense(senses[0] ?? '');
      if (only !== undefined) push(characters, only, word);
    }
    return characters;
  };
  // A compound the dictionary glosses is read by its own senses (厅长 "head of a department", not "long"),
  // unless it knows it only as a name (大桥, a woman of the Three Kingdoms).
  const glossed = (word: string) => (lexicon.get(word) ?? []).some((sense) => !/^[A-Z]/u.test(sense));
  // The articles' nouns by the senses of their last character, made on the first English question that needs them.
  let heads: Map<string, string[]> | undefined;
  const byHead = () => {
    if (heads) return heads;
    heads = new Map();
    const sensesOfHead = new Map<string, string[]>();
    for (const word of han) {
      if (word.length > HEADED_MAX) continue;
      const last = word[word.length - 1]!;
      let stems = sensesOfHead.get(last);
      if (!stems) {
        // A sense of one word that names a thing: not a verb's (to save, of 省), not a classifier's.
        const senses = (lexicon.get(last) ?? []).slice(0, HEAD_SENSES).filter((sense) => !/^(?:to|classifier)\b/iu.test(sense.replace(/^\([^)]*\)\s*/u, '')));
        stems = [...new Set(senses.map(oneWordSense).filter((only) => only !== undefined))];
        sensesOfHead.set(last, stems);
      }
      if (stems.length > 0 && !glossed(word) && isNoun(word)) for (const stemmed of stems) push(heads, stemmed, word);
    }
    return heads;
  };
  // The texts read character by character (spelled-in-text.ts), on the first name that needs them, then kept.
  let readings: TextReading[] | undefined;
  const textReadings = () => (readings ??= texts().map(readText));
  // Their sound skeletons, made on the first English question that needs them, then kept.
  let sounds: { name: string; whole: string; family: string }[] | undefined;

  return {
    has: (word) => known.has(word),
    senses: (word) => lexicon.get(word),
    byPinyin: (key) => byPinyin().get(key) ?? [],
    bySpelling: (key) => {
      const spoken = pinyinSyllables(key);
      if (!spoken || spoken.length < 2 || spoken.length > SPELLED_MAX) return [];
      return [...new Set(textReadings().flatMap((reading) => [...spelledIn(reading, spoken).keys()]))];
    },
    bySurname: (key) => {
      const spoken = pinyinSyllables(key);
      // …or a surname spelt in Wade–Giles, as Taiwan's are (Hsu of 許, Chang of 張), when pinyin spells none.
      const syllables = spoken?.length === 1 ? [key] : spoken === undefined ? wadeGilesKeys([key]).filter((k) => pinyinSyllables(k)?.length === 1) : [];
      return [...new Set(syllables.flatMap((syllable) => textReadings().map((reading) => namedAfterSurname(reading, syllable))).filter((name) => name !== undefined))];
    },
    byCantonese: (words) => {
      const syllables = words.length >= 2 && words.length <= SPELLED_MAX ? cantoneseSyllables(words) : undefined;
      return syllables ? [...new Set(textReadings().flatMap((reading) => [...spelledInCantonese(reading.chars, syllables).keys()]))] : [];
    },
    byEnglish: (s) => bySense().english.get(s) ?? [],
    byCharacter: (s) => byCharacter().get(s) ?? [],
    byHead: (s) => byHead().get(s) ?? [],
    byPhrase: (s) => bySense().phrases.get(s) ?? [],
    // Few foreign names per article: compared one by one, and only for a capitalised name pinyin cannot spell.
    bySound: (latin) => {
      sounds ??= foreign.map((name) => ({ name, whole: hanSkeleton(name), family: hanSkeleton(name.split(NAME_DOT).at(-1)!) }));
      const heard = latinSkeleton(latin);
      const single = !/\s/u.test(latin.trim());
      return sounds.filter((s) => skeletonsAlike(heard, s.whole) || (single && skeletonsAlike(heard, s.family))).map((s) => s.name);
    },
  };
}
