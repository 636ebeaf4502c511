import { tagWords } from '../../language/segmenter.js';
import type { PreparedArticle, PreparedSentence, Token } from './prepare.js';

// "走失的小女孩叫什么名字？" asks the name of someone the article describes. News often reports a
// person or a company without naming them (一个小女孩, 两名护士, 离工厂不远): then no span of the
// article is the answer, however well a sentence matches, and the reader, asked for a name, would
// give whichever name stands nearest. Chinese names what it introduces right beside its description
// (张明的女儿张小红, 某某公司, 机长张三, 一名叫小明的男孩, 茶铺又称茶馆), so an article names the
// thing asked for when, somewhere, a name or a naming word stands right beside it.

/**
 * An English verb form that ends a noun phrase (the typhoon hitting the coast, the product it
 * launched): a word in -ing or -ed, but for nouns so written (the housing estate, the speed camera).
 */
function isParticiple(word: string): boolean {
  return /^[a-z]{3,}(?:ing|ed)$/iu.test(word) && !NOUNS_LIKE_PARTICIPLES.has(word.toLowerCase());
}
const NOUNS_LIKE_PARTICIPLES = new Set(
  `building housing meeting training painting wedding ceiling clothing funding hearing offering opening evening morning spring string
  wing landing crossing setting filling boarding shipping shopping parking marketing banking mining farming fishing dining living
  heating lighting recycling engineering nursing printing publishing planning trading rating ranking ruling sibling warning speed
  seed breed creed need feed reed`.split(/\s+/u),
);

/** Wording that asks what someone or something is called. */
const NAME_ASKED = /(?:名字|名称|姓名|全名|原名|本名)(?:是|叫|为)?(?:什么|啥|甚么|何)|叫(?:什么|啥|甚么)(?:名字)?|(?:什么|啥)名字|姓(?:什么|啥|甚么)/u;
/** The same in English: the Latin words around it are mapped by the caller, not read here. */
const NAME_ASKED_EN = /\bnames?\b|\bcalled\b/i;

/** Words that refer back instead of describing: 他叫什么名字 is about whoever the article is about. */
const REFERRING = /^(?:他|她|它|他们|她们|其|这|那|此|该|本|这个|那个|这位|那位|此人|对方|自己|his|her|their|its|he|she|they|it)$/iu;

/** Tags of a proper name: person, place, organisation, other proper noun, a Latin word. */
const PROPER = /^(?:nr|ns|nt|nz|eng)/;

/** Words that introduce a name right after what they name (一名叫小明的男孩, 又称茶馆, 原名李某). */
const NAMING = /^(?:名叫|叫|叫做|名为|称为|又称|简称|俗称|原名|本名|又名|也叫|亦称|别称|人称|号称|命名为|被称为|绰号|外号|昵称|化名|全名|英文名|中文名)$/u;
/** Marks between a description and the name in apposition: 公司（某某）, 两人：张三、李四. */
const APPOSITION_MARKS = /^[（(：:,，]$/u;
/** Marks opening a title or a quoted name. */
const QUOTING = /^[「“《『"]$/u;

/** Words that end an English noun phrase: a pronoun, a preposition, a relative word, an auxiliary, an article. */
const PHRASE_ENDS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'in', 'at', 'on', 'of', 'for', 'from', 'with', 'by', 'near', 'that', 'which', 'who', 'where', 'when', 'did', 'does', 'do', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'the', 'a', 'an']);

/**
 * The noun whose name a question asks (走失的小女孩叫什么名字 → 女孩, the name of the factory →
 * factory), as the question writes it: a Latin word is for the caller to map. None when the question
 * asks no name or asks it of someone referred to, not described (他叫什么名字).
 */
