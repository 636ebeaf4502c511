import { asksChange } from './change-asked.js';
import { askedNameOf } from './asked-name.js';
import { tagWords } from '../../language/segmenter.js';
import { AREA_UNITS, ASKED_MEASURES, EN_CHANGE_VERBS, PEOPLE_MEASURES, CLASS_NOUNS, CUE_TABLE, EN_CLASS_NOUNS, EN_COUNTED_MEASURES, CUE_UNITS, LENGTH_UNITS, EN_MONEY_NOUNS, EN_QUANTITY_NOUNS, EN_SHARE_NOUNS, EN_YESNO_AT_START, MONEY_UNITS, PLURAL_ASKED, SAME_UNITS, SCORE_UNIT, WEIGHT_UNITS, WHICH_WORDS, type AnswerType } from './answer-types.js';
import { agentStemmedAway, namesAnAgent } from '../../language/agent-nouns.js';
import { withoutTrailingClause } from '../../language/english.js';
import { writesAnotherName } from '../../language/same-words.js';
import { POST_TITLES } from '../../language/titles.js';
import { MEASURE_CHARS } from './figures.js';

/** 他 or 她 standing for one person: not 其他, 吉他, 他们, 他人. */
export const THIRD_PERSON_ZH = /(?<![其吉])[他她](?![们人])/u;

/** A question as the reader sees it: what it asks for, where the asking word stands, what it is about. */
export interface AnalysedQuestion {
  /** Folded question text (one script with the article). */
  text: string;
  type: AnswerType;
  /** The cue that decided the type, and where it stands in `text` (absent for English cues). */
  cue?: { word: string; start: number; end: number };
  /** Up to two words right before and right after the cue: the answer's neighbours in the article, when the wording is kept. */
  before: string[];
  after: string[];
  /**
   * The particle or copula the question writes between its nearest word before the cue and the cue
   * (对应的什么 → 的), and between the cue and its nearest word after it: '' when none. An article that
   * writes the same (对应的守护子) fills the gap as exactly as one writing the words side by side.
   */
  linkBefore: string;
  linkAfter: string;
  /** Content words to look for in the article (English already mapped to the article's words by the caller). */
  terms: string[];
  /** Written mostly in Latin letters: its own characters say nothing about the article's, only `terms` do. */
  english: boolean;
  /**
   * Words of an English question the article writes in no way — no translation of theirs is in it,
   * so they are not among `terms` — set by the caller that mapped them; a Chinese question's words
   * the article lacks are terms the article lacks (0 or absent).
   */
  unmapped?: number;
  /**
   * The noun right after an English question's "which" or "what" (which chip), when it reached no
   * word of the article (set by the caller that mapped it): the kind of thing asked, which the
   * article never writes.
   */
  unreachedClass?: string;
  /**
   * The ways the article writes one English word of the question, where it writes several (marathon:
   * 马拉松 and 全马), set by the caller: retrieval counts each such word once, by its best way in a
   * sentence, as a Chinese question's word is counted once (all in `terms` too).
   */
  ways?: readonly (readonly { word: string; weight: number }[])[];
  /** The English cue that decided the type (how old, which country): its words ask, they name nothing the article writes. */
  englishCue?: string;
  /** It refers to someone as 他/她 without naming them. */
  pronoun: boolean;
  /** Units its cue asks in (多大 → 岁): a sentence writing one likely gives the value. */
  units: readonly string[];
  /** It names no thing of its own, only "the event" (事情发生在哪天？): it is about what the headline reports. */
  aboutEvent: boolean;
  /** It asks for two values at once (哪天几点, 从哪开往哪, 分别多大): the reply gives both. */
  twoParts: boolean;
  /** The class a "which N" question asks a member of, as the question words it (研究中心 of 哪个研究中心): [] when none. */
  askedClass: string[];
  /**
   * What a figure question counts, as the article may write it (多少名游客 → 游客; "how many
   * visitors" → the article's words for visitors, set by the caller): a figure written right
   * before it (86名游客) is its value. [] when it names none.
   */
  counted: string[];
  /** It asks for every member of a set (哪些地区): a span that is one item of a list gives the whole list. */
  plural: boolean;
  /** It asks who filed or wrote the report (哪家媒体, 通讯社, 记者, news agency): the report's credit may answer. */
  asksSource: boolean;
  /**
   * For a word of the question the article never writes, the article's words of the same dictionary
   * sense (刊登 → 发表, 商家 → 企业), set by the caller: the article says it in those, so the word is
   * not one it lacks.
   */
  sameSense?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Words that carry no topic: question particles and the commonest function words. Not the concept
 * matcher's CHINESE_STOPWORDS, which also drops 说, 讲, 提到, 文章, 新闻: to the reader those can be
 * the topic (what a report says, which news), and its ranker was trained with them as terms.
 */
const FUNCTION_WORDS = new Set(
  `的 了 是 在 和 与 及 或 有 吗 呢 吧 啊 把 被 对 从 为 以 于 将 就 都 也 还 又 而 并 这 那 其 之 个 些 该 哪 何 谁 什么 怎么 如何 多少 几 哪些 哪个 哪里 为什么 请问 一下 所 得 地 着 过 向 到 给 由 等 上 中 下 里
  一共 总共 共计 分别 主要 后来 最后 最终 实际 大概 大约 约 左右 目前 现在 当时 具体 到底 究竟 原本 本来 一些 有关 相关 一个 两个 几个
  文中 当中 其中 之中 这是 那是 他们 她们 它们 除了`.split(/\s+/),
);

/** Words made on an asking word (哪一, 什么样, 怎么样, 哪边): they ask, they name nothing to find. */
const ASKING_WORD = /^(?:哪|什么|怎|多少|为何|啥)/u;

/** Asking words of a value; two in one question (哪天几点, 计划招多少？实际招了多少？) ask for two values. */
const VALUE_ASKS = /哪(?!些)|几[号点月日年天个名位岁]|多少|多大|多久|多长|什么时候|何时|谁/gu;

/** Words that point at the reported event without naming it: a question made only of these asks about the headline's event. */
const EVENT_WORDS = new Set(['事情', '事件', '此事', '这件事', '这事', '发生', '出事', '新闻', '报道', '消息', '情况', '一天', '时间', '时候', '事发', '案件', '宣判', '当天']);

/**
 * Linking verbs a question puts before its asking word; the article states the value without them
 * (原名叫什么 → 原名李某). Not 称为: it is itself a word for another name (same-words.ts), which
 * the article may write as 又名 right before the names.
 */
const COPULAS = new Set(['是', '为', '叫', '叫做']);

const PARTICLES = new Set(['了', '的', '着', '过', '地', '得', '呢', '吗', '啊', '吧']);

/** A word that says something: not punctuation. */
function spoken(word: string): boolean {
  return /[\p{Script=Han}A-Za-z0-9]/u.test(word);
}

/**
 * A word that places the asking word: particles (了, 的, 着, 过) and the copula (金额是多少) sit between
 * it and the words that do: 出口增长了多少 aligns on 增长, 签约金额是多少 on 金额 (签约金额214亿元).
 */
function meaningful(word: string): boolean {
  return spoken(word) && !linking(word);
}

/** A particle or the copula: what stands between a placing word and the asking word. */
function linking(word: string): boolean {
  return PARTICLES.has(word) || COPULAS.has(word);
}

/** Prepositions a cue may open with (在哪): what the article writes right before the answer. */
const CUE_LEADS = new Set(['在']);

/** The words between an aligned word and the cue, when they are one particle or copula (的, 了, 是): else ''. */
function linkOf(words: readonly string[]): string {
  return words.length === 1 && linking(words[0]!) ? words[0]! : '';
}

/** Pointing and framing words (这次, 这篇, 那个, 是从), and a count asked with its measure word (几门, 多少所): they say which, not what. */
const POINTING = /^[这那此该本][次个条篇颗些位场项家种批件名份则段起]?$|^是[从在由被把向给对为]$|^(?:几|多少)\p{Script=Han}$/u;

/** The table's Chinese cues that hold an asking word: the ones whose characters are never a term. */
const ASKING_CUES: readonly string[] = CUE_TABLE.flatMap((row) => row.zh).filter((word) => /[什哪几谁何怎吗啥多]|为什么|是否/u.test(word));

/** Characters of the text inside any cue of the table (哪一年 covers 一年): never a term. */
function cueCovered(text: string): Uint8Array {
  const covered = new Uint8Array(text.length);
  for (const word of ASKING_CUES) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) covered.fill(1, at, at + word.length);
  }
  return covered;
}

