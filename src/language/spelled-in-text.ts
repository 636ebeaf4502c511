import { syllables } from './pinyin.js';
import { surnameLength } from './surnames.js';

/**
 * Names found in a text by how they are spoken: jieba often cuts an unknown name apart (柯 + 秋岚), so
 * a name written in Latin letters is matched against the text's characters, syllable for character,
 * not against its words. One home for it: the reader looks for the names of its question here, and
 * the vocabulary finds here the names of an English question it has no word for.
 */
export interface TextReading {
  /** The text's characters (code points). */
  chars: string[];
  /** pinyin[i]: the first reading of chars[i], or '' when it is not Han. */
  pinyin: string[];
}

/** The text read character by character; callers keep it, it is read once per text. */
export function readText(text: string): TextReading {
  const chars = Array.from(text);
  return { chars, pinyin: chars.map((ch) => (/\p{Script=Han}/u.test(ch) ? (syllables(ch)[0] ?? '') : '')) };
}

/** Every stretch of the text whose characters read as `spoken`, with how often it occurs. */
export function spelledIn(reading: TextReading, spoken: readonly string[]): Map<string, number> {
  const { pinyin } = reading;
  return stretchesReading(reading.chars, spoken.length, (i, k) => pinyin[i] === spoken[k]);
}

/**
 * Every stretch of `length` characters each of which `reads(at, k)` says is read as the name's k-th
 * syllable, with how often it occurs: the one way a name spelt in letters is found in a text, by
 * pinyin here or by Cantonese sound (cantonese-romanised.ts).
 */
export function stretchesReading(chars: readonly string[], length: number, reads: (at: number, k: number) => boolean): Map<string, number> {
  const found = new Map<string, number>();
  for (let i = 0; i + length <= chars.length; i++) {
    let k = 0;
    while (k < length && reads(i + k, k)) k++;
    if (k < length) continue;
    const word = chars.slice(i, i + length).join('');
    found.set(word, (found.get(word) ?? 0) + 1);
  }
  return found;
}

/** The name most often written after a surname read as `syllable` (刘 → 刘明远), if it recurs. */
export function namedAfterSurname(reading: TextReading, syllable: string): string | undefined {
  const { chars, pinyin } = reading;
  const counts = new Map<string, number>();
  for (let i = 0; i < chars.length; i++) {
    if (pinyin[i] !== syllable || surnameLength(chars[i]!) === 0) continue;
    for (const length of [3, 2]) {
      const word = chars.slice(i, i + length).join('');
      if (/^\p{Script=Han}+$/u.test(word) && word.length === length) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  // A three-character name that recurs beats its two-character head, which recurs at least as often.
  const best = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] * b[0].length - a[1] * a[0].length)[0];
  return best?.[0];
}
