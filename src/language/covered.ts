import { sensesOf } from './cedict.js';
import { tagWords } from './segmenter.js';
import { surnameLength } from './surnames.js';

/**
 * Which of a word's characters stand in a two-character run of the question that `written` says is
 * written elsewhere (in the article); undefined when the question does not hold the word.
 */
export function coveredCharacters(term: string, question: string, written: (bigram: string) => boolean): boolean[] | undefined {
  const at = question.indexOf(term);
  if (at < 0) return undefined;
  const covered: boolean[] = [];
  for (let i = at; i < at + term.length; i++) {
    const left = i > 0 ? question.slice(i - 1, i + 1) : '';
    const right = question.slice(i, i + 2);
    covered.push((left.length === 2 && written(left)) || (right.length === 2 && written(right)));
  }
  return covered;
}

/**
 * Whether at least half of a word's characters stand in a two-character run of the question that
 * `written` says is written elsewhere (in the article): jieba cuts 和服务 as 和服/务, and 服务 is in
 * the article, so 和服 is not something the article lacks.
 */
export function mostlyCovered(term: string, question: string, written: (bigram: string) => boolean): boolean {
  const covered = coveredCharacters(term, question, written);
  return covered !== undefined && covered.filter(Boolean).length * 2 >= term.length;
}

/**
 * Whether a word's last character — the head of a Chinese compound, what it names (号 of 门牌号,
 * 年限 of 使用年限) — stands in a two-character run of the question written elsewhere.
 */
export function headCovered(term: string, question: string, written: (bigram: string) => boolean): boolean {
  return coveredCharacters(term, question, written)?.at(-1) === true;
}

/**
 * The longest run of a word's characters that no written two-character run covers: 上海 of 上海市委
 * when the article writes 市委 but never 上海. Such a run is a word of its own the article lacks.
 */