/** Nothing but closing punctuation: what follows a cue that ends the question. */
const END_OF_QUESTION = /^[\s?？。.!！]*$/u;

/** Verbs that ask for their object when they close a question with nothing after them. */
const CLOSING_VERBS: ReadonlyArray<readonly [string, AnswerType]> = [['位于', 'place']];

/**
 * Cues of the number row that are nouns, not asking words: "人口是多少" and "人口？" ask the figure,
 * but in "人口最多的国家为何" the asking is done elsewhere and the noun is only what is compared.
 */
const NUMBER_CUES = CUE_TABLE.find((row) => row.type === 'number')!;
const QUANTITY_NOUNS = new Set(NUMBER_CUES.zh.filter((w) => !/[多几少]/u.test(w)));
/** …and in English (price, amount, number of), the topic when a specific cue asks: "Who heads the price division?" asks who. */
const EN_QUANTITY_CUES = new Set(NUMBER_CUES.en.filter((w) => !/^(?:how|what)\b/u.test(w)));

/** Types any question can look like (是什么, 哪些, 吗): a more specific cue anywhere in it wins over them. */
const GENERIC = new Set<AnswerType>(['definition', 'list', 'yesno', 'thing']);

/**
 * Cue words that only ask (为什么, 哪里, 原因, 看法): never a term to find, so never missed. Cue
 * nouns that also name a topic (人口, 面积, 价格) stay terms: "人口是多少" needs 人口 in the sentence.
 */
const ASKING_NOUNS = new Set(['原因', '目的', '理由', '缘故', '起因', '看法', '观点', '态度', '意思', '含义', '定义', '评价', '表态']);
const ONLY_ASKING = new Set([
  ...CUE_TABLE.flatMap((row) => row.zh).filter((w) => /[什哪几谁何怎吗啥]|多少|为什么|是否/u.test(w) || ASKING_NOUNS.has(w)),
  // 百分之 of 涨了百分之多少: the asking phrase's own, as 几 is 百分之几's.
  '百分之',
]);

/** Cue nouns naming a time or a place (会议的时间是？ asks a date); a topic beside another asking word. */
const TOPIC_NOUNS = new Set(['时间是', '年份', '日期', '地点', '位置']);

interface FoundCue {
  type: AnswerType;
  word: string;
  start: number;
  english: boolean;
}

/** An English cue as a whole-word pattern, built once per cue rather than on every question. */
const englishCues = new Map<string, RegExp>();

function englishCue(word: string): RegExp {
  let pattern = englishCues.get(word);
  if (!pattern) {
    pattern = new RegExp(`(?:^|[^a-z])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`);
    englishCues.set(word, pattern);
  }
  return pattern;
}

/**
 * An English question whose head noun is a quantity (what was the company's revenue, what is the
 * unemployment rate): "what is/was", then determiners or a possessor, up to three words qualifying
 * the noun (average ticket price), and the noun, not followed by "of" and a bare noun (the rate of
 * change); "of the …" still asks the figure of the thing it names (the age of the coach).
 */
const whatIsThe = (nouns: readonly string[]) =>
  new RegExp(
    `^\\s*what(?:'s|’s|\\s+is|\\s+was|\\s+are|\\s+were)\\s+(?:(?:the|its|their|his|her|this|that|(?:[a-z0-9-]+\\s+){0,2}[a-z0-9-]+['’]s?)\\s+)*(?:[a-z0-9-]+\\s+){0,3}?(${nouns.join('|')})\\b(?!\\s+of\\s+(?!(?:the|a|an|his|her|its|their|this|that)\\b))`,
    'i',
  );
const EN_QUANTITY_ASKED = whatIsThe(EN_QUANTITY_NOUNS);
/**
 * "What is the average waiting time for public housing?": nouns of a length of time, asked as "how
 * long" asks (the time alone, of "what is the time of the meeting", asks when).
 */
const EN_DURATION_NOUNS = ['waiting time', 'wait', 'waiting period', 'journey time', 'travel time', 'duration', 'delay'];
const EN_DURATION_ASKED = whatIsThe(EN_DURATION_NOUNS);
/** "What conversion efficiency do the cells reach?": the quantity noun right after what, then the verb's auxiliary. */
const EN_QUANTITY_BEFORE_VERB = new RegExp(`^\\s*what\\s+(?:[a-z0-9-]+\\s+){0,2}?(${EN_QUANTITY_NOUNS.join('|')})\\s+(?:do|does|did|will|would|can|could)\\b`, 'i');
/** Any of these English words, whole. */
const wholeWords = (list: readonly string[]) => `\\b(?:${list.join('|')})\\b`;

/** A demonstrative, its measure, then the noun pointed at (这条线, 那座桥). */
const POINTED_NOUN = new RegExp(`^[这那该此][${MEASURE_CHARS}]+(\\p{Script=Han}+)$`, 'u');

/** A count of more than one: 哪三条 asks which three. */
const SEVERAL = /[两二三四五六七八九十\d]/u;

/**
 * A cue written inside a word that does not ask: 多 of 许多 and 众多 (许多高明 is not 多高, 众多大型
 * not 多大), 几 of 几乎, 几何, 几近 and 几经.
 */