export function askedNameOf(text: string): string | undefined {
  // English puts the noun after the asking words: the name of the judge, the company's name.
  // The name of the N: the last word of the noun phrase, before a word that ends it (the name of the
  // science park in the city → park).
  const of = /\bnames? of (?:the |this |that |his |her |their |its )?([a-z]+(?:\s+[a-z]+){0,3})/i.exec(text);
  if (of) {
    const words = of[1]!.toLowerCase().split(/\s+/u);
    const end = words.findIndex((w, i) => i > 0 && (PHRASE_ENDS.has(w) || isParticiple(w)));
    return (end < 0 ? words : words.slice(0, end)).at(-1)!;
  }
  const english = /\b([a-z]+)'s names?\b|\b([a-z]+s)' names?\b/i.exec(text);
  if (english) return (english[1] ?? english[2])!.toLowerCase();
  // What is [the] N called: the noun is the phrase's last word, or the one before its "of" (the
  // mayor of the city called → mayor, the city's mayor called → mayor).
  const called = /\bwhat(?: was| is|'s| are| were) (?:the |this |that |a |an )?([a-z][a-z' ]*?) called\b/i.exec(text);
  if (called) {
    const written = called[1]!.split(/\s+of\s+/u)[0]!.trim().split(/\s+/u);
    // The new product Hongcheng launched: a clause after the noun, its subject a name, its verb a participle.
    const verb = written.findIndex((w, i) => i > 0 && isParticiple(w));
    const phrase = verb < 0 ? written : written.slice(0, verb).filter((w, i, all) => !(i === all.length - 1 && i > 0 && /^[A-Z]/u.test(w)));
    return phrase[phrase.length - 1]!.toLowerCase().replace(/'s?$/u, '');
  }
  const cue = NAME_ASKED.exec(text) ?? NAME_ASKED_EN.exec(text);
  if (!cue) return undefined;
  const before = tagWords(text.slice(0, cue.index)).filter((t) => /[\p{Script=Han}A-Za-z]/u.test(t.word));
  // 名字 itself, 的 and other particles, and words saying which name (官方名称, 中文名字) stand between
  // the noun and the asking words.
  // So do adverbs (两家企业分别叫什么, 现在都叫什么).
  const between = (t: { word: string; tag: string }) => BETWEEN_NOUN_AND_ASKING.test(t.word) || t.tag === 'd';
  while (before.length > 0 && between(before[before.length - 1]!)) before.pop();
  const last = before[before.length - 1];
  if (!last || REFERRING.test(last.word)) return undefined;
  if (/^[A-Za-z]+$/.test(last.word)) return last.word.toLowerCase();
  return /^(?:n|vn)/.test(last.tag) && !PROPER.test(last.tag) ? last.word : undefined;
}

/** A person news does not name in full (邵某, 王某某, 某甲), right before the words asking the name. */
const WITHHELD_NAME = /((?:\p{Script=Han}{1,2}某某?|某[男女甲乙丙丁]))(?:的)?(?:全名|真名|真实姓名|姓名|名字|本名|全称)?(?:是|叫|为)?(?:什么|啥|甚么)(?:名字)?/u;

/**
 * "邵某的全名叫什么？": the name of someone the article writes only with 某, as news writes a
 * suspect or a private person whose name it withholds. That name as the question writes it, when so.
 */
export function withheldNameAsked(text: string): string | undefined {
  const match = WITHHELD_NAME.exec(text);
  return match && (NAME_ASKED.test(text) || /全名|真名|真实姓名/u.test(text)) ? match[1] : undefined;
}

