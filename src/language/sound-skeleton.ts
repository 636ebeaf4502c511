import { syllables } from './pinyin.js';

/**
 * The consonants of a name as it sounds, for matching a foreign name spelled in Latin letters with
 * the characters Chinese news writes it in (Harry Soemadi → 哈里·苏马迪, ha li su ma di):
 * vowels, h, w and y dropped, sounds Chinese does not tell apart merged (r and l; b and p; d and
 * t; g, k and hard c; j, ch, zh and q; s, z, x, sh and soft c), repeats collapsed. Both spellings
 * reduce to LSMT.
 */
const CLASSES: readonly [RegExp, string][] = [
  [/ng/g, 'N'],
  [/zh|ch|dj|tch|q|j/g, 'J'],
  [/sh|x|z|s|c(?=[eiy])/g, 'S'],
  [/ph|f|v/g, 'F'],
  [/ck|c|k|g/g, 'K'],
  [/b|p/g, 'P'],
  [/d|t/g, 'T'],
  [/r|l/g, 'L'],
  [/m/g, 'M'],
  [/n/g, 'N'],
];

function skeleton(letters: string): string {
  let out = letters.toLowerCase().replace(/[^a-z]/g, '');
  for (const [pattern, sound] of CLASSES) out = out.replace(pattern, sound);
  return out.replace(/[a-z]/g, '').replace(/(.)\1+/g, '$1');
}

/** The skeleton of a name written in Latin letters. */
export function latinSkeleton(name: string): string {
  return skeleton(name);
}

/** The skeleton of a name written in characters, through their pinyin (a middle dot ignored). */
export function hanSkeleton(name: string): string {
  return skeleton([...name].filter((ch) => /\p{Script=Han}/u.test(ch)).map((ch) => syllables(ch)[0] ?? '').join(''));
}

/** Edits between two skeletons (insert, delete, replace one sound). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * Whether a Latin spelling and a Chinese transliteration sound alike: the same skeleton but for
 * one sound in three (唐纳德 drops the l of Donald, 特朗普 reads m as n), and at least four sounds,
 * since a short skeleton matches too much — or three sounds exactly the same (a runner's surname,
 * Bekele → 贝克勒), since two matches too much even so.
 */
export function soundsAlike(latin: string, han: string): boolean {
  return skeletonsAlike(latinSkeleton(latin), hanSkeleton(han));
}

/** `soundsAlike` on skeletons already made (a vocabulary keeps its names'). */
export function skeletonsAlike(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 4) return a.length >= 3 && a === b;
  const allowed = Math.floor(Math.max(a.length, b.length) / 3);
  // Lengths further apart than the edits allowed cannot match: most names are passed over here.
  if (Math.abs(a.length - b.length) > allowed) return false;
  return distance(a, b) <= allowed;
}
