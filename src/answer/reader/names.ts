import { pinyinSyllables, syllables } from '../../language/pinyin.js';
import { surnameLength } from '../../language/surnames.js';
import type { PreparedArticle } from './prepare.js';

/**
 * Names a question writes in Latin letters (Zhang Mingyuan, Li Hua, Liu), found in the article by
 * their pinyin: jieba often cuts an unknown name apart (柯 + 秋岚), so the article's characters are
 * read, not its words. A run of capitalised words is one name, matched character for syllable; a
 * single capitalised syllable is a surname, standing for the name the article most often writes
 * after it.
 */
interface Reading {
  /** The article's characters (code points), each read once per article rather than per question. */
  chars: string[];
  /** pinyin[i]: the first reading of chars[i], or '' when it is not Han. */
  pinyin: string[];
}

const readings = new WeakMap<PreparedArticle, Reading>();

function articleReading(prepared: PreparedArticle): Reading {
  let reading = readings.get(prepared);
  if (!reading) {
    const chars = Array.from(prepared.text);
    const pinyin = chars.map((ch) => (/\p{Script=Han}/u.test(ch) ? (syllables(ch)[0] ?? '') : ''));
    reading = { chars, pinyin };
    readings.set(prepared, reading);
  }
  return reading;
}

/** Whether the characters from i read as `spoken`, syllable for syllable. */
function readsAs(pinyin: readonly string[], i: number, spoken: readonly string[]): boolean {
  for (let k = 0; k < spoken.length; k++) if (pinyin[i + k] !== spoken[k]) return false;
  return true;
}

/** Every stretch of the article whose characters read as `spoken`, with how often it occurs. */
function spelled(prepared: PreparedArticle, spoken: readonly string[]): Map<string, number> {
  const { chars, pinyin } = articleReading(prepared);
  const found = new Map<string, number>();
  for (let i = 0; i + spoken.length <= chars.length; i++) {
    if (readsAs(pinyin, i, spoken)) {
      const word = chars.slice(i, i + spoken.length).join('');
      found.set(word, (found.get(word) ?? 0) + 1);
    }
  }
  return found;
}

/** The name most often written after a surname read as `syllable` (刘 → 刘明远), if it recurs. */
function bySurname(prepared: PreparedArticle, syllable: string): string | undefined {
  const { chars, pinyin } = articleReading(prepared);
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

export function namesInQuestion(question: string, prepared: PreparedArticle): string[] {
  const found: string[] = [];
  for (const run of question.match(/\b[A-Z][a-z]+(?:'[a-z]+|[ -][A-Z][a-z]+)*/g) ?? []) {
    const spoken = pinyinSyllables(run.toLowerCase().replace(/[^a-z]/g, ''));
    if (!spoken) continue;
    if (spoken.length === 1) {
      const name = bySurname(prepared, spoken[0]!);
      if (name) found.push(name);
      continue;
    }
    const matches = [...spelled(prepared, spoken)].sort((a, b) => b[1] - a[1]);
    if (matches[0]) found.push(matches[0][0]);
  }
  return [...new Set(found)];
}
