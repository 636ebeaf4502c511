import type { AnalysedQuestion } from './analyse.js';
import type { PreparedSentence } from './prepare.js';

/**
 * "X的花有什么特点？", "X的天敌有哪些？": a part or a property of the article's subject. An entry
 * describes each in a sentence of its own that opens with it and leaves the subject out (花为聚伞花
 * 序顶生，…; 牠们的天敌有鹰及蛇; 主要支流有：…), while the sentences that name X say other things
 * about it; so is a value of one (首府位于…, 目前社长是…), and the place of doing (原产地) where a
 * sentence says it did it there (原产于…). The sentence opening with the attribute is the answer's (the
 * first, where several do: an entry introduces a part before it goes on about it). Texts are in the
 * one script of matching (foldArticle).
 */

/** Question types that ask a description, a set, or a thing: what such a sentence says of the attribute, in whole clauses. */
const DESCRIBED = new Set<AnalysedQuestion['type']>(['list', 'definition', 'thing', 'method']);
/** Question types that ask a value of a kind (首府在哪里, 社长是谁): the value, which the ranker finds in that sentence. */
const VALUED = new Set<AnalysedQuestion['type']>(['place', 'person', 'organisation', 'number', 'date']);

/** Words linking the attribute to the asking word (X的首府在哪里, X的天敌有哪些). */
const LINK_WORDS = ['有', '是', '为', '在', '位于'];
const LINK_AT_END = new RegExp(`(?:${LINK_WORDS.join('|')})$`, 'u');

/** Whether the answer is what the sentence says of the attribute (a description), rather than a value in it. */
export function asksDescription(question: AnalysedQuestion): boolean {
  return DESCRIBED.has(question.type);
}

/**
 * The attribute a question asks about: the word right before its asking word (or its 有, 是, 在) that
 * follows 的 — "X的Y有什么" — where X is the article's subject and Y is not (the title names the subject).
 */
export function askedAttribute(question: AnalysedQuestion, title: string): string | undefined {
  if (!(DESCRIBED.has(question.type) || VALUED.has(question.type)) || question.english || !question.cue) return undefined;
  // The question's link before its asking word (在, 是, 有) is no attribute: the word before it is.
  const words = question.before.filter((w, i) => i < question.before.length - 1 || !LINK_WORDS.includes(w));
  const word = words[words.length - 1];
  if (!word || !/^\p{Script=Han}+$/u.test(word) || title.includes(word)) return undefined;
  const head = question.text.slice(0, question.cue.start).replace(LINK_AT_END, '');
  if (!head.endsWith(`的${word}`)) return undefined;
  // Whose attribute: the article's subject, which its title names (镇上的博物馆 in an article on
  // something else is a thing of its own, described where it is named).
  const owner = head.slice(0, -word.length - 1);
  return sharesPair(owner, title) ? word : undefined;
}

/** `a` and `b` write two characters side by side alike (letters, digits, Han). */
function sharesPair(a: string, b: string): boolean {
  const plain = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const x = plain(a);
  const y = plain(b);
  for (let i = 0; i + 2 <= x.length; i++) if (y.includes(x.slice(i, i + 2))) return true;
  return false;
}

/** Words standing for the subject, or marking the main one, before the attribute opens a sentence (其特点, 牠们的天敌, 主要支流). */
const STANDS_FOR_SUBJECT = /^(?:其|它|牠|它们|牠们|他|她|他们|她们|该|主要|此外|另外|的)$/u;
/** The same, as written before an attribute jieba glued to the next word (花为 of 花为聚伞花序). */
const SUBJECT_BEFORE = /^(?:其|它的|牠的|它们的|牠们的|他的|她的|主要)/u;
/**
 * What follows an attribute glued to the next word, as the sentence's subject: a copula, 呈, 有, a
 * colon or a comma; or an adverb of degree or of how often, before what it is like (根稍木质, 叶较大,
 * 花通常单生) — jieba glues it to a word it does not know (根稍).
 */
const AFTER_SUBJECT = /^(?:[为呈有：:是]|[，,]|[稍略较很甚极颇均皆常]|通常|一般)/u;
/** A first clause that only sets the time (战争结束后，…): its noun is no subject described. */
const TIME_CLAUSE = /(?:后|时|前|以后|之后|期间|以来)$/u;
const MARK = /^[\p{P}\s]+$/u;

/** A noun of the place where something is done (原产地, 出生地, 分布区): the verb before 地, 区, 处. */
const PLACE_OF = /^(\p{Script=Han}{2,})[地区处]$/u;
/** What may stand between the attribute and what is said of it: a copula, 呈, 有, a colon. */
const LINK = /^[为是呈有]?[：:]?/u;

/**
 * Where a sentence says what `attribute` is or holds, when it opens with the attribute as its
 * subject (after a word standing for the article's subject): right after the attribute and its
 * copula or colon (花为 + 聚伞花序顶生…, 天敌有 + 鹰及蛇); −1 when it does not open so.
 */
export function attributeSaid(sentence: PreparedSentence, attribute: string): number {
  const own = sentence.text.slice(sentence.credit);
  const firstClause = own.split(/[，,；;。：:]/u)[0]!;
  if (TIME_CLAUSE.test(firstClause)) return -1;
  const words = sentence.tokens.filter((t) => t.start >= sentence.credit && !MARK.test(t.word));
  let i = 0;
  // …or a time word the sentence opens with (目前社长是…).
  while (i < words.length && (STANDS_FOR_SUBJECT.test(words[i]!.word) || words[i]!.tag === 't')) i++;
  let end = -1;
  const stem = PLACE_OF.exec(attribute)?.[1];
  const rest0 = words[i] ? sentence.text.slice(words[i]!.start) : '';
  if (words[i]?.word === attribute && words[i + 1] !== undefined && words[i + 1]!.word !== '的') end = words[i]!.end;
  else if (stem && new RegExp(`^${stem}[于在自]`, 'u').test(rest0)) {
    // The place of doing (原产地, 出生地) said as doing it at a place (原产于 + 巴西).
    return words[i]!.start + stem.length + 1;
  } else {
    const rest = own.replace(/^[\p{P}\s]+/u, '').replace(SUBJECT_BEFORE, '');
    if (rest.startsWith(attribute) && AFTER_SUBJECT.test(rest.slice(attribute.length))) end = sentence.text.length - rest.length + attribute.length;
  }
  return end < 0 ? -1 : end + LINK.exec(sentence.text.slice(end))![0].length;
}