function notAsking(text: string, word: string, start: number): boolean {
  if (word.startsWith('多') && /[许众诸很繁颇]/u.test(text[start - 1] ?? '')) return true;
  if (word === '几' && /[乎何近经]/u.test(text[start + 1] ?? '')) return true;
  // 哪几 asks which ones (有哪几座 lists the towns); the count is not asked.
  if (word === '几' && text[start - 1] === '哪') return true;
  // 哪怕 is "even if", not "which".
  if (word === '哪' && text[start + 1] === '怕') return true;
  // 在哪三条线上 asks which three, not where.
  if (word.endsWith('哪') && SEVERAL.test(text[start + word.length] ?? '')) return true;
  return false;
}

/**
 * Whether the character at `at` ends a longer word of the question as jieba cuts it: the 为 of
 * 称之为什么 and 认为什么 belongs to the verb before it, and what is left asks "what", not "why".
 * (因为什么 is a cue of its own in the table, asking a cause.)
 */
function endsWordBefore(tagged: readonly { word: string }[], at: number): boolean {
  let start = 0;
  for (const { word } of tagged) {
    const end = start + word.length;
    if (end === at + 1) return start < at;
    if (end > at) return false;
    start = end;
  }
  return false;
}

/**
 * 采用什么模式, 使用什么工具: the 用 of 用什么 ends the verb before it, and what is left asks "what",
 * not "how". (jieba cuts 采用 whole; the cue matched only the string.) Not 以: jieba glues it to a
 * name before it (某泳以什么而闻名) as often as to a verb.
 */
function usedByVerb(type: AnswerType, word: string, tagged: readonly { word: string }[], at: number): boolean {
  return type === 'method' && word === '用什么' && at > 0 && endsWordBefore(tagged, at);
}

/**
 * 为什么 inside the question before a common noun and 的 (是某公司为什么模式的合作方) is 为 + 什么 +
 * noun, "of what kind of N": a question asking why goes on with what happened (为什么没有成功,
 * 为什么要投靠), not with a noun that a 的 then makes a modifier. One opening with it asks why
 * (为什么冬天的湖面…). (jieba cuts a name ending in 为 apart: 蓝为 + 什么 → 蓝 + 为什么.)
 */
function whatOfNoun(tagged: readonly { word: string; tag: string }[], at: number): boolean {
  let start = 0;
  for (let i = 0; i < tagged.length; i++) {
    if (start === at && tagged[i]!.word === '为什么') return at > 0 && tagged[i + 1]?.tag === 'n' && tagged[i + 2]?.word === '的';
    start += tagged[i]!.word.length;
  }
  return false;
}

/**
 * 为什么 closing the question after a noun (其前身为什么, 代表性的菜肴为什么) is 为 + 什么, "is
 * what": a question asking why puts it before what it asks about (为什么会下雨), or after 是
 * (这是为什么). Of the 36 training questions ending in 为什么, every one asks what. (为何 closing
 * a question is read the same way in `findCue`.)
 */
function closingWhat(text: string, at: number): boolean {
  if (!/^为什么[\s\p{P}]*$/u.test(text.slice(at))) return false;
  return at > 0 && /\p{Script=Han}/u.test(text[at - 1]!) && !/[是这那就又还也]/u.test(text[at - 1]!);
}

/** Runs of Latin letters: a cue (whole words, `englishCue`) can match only a text holding each of its own. */
const LETTER_RUN = /[a-z]+/g;
/** Each English cue's runs of letters. */
const CUE_RUNS = new Map(CUE_TABLE.flatMap((row) => row.en).map((cue) => [cue, cue.match(LETTER_RUN) ?? []]));

/**
 * Whether every run of letters of an English cue stands whole in the text's: a cue is matched as
 * whole words, so without them it cannot match, and its pattern (one of some 140, tried on every
 * question, Chinese ones too) need not run.
 */
function lettersIn(cue: string, runs: ReadonlySet<string>): boolean {
  for (const run of CUE_RUNS.get(cue) ?? []) if (!runs.has(run)) return false;
  return true;
}

/** The cue that decides the type: specific before generic, then the longest, then the table's order. */
function findCue(text: string, tagged: readonly { word: string; tag: string }[]): FoundCue | undefined {
  const found: FoundCue[] = [];
  const lower = withoutTrailingClause(text.toLowerCase());
  const runs = new Set(lower.match(LETTER_RUN));
  for (const row of CUE_TABLE) {
    for (const word of row.zh) {
      let start = text.indexOf(word);
      while (start >= 0 && (notAsking(text, word, start) || (word === '为什么' && (endsWordBefore(tagged, start) || closingWhat(text, start) || whatOfNoun(tagged, start))) || usedByVerb(row.type, word, tagged, start))) start = text.indexOf(word, start + 1);
      if (start >= 0) found.push({ type: row.type, word, start, english: false });
    }
    for (const word of row.en) {
      if (!lettersIn(word, runs)) continue;
      const match = englishCue(word).exec(lower);
      if (!match) continue;
      if (EN_YESNO_AT_START.has(word) && lower.trimStart().indexOf(word) !== 0) continue;
      found.push({ type: row.type, word, start: match.index + (match[0].length - word.length), english: true });
    }
  }
  // An English question opening with an auxiliary (Has the council named him…?) asks yes or no,
  // whatever cue words follow: named there is the verb asked about, not a request for a name.
  const polar = found.find((f) => f.english && f.type === 'yesno' && f.start === lower.length - lower.trimStart().length);
  if (polar) return polar;
  // "Who said…?" asks for the speaker: a speech verb after "who" is what they did, not what is asked.
  const speaker = found.find((f) => f.english && f.word === 'who' && f.start === lower.length - lower.trimStart().length);
  if (speaker && found.some((f) => f.type === 'statement')) return speaker;
  // "What was the company's revenue?" asks a figure as Chinese asks 营收是多少, with no "how much" to say so.
  const duration = EN_DURATION_ASKED.exec(lower);
  if (duration) return { type: 'duration', word: duration[1]!, start: duration.index + duration[0].length - duration[1]!.length, english: true };
  const quantity = EN_QUANTITY_ASKED.exec(lower) ?? EN_QUANTITY_BEFORE_VERB.exec(lower);
  if (quantity) return { type: 'number', word: quantity[1]!, start: quantity.index + quantity[0].length - quantity[1]!.length, english: true };
  // A verb closing the question leaves its object to be asked (学院位于？ asks where).
  for (const [word, type] of CLOSING_VERBS) {
    const start = text.lastIndexOf(word);
    if (start >= 0 && END_OF_QUESTION.test(text.slice(start + word.length))) found.push({ type, word, start, english: false });
  }
  // 为何 closing a question asks "what" (名称为何 → 名称是什么), not "why" (为何离开).
  for (const f of found) if (f.word === '为何' && END_OF_QUESTION.test(text.slice(f.start + f.word.length))) f.type = 'thing';
  // A quantity noun (人口, 比例) is the topic when another word does the asking (人口最多的国家是哪个).
  const askedOtherwise = found.some((f) => f.english && !GENERIC.has(f.type) && !EN_QUANTITY_CUES.has(f.word));
  const asking = found.filter((f) => !QUANTITY_NOUNS.has(f.word) && !(askedOtherwise && EN_QUANTITY_CUES.has(f.word)));
  // A noun that names a time or a place is the topic, too, when a word of another specific type asks:
  // 练琴的时间是别人的一半，为什么… asks why.
  const askedSpecifically = asking.some((f) => !GENERIC.has(f.type) && !TOPIC_NOUNS.has(f.word));
  const kept = asking.length > 0 ? asking.filter((f) => !(askedSpecifically && TOPIC_NOUNS.has(f.word))) : found;
  const specific = kept.filter((f) => !GENERIC.has(f.type));
  const pool = specific.length > 0 ? specific : kept;
  // Stable sort: equal lengths keep the table's order.
  return pool.sort((a, b) => b.word.length - a.word.length)[0];
}