export function longestUncovered(term: string, question: string, written: (bigram: string) => boolean): number {
  const covered = coveredCharacters(term, question, written);
  if (covered === undefined) return term.length;
  let longest = 0;
  let run = 0;
  for (const c of covered) {
    run = c ? 0 : run + 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** jieba's tags of words that carry no topic: particles, prepositions, conjunctions, adverbs, positions, numerals, pronouns. */
const TOPICLESS_TAG = /^(?:u[a-z]*|p|c|d|f|m|r|y|e)$/u;

/** jieba's tag of a text it keeps as one word; '' when it cuts it. */
function tag(text: string): string {
  const words = tagWords(text);
  return words.length === 1 ? words[0]!.tag : '';
}

/**
 * A two-character word jieba coined in a question (in no dictionary) by gluing a function character
 * to its neighbour — 中的 of 山脉中的, 因一 of 因一战后, 只花 of 只花了 — or a complement to its verb
 * (骗来 of 骗来的钱, 转成 of 转成重症) — whose other character
 * `present` holds: not a word the article lacks, only one it never glues the same way. A name
 * starts with a surname (于明, 曾明) and stays a word.
 */
export function gluedFunctionCharacter(word: string, present: (character: string) => boolean): boolean {
  const characters = Array.from(word);
  // A dictionary word keeps its tag alone; a coined one is tagged x, or falls apart.
  const own = tag(word);
  if (characters.length !== 2 || (own !== 'x' && own !== '') || surnameLength(word) > 0) return false;
  const [first, second] = characters as [string, string];
  // The copula glues as a particle does (报是 of 半年报是什么时候).
  // …and so do the helping characters jieba glues in a question it cannot cut (要照 of 係咪要照返學).
  const topicless = (character: string) => TOPICLESS_TAG.test(tag(character)) || GLUED_HELPERS.test(character);
  // A verb's complement glued after it (骗来, 转成, 烧到) says where the act went, not what it was.
  return (topicless(first) && present(second)) || ((topicless(second) || VERB_COMPLEMENT.test(second)) && present(first));
}

/** Complements of result and direction that follow a verb of one character: 到, 成, 来, 去. */
const VERB_COMPLEMENT = /^[到成来去]$/u;

/**
 * Directional complements standing alone as jieba leaves them (起来 of 火是什么时候烧起来的, 出来 of
 * 撤出来): they say which way the verb goes, not what happened, and an article tells the same event
 * without them (起火).
 */
const DIRECTIONAL_COMPLEMENTS: ReadonlySet<string> = new Set(['起来', '出来', '下来', '上来', '过来', '回来', '进来', '出去', '下去', '上去', '进去', '回去', '开来']);

/**
 * A verb with an aspect or phase particle glued on (下过 of 没下过雨, 烧掉, 用完), which the
 * dictionary does not hold whole, when the article writes the verb's character: the verb is the word
 * asked about, the particle only says it happened or ended. Also a directional complement alone.
 */
export function complementedVerb(word: string, written: (text: string) => boolean): boolean {
  if (DIRECTIONAL_COMPLEMENTS.has(word)) return true;
  const verb = /^(\p{Script=Han})[过了着掉完]$/u.exec(word)?.[1];
  return verb !== undefined && sensesOf(word) === undefined && written(verb);
}

/**
 * A verb and its object said apart by a particle (报的警, 见了面, 开过会): the article writing the
 * verb whole (报警, 见面) writes the word the question split.
 */
export function splitVerbWritten(word: string, written: (text: string) => boolean): boolean {
  const parts = SPLIT_VERB_WORD.exec(word);
  return parts !== null && written(parts[1]! + parts[2]!);
}

/** A character, a particle, a character: a verb and its object said apart (报的警), as a word and anywhere in a text. */
const SPLIT_VERB = /(\p{Script=Han})[的了过](\p{Script=Han})/u;
const SPLIT_VERB_WORD = new RegExp(`^${SPLIT_VERB.source}$`, 'u');
const SPLIT_VERBS = new RegExp(SPLIT_VERB.source, 'gu');

/** Characters jieba glues to a neighbour in a question it cannot cut (主塔有, 屋塌了, 要交): they help, they name nothing. */
const GLUED_HELPERS = /^[有是了的在要会能也都就还把被给让对向]$/u;

/**
 * The question with each word jieba coined by gluing a helping character to an article word (主塔有
 * of 主塔有多高, 票价是) cut apart at that character, so that the article's word is looked for and
 * aligned as itself: `written` says whether the article writes a text. Only words jieba does not
 * know (tagged x) of three characters or more; a two-character one is left to the word lists.
 */
export function cutGluedHelpers(question: string, written: (text: string) => boolean): string {
  let out = question;
  for (const { word, tag } of tagWords(question)) {
    if (tag !== 'x' || !/^\p{Script=Han}{3,}$/u.test(word) || written(word)) continue;
    const last = word.slice(-1);
    if (GLUED_HELPERS.test(last) && written(word.slice(0, -1))) out = out.replace(word, `${word.slice(0, -1)} ${last}`);
    // Any character glued before the article's word (住六楼: a verb of one character) is cut off as a helper is.
    else if (written(word.slice(1))) out = out.replace(word, `${word.slice(0, 1)} ${word.slice(1)}`);
  }
  return out;
}

/**
 * Adverbs jieba may cut across, gluing their last character to the word after (一共用了 → 一/共用/了,
 * a word of sharing no article writes): kept whole by a space after them where jieba did not keep them.
 */
const WHOLE_ADVERBS: readonly string[] = ['一共', '总共', '一起', '一直', '一度'];

/** The question with each such adverb jieba cut across set apart from the word after it. */
export function keepAdverbsWhole(question: string): string {
  let out = question;
  for (const adverb of WHOLE_ADVERBS) {
    if (!out.includes(adverb) || tagWords(out).some((t) => t.word === adverb)) continue;
    out = out.replaceAll(adverb, `${adverb} `);
  }
  return out;
}

/**
 * The question with each verb it says apart (是谁报的警, 哪天开的会) written whole, where the article
 * has the whole as a verb of its own (`isVerb`: 报警, 开会): the focus of 是…的 splits the verb, which
 * jieba then cuts as one coined word (报的警) that meets nothing in the article, so the question was
 * neither looked for nor aligned by its verb.
 */
export function joinSplitVerbs(question: string, isVerb: (word: string) => boolean): string {
  return question.replace(SPLIT_VERBS, (whole, verb: string, object: string) => (isVerb(verb + object) ? verb + object : whole));
}

/**
 * Two words the question writes side by side that the article writes shortened to their first
 * characters (宣布判决 as 宣判, 北京大学 as 北大), as Chinese shortens a phrase: the article writes
 * both words, in that one. `isWord` says whether the article has the shortening as a word of its own,
 * not two characters met by chance across words.
 */
export function shortenedTogether(words: readonly string[], question: string, isWord: (text: string) => boolean): Set<string> {
  const shortened = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    const [first, second] = [words[i]!, words[i + 1]!];
    if (!/^\p{Script=Han}{2,}$/u.test(first) || !/^\p{Script=Han}{2,}$/u.test(second) || !question.includes(first + second)) continue;
    if (isWord(first[0]! + second[0]!)) {
      shortened.add(first);
      shortened.add(second);
    }
  }
  return shortened;
}
