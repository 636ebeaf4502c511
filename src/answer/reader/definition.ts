import type { AnalysedQuestion } from './analyse.js';
import { NAMING_WORDS } from './other-name.js';
import type { PreparedSentence } from './prepare.js';

/**
 * "什么是X？" / "X是什么？" asks what X is, and an article says it once, with X as the subject of a
 * copula: "X是…", "X，是…", "X（学名：…）是…", "X，又称Y，是…" — an encyclopedia entry in its first
 * sentence, a report where it introduces X. That sentence is the answer's, however many of the
 * question's words another sentence repeats (X作为…, X的衍生物是…). Only a question that asks
 * nothing but what X is: "X的特点是什么" asks a property, read as any other question.
 * Texts are in the one script of matching (foldArticle).
 */

const MARKS = /[\p{P}\p{S}\s]/gu;
const LEADING_MARKS = /^[\p{P}\p{S}\s]+/u;
/** The question's own frame: 什么是X, 何为X; X是什么, X指什么, X是指什么, X指的是什么. */
const WHAT_IS_BEFORE = /^(?:请问)?(?:什么是|何为|何谓)(.+)$/u;
const WHAT_IS_AFTER = /^(.+?)(?:是什么|指什么|是指什么|指的是什么|是啥)$/u;
const WHAT_IS_ENGLISH = /^\s*what\s+(?:is|are|was|were)\b|^\s*what's\b/iu;
/** What a question may close with after its asking word. */
const CLOSING = /[？?！!。\s]*$|[呢啊吧][？?！!。\s]*$/u;

/** The term a question asks the definition of, its marks removed; undefined for any other question. */
export function definedTerm(question: AnalysedQuestion): string | undefined {
  if (question.type !== 'definition') return undefined;
  // "What is 青禾历?": the one article word it names (its words are mapped to the article's by then).
  if (question.english) {
    const [term, ...more] = question.terms;
    return WHAT_IS_ENGLISH.test(question.text) && term && more.length === 0 && /\p{Script=Han}{2}/u.test(term) ? term : undefined;
  }
  const text = question.text.replace(CLOSING, '');
  const term = (WHAT_IS_BEFORE.exec(text)?.[1] ?? WHAT_IS_AFTER.exec(text)?.[1])?.replace(MARKS, '');
  // A property of it (X的特点是什么) or a term of one character is no definition asked.
  return term && term.length >= 2 && !term.includes('的') ? term : undefined;
}

/**
 * "X是一支什么样的部队？", "X是什么动物的演化支？", "X属于哪种N？": what class of thing X is. The sentence
 * with X as a copula's subject says it (X为某国陆军的一支部队), as for 什么是X, though the
 * answer is the part naming the class, not all it says: the term, for the sentence; undefined else.
 */
const KIND_ASKED = /^(.+?)(?:是|为|属于|乃)(?:一[个支种座部家所位名条只本首类])?(?:什么样|什么|哪种|何种|哪一种|哪类|哪一类)[的\p{Script=Han}]{1,8}$/u;

export function classifiedTerm(question: AnalysedQuestion): string | undefined {
  // 为什么 is a why, not 为 + 什么.
  if (question.english || question.type === 'reason' || question.type === 'yesno') return undefined;
  const term = KIND_ASKED.exec(question.text.replace(CLOSING, ''))?.[1]?.replace(MARKS, '');
  return term && term.length >= 2 && !term.includes('的') ? term : undefined;
}

/** An aside between the term and its copula: a bracket (学名：…), or another name (，又称Y，) given after any naming word. */
const ASIDE = new RegExp(`^\\s*(?:[（(][^（）()]*[）)]\\s*|[，,]\\s*(?:${[...NAMING_WORDS].sort((a, b) => b.length - a.length).join('|')})[^，,。；]*(?=[，,]))*`, 'u');
/** Longer copulas first: 是指 is one, not 是 + 指在…. */
const COPULA = /^[，,\s]*(?:是指|意指|泛指|就是|便是|是|为|系|乃|即|指)/u;
/**
 * What may stand before the term in a sentence defining it: the field the definition holds in
 * (在数学中，X是…; 在生物学上，…), and 所谓, which announces the term (所谓X，就是…).
 */
const OPENING = /^(?:在[^，,。；：]{1,12}[中上里内]\s*[，,]\s*)?(?:所谓\s*)?$/u;

/**
 * Where the sentence says what `term` is — right after the copula of a sentence that opens with the
 * term (after its credit, its opening marks, and the field or 所谓 it may be written after) — or
 * -1 when it does not define it.
 */
export function definitionStart(sentence: PreparedSentence, term: string): number {
  const { text } = sentence;
  const at = text.indexOf(term, sentence.credit);
  if (at < 0 || !OPENING.test(text.slice(sentence.credit, at).replace(LEADING_MARKS, ''))) return -1;
  const after = at + term.length;
  const rest = text.slice(after).replace(ASIDE, '');
  const copula = COPULA.exec(rest);
  return copula ? text.length - rest.length + copula[0].length : -1;
}