/** A word that carries no topic (的, 是, 什么, 分别): see FUNCTION_WORDS. */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word);
}

function isContent(word: string): boolean {
  return !FUNCTION_WORDS.has(word) && !POINTING.test(word) && !ASKING_WORD.test(word) && /[\p{Script=Han}A-Za-z0-9]/u.test(word);
}

/**
 * An English word is looked for as written only when it could be written so in a Chinese article:
 * an acronym or a name with capitals or digits (GDP, Tiangong-2, Q1). Other English words reach the
 * article through the words the caller mapped them to.
 */
function writtenAsIs(word: string): boolean {
  return !/^[A-Za-z]+$/.test(word) || /[A-Z].*[A-Z]/.test(word) || /^[A-Z]{2,}$/.test(word);
}

/** Words that ask about the report itself: who filed it, for which outlet. */
const SOURCE_ASKED = /媒体|通讯社|电稿|哪家报|哪个报|报社|记者|稿子|消息来源|来源|署名|\bagency\b|\boutlet\b|\bmedia\b|\breporters?\b|\bjournalists?\b|\bsource\b|\bwho (?:wrote|filed|reported)\b/iu;

/**
 * 比去年同月成长多少, 较上年增加多少: a change against an earlier period, which news gives as a rate
 * (年增9.5%) unless a measure follows the asking word (增加多少人, which the asked unit reads).
 */
const CHANGE_SINCE = '(?:比|较)(?:去年|上年|前年|上月|上季度|同期)[^，。？?]{0,6}(?:增长|成长|增加|上升|上涨|涨|下降|减少|下跌|跌|下滑)(?:了)?多少(?![\\p{Script=Han}\\w])';

/**
 * Words that ask for a share or a rate ("how fast did it grow": the rate of the change, a percentage),
 * and any noun of a rate (上座率, 就业率, 转化率): news gives a rate as a percentage. Not the rates
 * written in units of their own (汇率, 频率, 功率, 速率, 帧率, 码率, 倍率), nor a ratio (比率, 多少倍),
 * which is written as a multiple or as one to another (一万兑一).
 */
const SHARE_ASKED = new RegExp(`\\p{Script=Han}(?<![汇频功速帧码倍比])率(?![领先])(?!.*倍)|占比|比例|比重|百分比|百分之几|百分之多少|多少\\s*[%％]|增幅|增速|涨幅|降幅|跌幅|同比|环比|${CHANGE_SINCE}|${wholeWords(EN_SHARE_NOUNS)}|\\b(?:share|proportion) of\\b|\\byear[- ]on[- ]year\\b|\\bhow (?:fast|quickly)\\b.*\\b(?:${EN_CHANGE_VERBS})|\\bgrowth\\b`, 'iu');

/**
 * 多大 asks an age (领队多大 → 45岁) unless it asks the size of something (面积有多大, 多大的岩洞), an
 * amount a plant or a market holds (产能有多大, 缺口多大) or how strong a change is (降幅多大).
 */
const SIZE_ASKED = /[区园岛湖国省市县城州山场馆库洋海河湾](?:的)?(?:有)?多大|面积|范围|容量|体积|体长|身长|规模|尺寸|大小|占地|直径|半径|功率|排量|产能|产量|储量|运力|装机|流量|销量|缺口|差距|空间|潜力|幅度|力度|强度|多大的|多大程度|影响|作用|贡献|损失|压力|难度|区别|差别|差异/u;

/**
 * An area asked for (面积有多大, 占地多少, what is the area): a figure in a unit of area answers. In
 * English only the quantity (the area of, what area, in area), not a place (sent to the area).
 */
const AREA_ASKED = /面积|占地|\barea\s+of\b|\bwhat(?:'s|\s+is|\s+was)\s+(?:the|its|their)\s+(?:[a-z]+\s+)?area\b|['’]s\s+(?:[a-z]+\s+)?area\b|\bwhat\s+area\b|\bin\s+area\b/iu;

/** Nouns of a sum of money: a price, a cost, a fine, an earning, a payment, a debt. */
const MONEY_NOUNS = '价格|售价|票价|造价|花费|罚款|罚金|赔偿金|赔偿|补偿|赔款|补贴|营收|收入|营业额|销售额|成交额|交易额|利润|盈利|亏损|投资|预算|成本|费用|经费|支出|开支|工资|薪酬|薪水|票房|市值|估值|融资|资产|奖金|债务|负债|欠款|贷款|存款|税收|租金|学费|捐款|善款';

/**
 * A price, a cost, a fine asked for (罚款多少, 多少赔偿, 赔了多少, how much did it cost, how much did they
 * charge): a sum of money answers. Charge only after how much: "how many were charged" counts people.
 */
const MONEY_ASKED = new RegExp(`多少钱|几块钱?|多少块钱?|几毛钱?|(?:${MONEY_NOUNS})(?:总额|规模|额)?(?:总共|一共|共|总计|合计|累计|大约|大概)?(?:达到|达|约|是|为|有)?多少|多少(?:${MONEY_NOUNS})|花了多少|[挣赚](?:了|到)?多少|[赔捐投](?:了)?多少(?=$|[？?。！!，,\s])|\\bhow much\\b.*\\bcharge[sd]?\\b|${wholeWords(['cost', 'costs', 'price', 'priced', 'paid', 'pay', 'fine', 'fined', 'spent', 'spend', 'money', 'earn', 'earns', 'earned', ...EN_MONEY_NOUNS])}`, 'iu');

/** Units rain is measured in. */
const RAIN_UNITS: readonly string[] = ['毫米', '公厘', '公釐', 'mm'];

/**
 * The strength of wind, rain or an earthquake asked with 多大 (风有多大, 雨量多大, 地震多大): given in
 * its own units (13级, 38米/秒, 412毫米), not in the years 多大 asks of a person.
 */
const STRENGTH_UNITS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/风/u, ['级', '米/秒', '米每秒', '公里/小时', '公里每小时']],
  [/雨|降水/u, RAIN_UNITS],
  [/地震|震级/u, ['级']],
];

/** Rain asked by its amount with 多少 (下了多少雨, 降雨量是多少): in the units 雨有多大 asks. */
const RAIN_AMOUNT = /多少(?:毫米的?)?雨|雨量/u;

