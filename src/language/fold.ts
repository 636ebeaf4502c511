import { createRequire } from 'node:module';
import { Converter } from 'opencc-js/t2cn';

/**
 * The one script both sides are matched in: traditional → simplified, full-width letters, digits
 * and symbols → ASCII, Roman-numeral characters (Ⅱ) → letters. Chinese punctuation (，：；（）！？)
 * stays as it is on both sides, because the article's clause and list rules read it. Question and
 * article go through this same function, so 臺灣 meets 台湾 and ＧＤＰ meets GDP; replies still quote
 * the article as written, through `origin`.
 */
export interface Folded {
  text: string;
  /** For each character of `text`, the index in the original string it came from. */
  origin: Int32Array;
}

/** Chinese punctuation in the full-width block that keeps its form: the article's own separators. */
const KEPT = new Set(['，', '：', '；', '！', '？', '（', '）', '＂', '＇', '［', '］', '｛', '｝', '～']);

/** Runs of text outside the kept punctuation. */
const BETWEEN_KEPT = new RegExp(`[^${[...KEPT].join('')}]+`, 'gu');

/**
 * Unicode's compatibility folding (NFKC: full-width ＧＤＰ → GDP, ① → 1) for text a user typed, except
 * the punctuation the articles keep full-width: a question quoting 「國家，意味著責任」 must meet the
 * article's 国家，意味着责任, not 国家,意味着责任.
 */
export function compatibilityFold(text: string): string {
  return text.replace(BETWEEN_KEPT, (run) => run.normalize('NFKC'));
}

let converter: ((text: string) => string) | undefined;

/**
 * 甚麼, Taiwan's usual spelling of 什麼, comes out of OpenCC as 甚么, which no word list of asking
 * words holds: it is 什么 wherever it is written, question or article, and as long. So is 身分,
 * Taiwan's 身份 (identity), which OpenCC leaves as it is: 是什麼身分 asks what 是什么身份 asks.
 */
const MAINLAND: Readonly<Record<string, string>> = { 甚么: '什么', 身分: '身份' };
const VARIANTS = new RegExp(Object.keys(MAINLAND).join('|'), 'gu');

/** OpenCC's traditional → simplified (Taiwan → mainland), built on first use: the converter every match goes through. */
export function toSimplified(text: string): string {
  converter ??= Converter({ from: 'tw', to: 'cn' }) as (text: string) => string;
  return converter(text).replace(VARIANTS, (variant) => MAINLAND[variant]!);
}

let traditional: ((text: string) => string) | undefined;

/**
 * OpenCC's simplified → traditional (mainland → Taiwan), built on first use (some 190 ms): the other
 * way, only for the engine's own words in a reply about a traditional article (a refusal's "文章沒有…"),
 * which no line of the article can restore.
 */
export function toTraditional(text: string): string {
  // Required when first needed, not imported: its dictionaries took some 35 ms of every start.
  traditional ??= (createRequire(import.meta.url)('opencc-js/cn2t') as typeof import('opencc-js/cn2t')).Converter({ from: 'cn', to: 'tw' }) as (text: string) => string;
  return traditional(text);
}

function simplify(text: string): string {
  const whole = toSimplified(text);
  // OpenCC converts phrases; a phrase that changed length would break the offsets, so fall back to characters.
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const one = toSimplified(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out.replace(VARIANTS, '什么');
}

function foldChar(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code === 0x3000) return ' ';
  if (code >= 0xff01 && code <= 0xff5e) return KEPT.has(ch) ? ch : String.fromCharCode(code - 0xfee0);
  if ((code >= 0x2160 && code <= 0x217f) || (code >= 0x2460 && code <= 0x24ff)) return ch.normalize('NFKC');
  return ch;
}

/** A full-width digit. */
const WIDE_DIGIT = /[０-９]/u;

/**
 * Whether the full-width comma at `at` separates thousands (２，４３６座): between full-width digits,
 * with a group of exactly three after it. Written with half-width digits, 2，436 may as well be two
 * figures of two clauses; a text that writes its figures full-width writes their separator so too.
 */
function thousandsComma(text: string, at: number): boolean {
  if (text[at] !== '，' || !WIDE_DIGIT.test(text[at - 1] ?? '')) return false;
  for (let k = 1; k <= 3; k++) if (!WIDE_DIGIT.test(text[at + k] ?? '')) return false;
  return !WIDE_DIGIT.test(text[at + 4] ?? '');
}

/** Folds `text` and keeps where every folded character came from. */
export function foldWithOrigin(text: string): Folded {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const folded = thousandsComma(text, i) ? ',' : foldChar(ch);
    out += folded;
    for (let k = 0; k < folded.length; k++) origin.push(i);
  }
  const simplified = /\p{Script=Han}/u.test(out) ? simplify(out) : out;
  return { text: simplified, origin: Int32Array.from(origin) };
}

export function foldText(text: string): string {
  return foldWithOrigin(text).text;
}

/**
 * A word of the folded question (国际协会, bcpl: what the article lacks) as the user typed it (國際協會,
 * BCPL): a reply naming the question's words quotes them as they were written. Only a span of letters,
 * marks and digits that folds back to the word is taken, so nothing the cleaning removed (an invisible
 * character, a control character) comes back with it; otherwise the word itself.
 */
export function asWritten(word: string, typed: string): string {
  const folded = foldWithOrigin(typed);
  const text = folded.text.toLowerCase();
  // Lower case keeps the length of the letters a question holds; a text it would not is left alone.
  const at = text.length === folded.text.length ? text.indexOf(word.toLowerCase()) : -1;
  if (at < 0) return word;
  const span = originalSpan(typed, folded, at, at + word.length);
  return /^[\p{L}\p{M}\p{N}]+$/u.test(span) && foldText(span).toLowerCase() === word.toLowerCase() ? span : word;
}

/** The original text behind the folded span [start, end). */
export function originalSpan(original: string, folded: Folded, start: number, end: number): string {
  if (end <= start) return '';
  const from = folded.origin[start] ?? 0;
  const to = (folded.origin[end - 1] ?? original.length - 1) + 1;
  return original.slice(from, to);
}
