import { createRequire } from 'node:module';
import { PINYIN_SYLLABLES } from './pinyin-syllables.js';

type PinyinPro = typeof import('pinyin-pro');
let romanizer: PinyinPro['pinyin'] | undefined;
/**
 * pinyin-pro, required on the first word romanized: compiling it and filling its tables takes some
 * 70 ms, which a process answering only Chinese questions never needs to pay.
 */
function pinyinPro(): PinyinPro['pinyin'] {
  romanizer ??= (createRequire(import.meta.url)('pinyin-pro') as PinyinPro).pinyin;
  return romanizer;
}

/** Toneless pinyin syllables of a Chinese word: 张三 → ['zhang', 'san']. */
const cache = new Map<string, string[]>();
const CACHE_LIMIT = 50_000;

export function syllables(word: string): string[] {
  let found = cache.get(word);
  if (!found) {
    found = pinyinPro()(word, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());
    // Bounded: questions bring new words forever; the article's words are what repeats.
    if (cache.size < CACHE_LIMIT) cache.set(word, found);
  }
  return found;
}

/** The key people type for a name or place in Latin letters, spaces and apostrophes gone: 西安 → xian. */
export function pinyinKey(word: string): string {
  return syllables(word).join('');
}

/** How a reader of English sees a name: 张三 → Zhang San, 欧阳修 → Ouyang Xiu (surname, then given name). */
export function romanizeName(name: string): string {
  const parts = syllables(name);
  if (parts.length === 0) return name;
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const surnameLength = parts.length === 4 ? 2 : 1;
  return `${cap(parts.slice(0, surnameLength).join(''))} ${cap(parts.slice(surnameLength).join(''))}`.trim();
}

/** How a reader of English sees a place or organisation word: 洛阳 → Luoyang. */
export function romanizeWord(word: string): string {
  const joined = pinyinKey(word);
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** A Latin word cut into pinyin syllables (canjiale → can jia le), or undefined when it is not pinyin. */
export function pinyinSyllables(word: string): string[] | undefined {
  const syllables = PINYIN_SYLLABLES;
  const lower = word.toLowerCase();
  // Longest syllable first, backtracking: xian is one syllable, xi'an two, and both spell pinyin.
  const cut = (at: number): string[] | undefined => {
    if (at === lower.length) return [];
    for (let n = Math.min(6, lower.length - at); n >= 1; n--) {
      const piece = lower.slice(at, at + n);
      if (!syllables.has(piece)) continue;
      const rest = cut(at + n);
      if (rest) return [piece, ...rest];
    }
    return undefined;
  };
  return lower.length > 0 && lower.length <= 40 ? cut(0) : undefined;
}

export function isPinyin(word: string): boolean {
  return pinyinSyllables(word) !== undefined;
}