/** A match's score asked for (比分多少, 几比几). */
const SCORE_ASKED = /比分|比数|几比几/u;

/** The units the question's cue asks its figure in; a share or a rate asked as a figure is a percentage (占比多少 → 37.5%). */
function askedUnits(text: string, found: FoundCue): readonly string[] {
  if (found.word === '多少' && RAIN_AMOUNT.test(text)) return RAIN_UNITS;
  const strength = found.word === '多大' ? STRENGTH_UNITS.find(([asked]) => asked.test(text)) : undefined;
  if (strength) return strength[1];
  // A match's score is two figures either side of 比 (3比1).
  // "What was the final score?": the score noun itself asked (not the verb of "how many did she score").
  if (found.type === 'number' && (SCORE_ASKED.test(text) || (found.english && found.word === 'score'))) return [SCORE_UNIT];
  const area = found.type === 'number' && AREA_ASKED.test(text);
  if (found.word === '多大' && SIZE_ASKED.test(text) && !area) return [];
  // A share first: a profit margin is a percentage, not a sum.
  // A change asked as a rate (同比增长了多少) is also written as a multiple (同比增长近1.6倍).
  if (found.type === 'number' && SHARE_ASKED.test(text)) return asksChange(text) ? ['%', '倍'] : ['%'];
  // "How much did net profit fall?" asks the change, a sum or a percentage (同比下降8.6%), as 净利润下降了多少 does.
  if (found.type === 'number' && found.english && asksChange(text)) return [];
  if (found.type === 'number' && MONEY_ASKED.test(text)) return MONEY_UNITS;
  if (area) return AREA_UNITS;
  const units = CUE_UNITS[found.word] ?? measureVerb(text, found) ?? askedMeasure(text, found);
  // 长度是多少, 宽度多少, with nothing after the asking word (not 全长多少厘米): a length, in the units 多长 asks in.
  if (units.length === 0 && found.type === 'number' && LENGTH_ASKED.test(text)) return LENGTH_UNITS;
  // Patients and cases are counted in 例 (招募了多少名病人 → 412例): only they, not people at large
  // (几人死亡 is not answered by 31例 of cases).
  if (units.some((u) => PEOPLE_MEASURES.includes(u)) && !units.includes(CASE_MEASURE) && PATIENTS.test(text)) return [...units, CASE_MEASURE];
  return units;
}

/** Nouns of patients and cases, which medical news counts in 例. */
const PATIENTS = /患者|病人|病患|病例|确诊|感染者|\bpatients?\b|\bcases?\b/iu;
/** The measure word of a case. */
const CASE_MEASURE = '例';

/**
 * Nouns of a length a question asks the figure of (长度, 全长, 宽度), as 多长 and 多宽 do. Not a
 * height: a person's is written 1米82 or 182CM as often.
 */
const LENGTH_ASKED = /(?:长度|宽度|全长|总长|里程|跨度|深度)(?:分别)?(?:是|为|有|约|大约)?多少[？?。\s]*$/u;

/** The units an English verb of measure asks in ("how much did it weigh"), as its noun would. */
function measureVerb(text: string, found: FoundCue): readonly string[] | undefined {
  if (!found.english || found.type !== 'number') return undefined;
  return /\bweigh(?:s|ed)?\b/iu.test(text) ? CUE_UNITS['weigh'] : undefined;
}

/** Nouns of people counted as children are, with 个 as often as 名 (两个孩子): not asked in people's measures. */
const EN_COUNTED_LIKE_CHILDREN = new Set(['kid', 'child', 'baby', 'boy', 'girl', 'son', 'daughter', 'brother', 'sister', 'friend']);

/** "How many" before a noun of people: people, and the plurals of the person class's nouns (residents, villagers). */
// Some of a number first (how many of the roughly 620 rescuers), and a noun made with a hyphen
// (hand-pickers); not past a verb (how many times did the firefighters…).
const EN_PEOPLE_COUNTED = new RegExp(`\\bhow many (?:of (?:the|those|these|its|their) )?(?:(?!(?:times|did|do|does|was|were|is|are|have|has|had|will|would|can|could)\\b)[\\w'’-]+ ){0,3}?(?:[a-z]+-)?(?:people|persons|men|women|${(EN_CLASS_NOUNS.person ?? []).filter((w) => !EN_COUNTED_LIKE_CHILDREN.has(w)).map((w) => `${w}s`).join('|')})\\b`, 'iu');

/** "how many times higher / more / bigger / as many": a multiple asked. */
const EN_MULTIPLE_ASKED = /\bhow many times (?:higher|more|larger|bigger|greater|faster|as)\b/iu;

/** The measure word right after 多少 or 几 (多少天, 几颗), which the figure asked for is written with. */
function askedMeasure(text: string, found: FoundCue): readonly string[] {
  // "How many people…" counts people, in any of their measure words (2人, 3名), as 多少人 does.
  if (found.english && found.type === 'number' && EN_PEOPLE_COUNTED.test(text)) return PEOPLE_MEASURES;
  // "How many times higher (more, as many)…" asks a multiple, which Chinese writes in 倍 (3.5倍), not
  // how many times something happened (次).
  if (found.english && found.type === 'number' && EN_MULTIPLE_ASKED.test(text)) return ['倍'];
  // "How many bottles…" in the measure Chinese counts bottles in (1.2万瓶).
  const phrase = found.english && found.type === 'number' ? englishCounted(text) : undefined;
  if (phrase) {
    const measures = EN_COUNTED_MEASURES[singularOf(phrase.noun)];
    if (measures) return measures;
  }
  // 哪几天 asks which days (某月3日至5日), not how many; 西元几年 still asks a figure in 年.
  if (found.english || (found.type === 'date' && found.word.startsWith('哪'))) return [];
  // The 多少 or 几 of the cue, not one before it that only says which (几批花生酱…卖出多少瓶).
  const asking = /多少|几/gu;
  asking.lastIndex = found.word.includes('多少') || found.word.includes('几') ? found.start : 0;
  const at = asking.exec(text) ?? /多少|几/u.exec(text);
  if (!at) return [];
  const rest = text.slice(at.index + at[0].length);
  const written = ASKED_MEASURES.find((m) => rest.startsWith(m));
  // 单 and 笔 also open words of their own (多少单位, 几笔记录): a measure only where jieba cuts them alone.
  const measure = written !== undefined && WORD_OPENING_MEASURES.has(written) && tagWords(rest)[0]?.word !== written ? undefined : written;
  // 几个小时, 几个人: 个 counts the unit that follows it, which is the one asked (not the 项 of 几个项目).
  const counted = measure === '个' ? ASKED_MEASURES.find((m) => (m.length > 1 || m === '人') && rest.startsWith(m, 1)) : undefined;
  const unit = counted ?? measure;
  // 多少人 is answered 36名 as often as 36人: people asked as 人 are counted in any of their
  // measure words. (多少名医护人员 names its own measure, and keeps it.)
  if (unit === '人') return PEOPLE_MEASURES;
  // So is a weight in any of its units: 多少斤 is answered 500公斤 or 2吨.
  if (unit !== undefined && WEIGHT_UNITS.includes(unit)) return WEIGHT_UNITS;
  // …and a length or an area in any writing of its unit (多少公尺 → 1000米).
  if (unit) return SAME_UNITS.find((same) => same.includes(unit)) ?? [unit];
  // 多少日内: days, counted in 日 as formal writing counts them (asked-form.ts reads 14日内 so).
  // Not 日元 or 日期: 日 followed by another character of a word.
  if (found.type !== 'date' && DAYS_ASKED_IN_日.test(rest)) return ['天'];
  // 多少学生 with no measure but a noun of people, 多少口人 (口 counts a household's people), or
  // 人数是多少: counted in people's measures (1300余人, 86名).
  // …or people named before the asking word (申报债权的人一共有多少): the count is of them.
  return countsPeople(rest) || rest.startsWith('口人') || text.includes('人数') || PEOPLE_BEFORE_ASKING.test(text.slice(0, at.index)) ? PEOPLE_MEASURES : [];
}