/** Words between the noun whose name is asked and the asking words: 的, 名字, 官方 (官方名称), English articles. */
const BETWEEN_NOUN_AND_ASKING = /^(?:的|们|之|名字|名称|姓名|名|官方|正式|中文|英文|法定|完整|全|原|原本|本来|最初|现在|当时|the|a|an|of|is|was|are|were|what|whats|what's)$/i;

/** Descriptions of people (女孩, 护士, 船长, 女儿): only a person's name names them, not a company's (某某医院护士). */
const PERSON_DESCRIPTION = /(?:员|人|者|孩|儿|女|子|长|师|手|官|士|兵|爸|妈|父|母|哥|姐|弟|妹|友|客|民|工|生)$/u;

function isProper(token: Token | undefined, person: boolean): boolean {
  if (token === undefined) return false;
  if (/^[A-Za-z]/.test(token.word)) return true;
  return person ? token.tag.startsWith('nr') : PROPER.test(token.tag);
}

/** Verbs of giving a name, right before it: 命名为某某. */
const NAMING_VERBS = ['命名为', '取名为', '定名为', '起名为'];
/** A clause right after a description that names it: ，并将其命名为…, ，被命名为…, ，取名为…. */
const NAMED_AFTER = new RegExp(`^[，,]?(?:并|并且|随后|后来)?(?:将其|将它|把它|将之|被)?(?:${NAMING_VERBS.join('|')})`, 'u');
/** Words a name follows in running text: the verbs of giving one, and 名为, 叫做, 称为. */
const NAME_FOLLOWS = new RegExp(`(?:${[...NAMING_VERBS, '名为', '叫做', '名叫', '称为', '称作'].join('|')})`, 'gu');

/** Where a name may start in a sentence: right after each word it follows (并将其命名为 | 某某9). */
export function namingEnds(text: string): number[] {
  return [...text.matchAll(NAME_FOLLOWS)].map((m) => m.index + m[0].length);
}

/**
 * Wording that asks what a thing is called, broader than NAME_ASKED (a 名称 or a 命名 anywhere:
 * 有什么样的名称): the reader then looks for the span a naming word opens (read.ts, afterNaming).
 */
export const ASKS_FOR_NAME = /名字|名称|叫(?:什么|啥)|叫做什么|命名/u;

/** Whether this occurrence of a description, [start, end) of the sentence, has a name beside it. */
function namedAt(sentence: PreparedSentence, start: number, end: number, person: boolean): boolean {
  const { tokens } = sentence;
  // Before it, within its noun phrase: 某某公司, 某某国际机场. Not across a figure (某院两护士
  // names no nurse) or a 的 (张明的女儿 is the daughter of a name, not hers).
  for (let i = tokens.findIndex((t) => t.end > start) - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
    const t = tokens[i]!;
    if (isProper(t, person)) return true;
    if (!/^(?:n|j|vn)/.test(t.tag)) break;
  }
  // The word holding the description itself may be a name (国家航天局 holds 航天局).
  const inside = tokens.filter((t) => t.end > start && t.start < end);
  if (inside.some((t) => isProper(t, person) && t.word.length > end - start)) return true;
  // Named in the clause after it (一个关键基因，并将其命名为某某9).
  if (NAMED_AFTER.test(sentence.text.slice(end))) return true;
  // After it: a title or a quotation (诗集《某某》), a name, or a naming word, possibly after a
  // bracket or a colon (公司（某某）) and an adverb (栏目仍名为“某某”).
  let i = tokens.findIndex((t) => t.start >= end);
  if (i < 0) return false;
  if (QUOTING.test(tokens[i]!.word)) return true;
  if (APPOSITION_MARKS.test(tokens[i]!.word)) i++;
  if (/^\p{Script=Han}{1,2}$/u.test(tokens[i]?.word ?? '') && NAMING.test(tokens[i + 1]?.word ?? '')) i++;
  const next = tokens[i];
  if (!next) return false;
  if (NAMING.test(next.word)) return true;
  // …or a linking word and a name (现任校长为王某某, 社长是山田某子).
  if (/^(?:是|为|即|乃|系)$/u.test(next.word)) return isProper(tokens[i + 1], person);
  return isProper(next, person);
}

/**
 * Whether the article writes any of `descriptions` (the asked noun, in its words) and never with a
 * name beside it: then it does not give the name asked for. False when it never writes them at all,
 * which the reader's missing words already weigh.
 */
export function describedButUnnamed(article: PreparedArticle, descriptions: readonly string[]): boolean {
  let seen = false;
  for (const sentence of article.sentences) {
    const text = sentence.text.toLowerCase();
    for (const description of descriptions) {
      const d = description.toLowerCase();
      if (d.length === 0) continue;
      const person = PERSON_DESCRIPTION.test(d);
      for (let at = text.indexOf(d); at >= 0; at = text.indexOf(d, at + d.length)) {
        // Only where the words are the article's own words too: 队长 is not in 向部队长官报告 (部队/长官).
        if (!sentence.tokens.some((t) => t.start === at) || !sentence.tokens.some((t) => t.end === at + d.length)) continue;
        seen = true;
        if (namedAt(sentence, at, at + d.length, person)) return false;
      }
    }
  }
  return seen;
}
