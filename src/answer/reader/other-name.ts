import { ANOTHER_NAME } from '../../language/same-words.js';
import type { AnalysedQuestion } from './analyse.js';
import type { PreparedSentence } from './prepare.js';

/**
 * "X又叫什么？", "X的简称是什么？", "X原名叫什么？": the article gives the name right after a word
 * that introduces it (X，又名A、B，是…; 简称Y; 本站原名Z，…) — the name runs to the end of its
 * clause, a list of names whole. Words of one meaning stand for each other (也叫 is answered by 或称);
 * a short, a former and a full name are each their own. Texts are in the one script of matching.
 */
const FAMILIES: readonly (readonly string[])[] = [
  ANOTHER_NAME,
  ['简称', '缩写', '略称'],
  ['原名', '本名', '旧称', '旧名', '原称', '曾用名'],
  ['全称', '全名'],
];

/** Every word that introduces a name, of any of the families. */
export const NAMING_WORDS: readonly string[] = FAMILIES.flat();

/** Asking words after the naming word: X的别名是什么, X又叫什么, X原名叫啥. */
const ASKING_AFTER = /^(?:是|为|叫|叫做)?(?:什么|啥|何|哪)/u;

/** What the question asks the name of, as it writes it: its words before the naming word (青禾书院 of 青禾书院也叫什么). */
export function namedThing(question: AnalysedQuestion, words: readonly string[]): string {
  const at = question.text.indexOf(words[0]!);
  return question.text
    .slice(0, Math.max(0, at))
    .replace(/^(?:请问)?/u, '')
    .replace(/(?:的|也|又|还|是|被|之)+$/u, '')
    .replace(/[\p{P}\s]/gu, '');
}

/** The naming words that answer the question, when it asks a name of X after one (not "X是什么的简称"). */
export function askedNameWords(question: AnalysedQuestion): readonly string[] | undefined {
  // 名称为什么又叫… asks why, not a name.
  if (question.english || question.type === 'reason' || question.type === 'yesno') return undefined;
  for (const family of FAMILIES) {
    for (const word of family) {
      const at = question.text.indexOf(word);
      // The question's own word first: an article may give another name (又称) and a common one (俗名) apart.
      if (at >= 0 && ASKING_AFTER.test(question.text.slice(at + word.length).replace(/^[的是]?/u, ''))) return [word, ...family.filter((w) => w !== word)];
    }
  }
  return undefined;
}

/** What may stand between a naming word and the name: 为, 是, a colon, an opening mark. */
const BEFORE_NAME = /^(?:为|是|作|做)?[：:]?\s*/u;
/** Where a name (or a list of them) ends: its clause's end (not an ASCII ;, which a variant markup may hold). */
const NAME_END = /[，,。；！？!?]/u;

/**
 * The name a sentence gives after one of `words`: the first such word after where the sentence
 * names `near` (any of them, when it names none), to its clause's end; undefined when it gives none.
 */
export function nameAfter(sentence: PreparedSentence, words: readonly string[], near: readonly string[]): { start: number; end: number } | undefined {
  const { text } = sentence;
  const named = near.map((n) => text.indexOf(n)).filter((i) => i >= 0);
  const from = named.length > 0 ? Math.min(...named) : 0;
  // The word the question wrote, where the sentence writes it; else the first of the others.
  let best: { at: number; word: string } | undefined;
  for (const [k, word] of words.entries()) {
    let at = text.indexOf(word, from);
    if (at < 0 && from > 0) at = text.indexOf(word);
    if (at >= 0 && k === 0) {
      best = { at, word };
      break;
    }
    if (at >= 0 && (!best || at < best.at || (at === best.at && word.length > best.word.length))) best = { at, word };
  }
  if (!best) return undefined;
  const after = best.at + best.word.length;
  const start = after + BEFORE_NAME.exec(text.slice(after))![0].length;
  const stop = text.slice(start).search(NAME_END);
  let end = stop < 0 ? text.length : start + stop;
  // 某甲本名张三、某乙本名李四: the list ends where the next item names another thing's name.
  const items = text.slice(start, end).split('、');
  const other = items.findIndex((item) => words.some((w) => item.includes(w)));
  if (other > 0) end = start + items.slice(0, other).join('、').length;
  return end - start >= 1 ? { start, end } : undefined;
}