/** People right before a count asked (…的人一共有多少, 来的人有多少). */
const PEOPLE_BEFORE_ASKING = /的人(?:一共|总共|合共|共计|总计|合计|共|大约|大概|约)?(?:有|是|为)?$/u;

/** 日 asked as a count of days (多少日内, 多少日后, 多少日？; Cantonese 几多日 is read as 多少日). */
const DAYS_ASKED_IN_日 = /^日(?:内|以内|之内|后|以后|(?!\p{Script=Han}))/u;

/** Measures that are also the first character of common words (单位, 笔记). */
const WORD_OPENING_MEASURES: ReadonlySet<string> = new Set(['单', '笔']);

/**
 * Endings of nouns of people (学生, 队员, 患者, 居民, 员工, 教师, 选手, 游客, 护士, 观众, 工人): not
 * 子 (孩子 is counted with 个, as children are) nor 家 (商家 is counted with 家).
 */
const PEOPLE_NOUN_END = /^\p{Script=Han}+[生员者民工师手客士众童人]$/u;

/** Whether the words after an asking word open with a noun of people, which its measure leaves out (多少学生). */
function countsPeople(rest: string): boolean {
  const first = tagWords(rest)[0];
  if (!first || !/^n/u.test(first.tag) || first.word.length < 2) return false;
  return PEOPLE_NOUN_END.test(first.word) || (CLASS_NOUNS.person ?? []).includes(first.word);
}

/** Every class noun of the table, of any type. */
const CLASS_WORDS = new Set(Object.values(CLASS_NOUNS).flat());

/** Nouns of manner: 用什么方式 still asks how. */
const MANNER_NOUNS = new Set(['方式', '方法', '手段', '途径', '办法', '渠道', '形式', '措施', '方案', '态度']);

/** Types a class noun can make more specific: a generic cue, or a "which" read as just "thing". */
const REFINABLE = new Set<AnswerType>(['thing', 'list', 'definition']);

/** The noun after a "which" word (哪一国家 → 国家, 哪个研究中心 → 研究/中心): up to two noun or verb words. */
function classAfterWhich(tagged: readonly { word: string; tag: string }[]): string[] {
  for (let at = 0; at < tagged.length; at++) {
    let word = tagged[at]!.word;
    let next = at + 1;
    // jieba writes 哪一国家 as 哪/一/国家, 哪一个地方 as 哪/一个/地方.
    const joined = word + (tagged[next]?.word ?? '');
    if (word === '哪' && WHICH_WORDS.test(joined)) {
      word = joined;
      next++;
    }
    // 哪天会到 cut 哪/天会: the day (哪天), the year or the place is asked, no class of thing.
    if (word === '哪' && /^[天年里儿]/u.test(tagged[next]?.word ?? '')) continue;
    if (!WHICH_WORDS.test(word)) continue;
    const kind: string[] = [];
    for (const w of tagged.slice(next, next + 2)) {
      if (!/^\p{Script=Han}+$/u.test(w.word) || !/^[nv]/.test(w.tag) || FUNCTION_WORDS.has(w.word)) break;
      kind.push(w.word);
    }
    // A class ends in a noun (研究中心); a verb after it is the question's predicate (国家 | 发明). A
    // noun the class table lists is a noun whatever jieba tagged it (组织/v in 哪一组织开办).
    const verb = (i: number) => /^v/.test(tagged[i]!.tag) && !/^vn/.test(tagged[i]!.tag) && !CLASS_WORDS.has(tagged[i]!.word);
    while (kind.length > 0 && verb(next + kind.length - 1)) kind.pop();
    // A verbal noun after a noun is the predicate too (哪家保险公司 | 运营, 哪个法院 | 审理); before
    // one it is part of the class (研究中心).
    if (kind.length === 2 && /^vn/.test(tagged[next + 1]!.tag) && /^n/.test(tagged[next]!.tag) && !CLASS_WORDS.has(kind[1]!)) kind.pop();
    if (kind.length > 0) return kind;
  }
  return [];
}

/** Words that ask the name a thing goes by in full. */
const FULL_NAME = new Set(['全称', '全名', '名称', '正式名称']);

/**
 * "论坛的全称是什么？": the name asked is of a member of the class before 的 (某某合作论坛), as
 * 哪个论坛 asks. Only a common noun: the full name of an abbreviation or a name (某组织的全称)
 * does not end with it.
 */
function classNamed(tagged: readonly { word: string; tag: string }[]): string[] {
  const at = tagged.findIndex((t, i) => FULL_NAME.has(t.word) && tagged[i - 1]?.word === '的');
  const noun = tagged[at - 2];
  return noun && noun.tag === 'n' && noun.word.length >= 2 ? [noun.word] : [];
}

/**
 * A class noun closing the question before its copula (人口最多的国家是？, 成立的组织为何？): the
 * answer is a member of it, as after a "which". Only nouns of the class table count: elsewhere the
 * word before 是 is the topic (名称为何 asks the name itself).
 */
function classClosing(tagged: readonly { word: string; tag: string }[]): string[] {
  const words = tagged.map((t) => t.word).filter((w) => /[\p{Script=Han}A-Za-z0-9]/u.test(w));
  let end = words.length;
  // 她的女儿叫什么？ asks the name of what stands before 叫: a person when that is a post or kin.
  if (/^(?:什么|啥)$/u.test(words[end - 1] ?? '') && /^(?:名?叫|叫做)$/u.test(words[end - 2] ?? '')) {
    const named = words[end - 3];
    if (named !== undefined && (CLASS_WORDS.has(named) || POST_TITLES.includes(named))) return [named];
  }
  if (words[end - 1] === '何') end--;
  if (!COPULAS.has(words[end - 1] ?? '') && words[end - 1] !== '为何') return [];
  const noun = words[end - 2];
  return noun !== undefined && CLASS_WORDS.has(noun) ? [noun] : [];
}

/**
 * The head noun of an English "which N" / "what N" (which court tried…, which bank did…, which
 * other payment systems is…, which river?): the class the answer is a member of. The phrase
 * runs to the auxiliary, copula, preposition or past verb after it, or to the question's end.
 */
