import { Converter } from 'opencc-js/t2cn';

/**
 * Traditional → simplified, built on first use: the article is simplified, so a question in
 * 繁體 must meet it in the same characters.
 */
let toSimplified: ((text: string) => string) | undefined;

function simplify(text: string): string {
  const convert = (toSimplified ??= Converter({ from: 'tw', to: 'cn' }) as (text: string) => string);
  return convert(text);
}

/** Longest question the engine reads; anything past it is noise, not a question. */
export const MAX_QUESTION_CHARS = 500;

const DISCORD_MARKUP = /<a?:\w+:\d+>|<[@#][!&]?\d+>|<\/[\w -]+:\d+>|<t:\d+(?::\w)?>|@(?:everyone|here)\b/gu;
const URL = /\b(?:https?:\/\/|www\.|discord\.gg\/)\S+/giu;
// Zero-width, bidi overrides and isolates, BOM: invisible, and a way to hide a mention (@\u200beveryone).
const INVISIBLE = /[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/gu;
// C0/C1 controls, newlines and tabs included: they separate words.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;

/**
 * Turns whatever a user typed into the text the engine reads: full-width ASCII folded (NFKC),
 * tone marks and zalgo stripped, Discord mentions, links and invisible characters removed,
 * traditional characters simplified.
 */
export function normalizeQuestion(raw: string): string {
  // Invisible characters go first, so a mention split by one is still seen as a mention.
  let text = raw.slice(0, MAX_QUESTION_CHARS * 4).replace(INVISIBLE, '').replace(CONTROL, ' ');
  text = text.replace(DISCORD_MARKUP, ' ').replace(URL, ' ');
  // NFD then dropping combining marks turns "Zhāng Sān" into "Zhang San" and removes zalgo stacks.
  text = text.normalize('NFKC').normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
  text = text.replace(/[`*_~|>#]+/g, ' ');
  if (/\p{Script=Han}/u.test(text)) text = simplify(text);
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION_CHARS);
}
