import { cantoneseCopula, standardFromCantonese } from './cantonese.js';
import { writtenFromSpoken } from './spoken-mandarin.js';
import { compatibilityFold, toSimplified } from './fold.js';
import { CONTROL_CLASS, removeInvisible } from './invisible.js';

/** Longest question the engine reads; anything past it is noise, not a question. */
export const MAX_QUESTION_CHARS = 500;

const URL = /\b(?:https?:\/\/|www\.|discord\.gg\/)\S+/giu;
// Controls, newlines and tabs included, separate words: they become spaces, not nothing.
const CONTROL = new RegExp(`[${CONTROL_CLASS}]`, 'gu');

/**
 * Turns whatever a user typed into the text the engine reads: full-width ASCII folded (NFKC, but
 * Chinese punctuation kept as the articles keep it: fold.ts),
 * tone marks and zalgo stripped, links and invisible characters removed, traditional characters
 * simplified, Cantonese asking words and particles, and spoken Mandarin's (干嘛), written in standard
 * Chinese (cantonese.ts, spoken-mandarin.ts).
 * Discord's markup (mentions, emoji) is the Discord side's to remove, before it asks.
 */
export function normalizeQuestion(raw: string): string {
  // Invisible characters go first: a link or a word split by one is whole again for what follows.
  let text = removeInvisible(raw.slice(0, MAX_QUESTION_CHARS * 4)).replace(CONTROL, ' ');
  text = text.replace(URL, ' ');
  // NFD then dropping combining marks turns "Zhāng Sān" into "Zhang San" and removes zalgo stacks.
  text = compatibilityFold(text).normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
  text = text.replace(/[`*_~|>#]+/g, ' ');
  // The articles are read simplified, so a question in 繁體 must meet them in the same characters.
  if (/\p{Script=Han}/u.test(text)) text = writtenFromSpoken(standardFromCantonese(toSimplified(cantoneseCopula(text))));
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION_CHARS);
}