export function englishAskedNoun(text: string): string | undefined {
  const match = /\b(?:which|what)\s+([a-z]+(?:\s+[a-z]+){0,3})/iu.exec(text);
  if (!match) return undefined;
  const words = match[1]!.toLowerCase().split(/\s+/u);
  const end = words.findIndex((w) => ENGLISH_AFTER_CLASS.has(w) || /ed$/u.test(w));
  // "what was the …": no noun after the asking word; four words and no verb: no phrase this reads.
  if (end === 0 || (end < 0 && words.length === 4)) return undefined;
  const phrase = (end < 0 ? words : words.slice(0, end)).filter((w) => !ENGLISH_DETERMINERS.has(w));
  // Cut at an article, the phrase holds a verb English does not mark (which judge heard | the
  // appeal, which company built | the…): its noun is the first word. Else the noun is the last
  // (which other payment systems | is…).
  return ARTICLES.has(words[end] ?? '') ? phrase[0] : phrase[phrase.length - 1];
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** Words before the noun of "which N" that are not it: which other systems, which two cities. */
const ENGLISH_DETERMINERS = new Set(['other', 'another', 'two', 'three', 'four', 'five', 'several', 'specific', 'particular']);

/** Words that end the noun phrase of "which N": an auxiliary, a copula, a preposition or an article. */
const ENGLISH_AFTER_CLASS = new Set(['did', 'does', 'do', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'that', 'who', ...ARTICLES]);

/** Plurals not made with -s. */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children']);
/** Nouns English counts without an -s, Chinese units among them (how many mu of land, how many jin of rice). */
const UNCHANGED_PLURALS = new Set(['mu', 'jin', 'sheep', 'deer']);

/** An English noun's singular, as far as its -s or -ies says (cities → city, systems → system). */
export function singularOf(noun: string): string {
  return noun.endsWith('ies') ? noun.slice(0, -3) + 'y' : noun.replace(/(?<=[^su])s$/u, '');
}

/**
 * What "how many" counts: its noun, the first plural within the next four words (how many medical
 * stations, how many bottles still held…), and the words before it that qualify it (medical).
 * Undefined when no plural follows: "how many of them", "how many did…".
 */
export function englishCounted(text: string): { noun: string; qualifiers: string[] } | undefined {
  // A hyphened noun is one (person-times, 人次).
  const match = /\bhow many\s+((?:[a-z]+(?:-[a-z]+)*\s*){1,4})/iu.exec(text);
  if (!match) return undefined;
  const words = match[1]!.toLowerCase().split(/\s+/u).filter(Boolean);
  const at = words.findIndex((w) => UNCHANGED_PLURALS.has(w) || (!ENGLISH_AFTER_CLASS.has(w) && w.length > 2 && (IRREGULAR_PLURALS.has(w) || singularOf(w) !== w)));
  if (at < 0 || words.slice(0, at).some((w) => ENGLISH_AFTER_CLASS.has(w))) return undefined;
  return { noun: words[at]!, qualifiers: words.slice(0, at) };
}

/** Whether "which N" names N in the singular (which rocket, not which tools or which other systems). */
function singularAfterWhich(text: string): boolean {
  if (!/\bwhich\b/iu.test(text)) return false;
  const noun = englishAskedNoun(text);
  return noun !== undefined && singularOf(noun) === noun && !IRREGULAR_PLURALS.has(noun);
}

/**
 * "Which rivers…", "what companies did…": a plural noun right after the asking word (past a number
 * or "other") names a set, as 哪些 does. Only that word: further on, a verb English does not mark
 * may stand (what festival | falls on…). After "what" the word may itself be a verb (what
 * happens, what remains), so an auxiliary must follow it.
 */
function pluralAfterWhich(text: string): boolean {
  const match = /\b(which|what)\s+((?:[a-z]+\s+){0,2})/iu.exec(text);
  if (!match) return false;
  const words = match[2]!.toLowerCase().split(/\s+/u).filter(Boolean);
  const at = words.findIndex((w) => !ENGLISH_DETERMINERS.has(w));
  const noun = words[at];
  const plural = (w: string | undefined) => w !== undefined && !ENGLISH_AFTER_CLASS.has(w) && (singularOf(w) !== w || IRREGULAR_PLURALS.has(w));
  // After "which", the head of a compound too (which other payment systems is…).
  if (match[1]!.toLowerCase() === 'which') return plural(noun) || plural(englishAskedNoun(text));
  return plural(noun) && AUXILIARIES.has(words[at + 1] ?? '');
}

/** Auxiliaries and copulas after a plural noun: what companies did…, what measures were…. */
const AUXILIARIES = new Set(['did', 'do', 'are', 'were', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'need', 'must']);

/** The type an English "which N" names (which judge → person), if the table lists N. */
function englishClassType(text: string): AnswerType | undefined {
  const noun = englishAskedNoun(text) ?? /\b(?:which|what)\s+([a-z]+)/iu.exec(text)?.[1]?.toLowerCase();
  return noun ? englishNounType(noun) : undefined;
}

/** The type an English class noun names, in the singular or the plural (judges → person), if the table lists it. */
function englishNounType(noun: string): AnswerType | undefined {
  const singular = singularOf(noun);
  for (const [type, nouns] of Object.entries(EN_CLASS_NOUNS) as [AnswerType, readonly string[]][]) {
    if (nouns.includes(noun) || nouns.includes(singular)) return type;
  }
  return undefined;
}

/**
 * "What is the name of the zone?" asks what the zone is called: a person's name only when the noun
 * is a person's (the girl, the nurse); a place's or an organisation's when the class table says so,
 * else a thing's. Undefined when the English cue is not "name", or names no noun (what is his name).
 */
function nameAskedType(text: string, found: FoundCue | undefined, mappedTerms: readonly string[]): AnswerType | undefined {
  if (!found?.english || !/^names?$|^named$/iu.test(found.word)) return undefined;
  const noun = askedNameOf(text);
  if (noun === undefined || !/^[a-z]+$/u.test(noun)) return undefined;
  // The table cannot list every noun of the one who does (the arbitrator, the mediator): one is a
  // person when the article's word it reached names an agent too (仲裁员).
  const agent = agentStemmedAway(noun) && mappedTerms.some(namesAnAgent);
  return englishNounType(noun) ?? (agent ? 'person' : 'thing');
}

/** The type a class noun names (国家 → place), if the table lists it. */
function classType(kind: readonly string[]): AnswerType | undefined {
  const head = kind[kind.length - 1];
  const whole = kind.join('');
  // A post or kin (市长, 女儿) is a person, though the class table does not list every one.
  if (head !== undefined && POST_TITLES.includes(head)) return 'person';
  for (const [type, nouns] of Object.entries(CLASS_NOUNS) as [AnswerType, readonly string[]][]) {
    if (nouns.includes(whole) || (head !== undefined && nouns.includes(head))) return type;
  }
  // A compound ending in a class noun of two characters or more (保险公司, 人民法院, 省会城市).
  for (const [type, nouns] of Object.entries(CLASS_NOUNS) as [AnswerType, readonly string[]][]) {
    if (head !== undefined && nouns.some((noun) => noun.length >= 2 && head.length > noun.length && head.endsWith(noun))) return type;
  }
  // The class noun first and a word of the sentence after it (哪一机构 | 旗下的单位).
  const first = kind[0];
  for (const [type, nouns] of Object.entries(CLASS_NOUNS) as [AnswerType, readonly string[]][]) {
    if (first !== undefined && nouns.includes(first)) return type;
  }
  return undefined;
}

export function analyseQuestion(text: string, mappedTerms: readonly string[] = []): AnalysedQuestion {
  const tagged = tagWords(text);
  const found = findCue(text, tagged);
  const which = classAfterWhich(tagged);
  const askedClass = which.length > 0 ? which : classNamed(tagged);
  const closing = askedClass.length === 0 ? classClosing(tagged) : [];
  const classed = classType(askedClass) ?? classType(closing) ?? englishClassType(text);
  // A quantity noun names what is compared when a "which" or a class closing the question asks.
  const quantityOnly = found !== undefined && QUANTITY_NOUNS.has(found.word);
  // 用什么火箭, 靠什么技术: a "how" built on 什么 with a noun after it asks which thing was used.
  const instrument = found?.type === 'method' && found.word.endsWith('什么') && askedClass.length > 0 && !MANNER_NOUNS.has(askedClass[askedClass.length - 1]!);
  const refinable = !found || REFINABLE.has(found.type) || quantityOnly || instrument;
  const cued: AnswerType = classed && refinable ? classed : (quantityOnly || instrument) && askedClass.length > 0 ? 'thing' : (found?.type ?? 'thing');
  // English "which" asks a list only of a plural (which tools…); "which rocket…" asks one thing.
  const pluralOrNot: AnswerType = cued === 'list' && found?.english && /^which$/iu.test(found.word) && singularAfterWhich(text) ? 'thing' : cued;
  const named = nameAskedType(text, found, mappedTerms) ?? pluralOrNot;
  // A count asked in days written 日 (多少日内) asks a length of time, as 多少天 does.
  const type = named === 'number' && found !== undefined && !found.english && DAYS_ASKED_IN_日.test(text.slice(found.start + found.word.length)) ? 'duration' : named;
  const words = tagged.map((t) => t.word);
  let before: string[] = [];
  let after: string[] = [];
  let linkBefore = '';
  let linkAfter = '';
  let cue: AnalysedQuestion['cue'];
  if (found && !found.english) {
    cue = { word: found.word, start: found.start, end: found.start + found.word.length };
    // Words of the question before and after the cue, punctuation skipped. A word jieba glued to the
    // cue's front (根有 of 根有什么特点) gives the part before it: that part is the question's own word.
    // What a word runs on past the cue is the asking phrase's own (个 of 哪个 after the cue 在哪).
    let at = 0;
    const left: string[] = [];
    const right: string[] = [];
    for (const w of words) {
      const end = at + w.length;
      if (end <= cue.start) left.push(w);
      else if (at >= cue.end) right.push(w);
      else if (at < cue.start) left.push(w.slice(0, cue.start - at));
      at = end;
    }
    before = left.filter(meaningful).slice(-2);
    after = right.filter(meaningful).slice(0, 2);
    if (before.length > 0) {
      const between = left.slice(left.lastIndexOf(before[before.length - 1]!) + 1);
      linkBefore = linkOf(between);
      // A cue opening with the preposition the answer follows (在哪): the article writes it between
      // the question's word and the answer (分布在合肥), so it links them as 的 does.
      if (between.length === 0 && CUE_LEADS.has(found.word[0]!)) linkBefore = found.word[0]!;
    }
    if (after.length > 0) linkAfter = linkOf(right.slice(0, right.indexOf(after[0]!)));
  } else if (!found) {
    // No asking word, but the question stops at its copula (主办方是？, 编号为？): the answer is what
    // follows the words before it, as after a cue at the end.
    const last = words.filter(spoken).pop();
    if (last !== undefined && COPULAS.has(last)) {
      before = words.slice(0, words.lastIndexOf(last)).filter(meaningful).slice(-2);
      if (before.length > 0) linkBefore = last;
    }
  }
  const covered = cueCovered(text);
  const own: string[] = [];
  let at = 0;
  for (const [i, w] of words.entries()) {
    const marks = covered.subarray(at, at + w.length);
    const inCue = marks.every((c) => c === 1);
    // A word jieba glued to an asking word and took for a name (时多大/nr of 去世时多大年纪): only
    // the rest is the question's own, and a character alone is no word to look for. A word it
    // knows (古称 of 古称什么, 含有 of 含有什么) stays whole.
    // Nor one that starts inside the asking word (天会 of 哪天会到, jieba's 哪/天会): the asking word is whole.
    const partly = !inCue && marks.some((c) => c === 1) && (/^(?:nr|nz|x)/u.test(tagged[i]!.tag) || marks[0] === 1);
    const whole = partly ? [...w].filter((_, j) => marks[j] !== 1).join('') : w;
    // A demonstrative jieba glued to its measure and noun, not knowing the three (这条线/x): it
    // points back at what the article names; the noun is the question's word.
    const kept = /^x/u.test(tagged[i]!.tag) ? (POINTED_NOUN.exec(whole)?.[1] ?? whole) : whole;
    if (isContent(kept) && !ONLY_ASKING.has(kept) && !inCue && (!partly || kept.length >= 2)) own.push(kept);
    at += w.length;
  }
  const units = found ? askedUnits(text, found) : [];
  const terms = [...new Set([...own.filter((w) => !/^[A-Za-z]/.test(w) || writtenAsIs(w)), ...mappedTerms])];
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const pronoun = THIRD_PERSON_ZH.test(text) || /\b(?:he|she|him|his|her)\b/i.test(text);
  const aboutEvent = !pronoun && own.length > 0 && own.every((w) => EVENT_WORDS.has(w)) && mappedTerms.length === 0;
  const twoParts = (text.match(VALUE_ASKS) ?? []).length >= 2 || text.includes('分别');
  const asksSource = SOURCE_ASKED.test(text);
  // Another name asked (别名, 又称之为什么): the article's list of names (又名A、B、C) answers whole.
  const plural = PLURAL_ASKED.test(text) || writesAnotherName(text) || pluralAfterWhich(text);
  // What the figure counts stands right after its asking word (多少名游客), its measure word and unit aside.
  const counted = type === 'number' && cue ? after.filter((w) => w.length >= 2 && /^\p{Script=Han}+$/u.test(w) && !units.includes(w)) : [];
  return { text, type, cue, before, after, linkBefore, linkAfter, terms, english: latin > han, pronoun, units, aboutEvent, twoParts, askedClass, counted, asksSource, plural, englishCue: found?.english ? found.word : undefined };
}
