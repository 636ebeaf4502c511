import { creditLength } from '../../article/dateline.js';
import type { Article } from '../../article/types.js';
import { tagWords } from '../../language/segmenter.js';
import { surnameLength } from '../../language/surnames.js';
import { NAME_DOT, isSyllable, transliteratedNames } from '../../language/transliterated.js';
import { DATE_TIME, DAY_JOIN_END, DAY_JOIN_START, FIGURE, FIGURE_JOINS, MEASURE_CHARS, ORDINAL_TEXT } from './figures.js';
import { WeakLru } from '../../util/weak-lru.js';

/** One word of a sentence with jieba's part-of-speech tag and where it stands in the sentence. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** A sentence ready for reading: tagged once, its characters and bigrams counted. */
export interface PreparedSentence {
  paragraph: number;
  /** Index of the sentence within its paragraph. */
  sentence: number;
  /** Position among all of the article's sentences (the title is −1). */
  order: number;
  /** As the article holds it: in the one script of matching (foldArticle), so questions meet it. */
  text: string;
  tokens: Token[];
  /** Distinct characters and character bigrams of the text. */
  grams: Set<string>;
  /** Characters at the start that credit the report (新华社北京5月8日电（记者 张三）), not its story: 0 in most sentences. */
  credit: number;
  /**
   * bound[i]: how far the characters at i − 1 and i are one word in this article — of the sentences
   * holding the rarer of the two, the share that hold them side by side (萱田 in an article about
   * the Xuantian clan, 0 across 的|中). A span starting or ending there cuts a word jieba did not
   * know (田家 of 萱田家). Empty until the article is counted (a sentence prepared alone).
   */
  bound: Float32Array;
}

export interface PreparedArticle {
  article: Article;
  sentences: PreparedSentence[];
  /** Sentences holding each gram, for its rarity. */
  frequency: Map<string, number>;
  /** The person the article names most often (jieba's nr words of two or more characters), if any. */
  protagonist?: string;
  /** Every sentence, lower-cased, one a line: for looking a word up anywhere in the article. */
  text: string;
}

const PUNCTUATION = /^[^\p{Script=Han}\p{L}\p{N}]+$/u;

export function isPunctuation(word: string): boolean {
  return PUNCTUATION.test(word);
}

export function gramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  let previous = '';
  for (const ch of text.toLowerCase()) {
    if (/[\s\p{P}\p{S}]/u.test(ch)) {
      previous = '';
      continue;
    }
    grams.add(ch);
    if (previous) grams.add(previous + ch);
    previous = ch;
  }
  return grams;
}

function dateRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(DATE_TIME)) {
    // 直到2月11日: the 到 belongs to the verb, not to a range; 某某和8月: the 和 joins no day before it.
    const lead = DAY_JOIN_START.exec(m[0])?.[0].length ?? 0;
    // 5日和 + 李某: a join no day follows is the sentence's, not the date's.
    const tail = m[0].length > lead ? (DAY_JOIN_END.exec(m[0].slice(lead))?.[0].length ?? 0) : 0;
    const span = m[0].slice(lead, m[0].length - tail);
    // A lone 年/月 with no figure, or a bare number, is not a date.
    if (span.length >= 2 && /[\d〇零一二三四五六七八九十]/u.test(span) && /[年月日号时点]/u.test(span)) ranges.push([m.index! + lead, m.index! + lead + span.length]);
  }
  return ranges;
}

/** Ordinals as written (第二十三次, 第3届): one word, so the measure word stays on it and nothing more does. */
const ORDINAL = new RegExp(ORDINAL_TEXT, 'gu');


/**
 * A time taken, as a race or an operation reports it (2小时09分31秒, 快了2分05秒): one word, so it is
 * proposed whole; jieba cuts it into figures and units, and the reader gave 1小时12分 for 1小时12分05秒.
 * Not a clock time (7时30分, a date's): that writes 时, not 小时, before its minutes.
 */
const LAPSE = /\d+小时\d{1,2}分(?:\d{1,2}秒)?|(?<![\d时点])\d+分\d{1,2}秒/gu;

/**
 * A prison term as a court report writes it (有期徒刑2年4月, 判刑1年6个月, 拘役4月): years and months of
 * a sentence, one length of time, not a year and a month of the calendar (jieba reads 4月 as April).
 */
const PRISON_TERM = /(?<=有期徒刑|徒刑|拘役|判刑|刑期)(?:\d+年(?:\d+个?月)?|\d+个?月)/gu;

/** Where a global pattern matches in the text, each match as the range of characters it covers. */
function matchRanges(pattern: RegExp, text: string): [number, number][] {
  return [...text.matchAll(pattern)].map((m) => [m.index!, m.index! + m[0].length] as [number, number]);
}

/** Joins the tokens that a range touches into one token tagged `tag`. */
function joinRanges(tokens: Token[], ranges: [number, number][], tag: string, cut = false): Token[] {
  if (ranges.length === 0) return tokens;
  const out: Token[] = [];
  let r = 0;
  for (const token of cut ? splitAt(tokens, ranges) : tokens) {
    while (r < ranges.length && ranges[r]![1] <= token.start) r++;
    const range = ranges[r];
    const previous = out[out.length - 1];
    const inside = range && token.start < range[1] && token.end > range[0];
    if (inside && previous && previous.tag === 't*' && previous.end === token.start && previous.end > range[0]) {
      previous.word += token.word;
      previous.end = token.end;
    } else {
      out.push(inside ? { ...token, tag: 't*' } : { ...token });
    }
  }
  for (const token of out) if (token.tag === 't*') token.tag = tag;
  return out;
}

/**
 * What a date may end with beyond its last unit, where jieba glues the two (12月20日前, 2026年底,
 * 3月份, 19日晚): the date's still. Anything else glued on is the sentence's (17分 + 在, 35分 + 开球).
 */
const OF_THE_DATE = /^(?:前|后|起|底|初|末|中|内|间|份|许|晚|早|夜|晨|左右|以来|以前|以后|之前|之后|前后|上旬|中旬|下旬)$/u;

/**
 * Tokens cut where a range ends inside one before a word that is not the range's: jieba may glue
 * a date's last unit to the word after it (17/m 分在/x), and the date must not take the 在. The
 * piece after the cut is tagged on its own.
 */
function splitAt(tokens: Token[], ranges: readonly [number, number][]): Token[] {
  const ends = [...new Set(ranges.map(([, end]) => end))];
  const out: Token[] = [];
  for (const token of tokens) {
    const cut = ends.find((e) => e > token.start && e < token.end);
    const rest = cut === undefined ? '' : token.word.slice(cut - token.start);
    if (cut === undefined || OF_THE_DATE.test(rest)) {
      out.push(token);
      continue;
    }
    const head = token.word.slice(0, cut - token.start);
    out.push({ word: head, tag: tagPiece(head), start: token.start, end: cut });
    out.push({ word: rest, tag: tagPiece(rest), start: cut, end: token.end });
  }
  return out;
}

/** The tag of a piece cut from a word jieba read (分在 → 在, 人失联 → 失联): jieba's for it alone, guessed where unknown. */
function tagPiece(piece: string): string {
  return guessUnknown(piece, tagWords(piece)[0]?.tag ?? 'x');
}

/**
 * jieba tags x a word its dictionary lacks and its HMM found: in news, mostly a name. Two to four
 * Han characters after a common surname are taken for a person (nr), others for a proper noun (nz).
 */
function guessUnknown(word: string, tag: string): string {
  if (tag !== 'x' || !/^\p{Script=Han}{2,4}$/u.test(word)) return tag;
  const surname = surnameLength(word);
  return surname > 0 && word.length - surname >= 1 && word.length - surname <= 2 ? 'nr' : 'nz';
}

/**
 * A name jieba cut after a surname it does not know alone (郗/x + 明远): the surname and the one or
 * two characters of the word after it, when that word is no function word.
 */
function nameCutAfterSurname(token: Token, next: Token | undefined): string | undefined {
  if (token.tag !== 'x' || token.word.length !== 1 || surnameLength(token.word) !== 1 || next === undefined) return undefined;
  return /^\p{Script=Han}{1,2}$/u.test(next.word) && !/^[pcdurye]/u.test(next.tag) ? token.word + next.word : undefined;
}

/** A magnitude jieba cuts off a figure, with the unit it may carry (350 + 万元, 2.46 + 万辆, 30 + 亿美元, 3.5 + 万艘). */
const MAGNITUDE = new RegExp(`^[十百千万亿]+(?:元|美元|欧元|人民币|人|户|股|亩|吨|公里|千米|平方米|平方公里|立方米|标准箱|[${MEASURE_CHARS}])?$`, 'u');

/** A piece of a written figure jieba cut off it, joined back to the figure's word. */
function joinFigure(figure: Token, piece: string): void {
  figure.word += piece;
  figure.end += piece.length;
  figure.tag = 'm';
}

/**
 * "More than" and its measure after a figure (1300余人, 70余名): jieba tags 余名 m but reads 余人
 * and 余户 as a surname's name (nr). All are the figure's.
 */
const APPROXIMATE_MEASURE = new RegExp(`^[余多来](?:人|[${MEASURE_CHARS}])$`, 'u');

/** What follows 分 when it divides rather than counts (分为两组, 分成, 分别). */
const DIVIDES_AFTER = /[为成别配布享开化裂离散摊担期批段类钟]/u;

/** Verbs of going jieba's dictionary tags a time (前往/t, 前来/t): after a day they went with it as a date (6日前往). */
const GOING_VERB = /^前(?:往|来|去)$/u;

/** Tags a text and joins the pieces of written figures and dates back into one word. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  const words = tagWords(text);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.word;
    // jieba's dictionary has no single digit nor decimal, so it tags them x or eng (5/x 例/v, 3.75/eng 公里): figures all the same.
    const tag = /^\d+(?:[.,]\d+)*$/u.test(word) ? 'm' : GOING_VERB.test(word) ? 'v' : guessUnknown(word, words[i]!.tag);
    const previous = tokens[tokens.length - 1];
    // A space some outlets set between a figure and its magnitude (3.5 万艘, 800 亿元) is inside the figure.
    if (word === ' ' && previous && FIGURE.test(previous.word) && MAGNITUDE.test(words[i + 1]?.word ?? '')) {
      const piece = word + words[++i]!.word;
      joinFigure(previous, piece);
      at += piece.length;
      continue;
    }
    const joined = previous ? previous.word + word : '';
    const figure = previous !== undefined && /\d/.test(previous.word) && FIGURE.test(previous.word);
    if (previous && /\d/.test(previous.word) && (FIGURE.test(joined) || (FIGURE_JOINS.test(word) && FIGURE.test(joined + '0') && /\d/.test(text[at + word.length] ?? '')) || (figure && MAGNITUDE.test(word)))) {
      joinFigure(previous, word);
    } else {
      const counted = previous?.tag === 'm' && /[\d十百千万亿两]$/u.test(previous.word);
      // A measure word right after a figure counts it, whatever else jieba took it for (2360只/d, "only").
      // So does 分 (445分, 30分), which jieba tags a verb, unless it divides (分为, 分成).
      // …and 度 before a verb, which counts times (6度夺冠), not degrees (6度左右).
      // …and 对, pairs (动车组列车38对), unless a figure follows it (3对1, a score).
      const measureToo = (word === '分' && !DIVIDES_AFTER.test(text[at + 1] ?? '')) || (word === '度' && (words[i + 1]?.tag ?? '').startsWith('v')) || (word === '对' && !/[\d〇零一二三四五六七八九十]/u.test(text[at + 1] ?? ''));
      const counts = counted && word.length === 1 && (MEASURE_CHARS.includes(word) || measureToo) && tag !== 'q';
      if (counted && words[i]!.tag === 'x' && word.length > 1 && (MEASURE_CHARS.includes(word[0]!) || word[0] === '人')) {
        // …and one its guessing glued to the word after it (2 + 人失联/x): the measure, then the rest.
        const rest = word.slice(1);
        tokens.push({ word: word[0]!, tag: word[0] === '人' ? 'n' : 'q', start: at, end: at + 1 });
        tokens.push({ word: rest, tag: tagPiece(rest), start: at + 1, end: at + word.length });
      } else tokens.push({ word, tag: counts ? 'q' : counted && APPROXIMATE_MEASURE.test(word) ? 'm' : tag, start: at, end: at + word.length });
    }
    at += word.length;
  }
  // A date is cut from the word jieba glued to it (17分在: 在 is the sentence's); an ordinal keeps
  // the noun its measure was glued to (第二次 + 世界大战, which jieba reads 次世界大战).
  const dated = joinRanges(joinRanges(joinRanges(joinRanges(tokens, dateRanges(text), 't', true), matchRanges(ORDINAL, text), 'm'), matchRanges(LAPSE, text), 'm'), matchRanges(PRISON_TERM, text), 'm');
  return joinRanges(dated, nameRanges(text, dated), 'nr');
}

/**
 * Foreign names written with a middle dot (皮埃尔·杜兰), where they begin and end on jieba's own word
 * boundaries: one word, so the whole name is a candidate and not only the part before the dot.
 */
function nameRanges(text: string, tokens: readonly Token[]): [number, number][] {
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  const ranges: [number, number][] = [];
  for (const name of transliteratedNames(text)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (starts.has(at) && ends.has(at + name.length)) ranges.push([at, at + name.length]);
    }
  }
  // And names whose parts jieba itself tags as names (约翰/nrt · 布朗/nr), though a part is spelled
  // with a character the tables lack: the parts around each dot, while a name or a spelled part follows.
  // One character after a dot is an initial or the front of a longer part jieba cut (史 + 考特): not joined.
  const isDot = (t: Token | undefined) => t !== undefined && t.word.length === 1 && NAME_DOT.test(t.word);
  const namePart = (t: Token | undefined, after: boolean) => t !== undefined && (t.tag.startsWith('nr') || [...t.word].every(isSyllable)) && /^\p{Script=Han}+$/u.test(t.word) && (!after || t.word.length >= 2);
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!isDot(tokens[i]) || !namePart(tokens[i - 1], false) || !namePart(tokens[i + 1], true)) continue;
    let last = i + 1;
    while (isDot(tokens[last + 1]) && namePart(tokens[last + 2], true)) last += 2;
    const parts = tokens.slice(i - 1, last + 1).filter((t) => !isDot(t));
    const range: [number, number] = [tokens[i - 1]!.start, tokens[last]!.end];
    // A spelled character right after it may be the rest of its last part (史都 + 华): left to the spelling rules.
    if (parts.some((t) => t.tag.startsWith('nr')) && !isSyllable(text[range[1]] ?? '') && !ranges.some(([a, b]) => a < range[1] && b > range[0])) ranges.push(range);
    i = last;
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** A report's credit opens one of its first paragraphs, never a later one. */
const CREDIT_PARAGRAPHS = 3;

function prepareSentence(text: string, paragraph: number, sentence: number, order: number): PreparedSentence {
  const credit = sentence === 0 && paragraph <= CREDIT_PARAGRAPHS ? creditLength(text) : 0;
  return { paragraph, sentence, order, text, tokens: tokenize(text), grams: gramsOf(text), credit, bound: NOT_COUNTED };
}

const NOT_COUNTED = new Float32Array(0);

const HAN = /\p{Script=Han}/u;

/** The bigram's sentences as a share of the rarer character's: 1 when the two are never apart. */
function bindings(text: string, frequency: ReadonlyMap<string, number>): Float32Array {
  const bound = new Float32Array(text.length + 1);
  for (let i = 1; i < text.length; i++) {
    const a = text[i - 1]!;
    const b = text[i]!;
    if (!HAN.test(a) || !HAN.test(b)) continue;
    const together = frequency.get((a + b).toLowerCase()) ?? 0;
    // Once is chance: a word is bound when the article writes it twice or more.
    if (together < 2) continue;
    bound[i] = together / Math.min(frequency.get(a) ?? together, frequency.get(b) ?? together);
  }
  return bound;
}

/**
 * Articles prepared lately, least recently used first: with thousands loaded, preparing every one a
 * question touches would keep each one's tagged sentences for good. Held weakly: an engine over a
 * question's few articles (a library over PostgreSQL) takes its articles' preparation with it when
 * it is dropped, rather than leaving up to 256 dead articles' tagged sentences behind.
 */
const PREPARED_KEPT = 256;
const prepared = new WeakLru<Article, PreparedArticle>(PREPARED_KEPT);

/**
 * Tags and counts an article's sentences once; later questions reuse the work. The article is the
 * engine's, already in the one script of matching (`foldArticle`), so nothing here folds again.
 */
export function prepareArticle(article: Article): PreparedArticle {
  const cached = prepared.get(article);
  if (cached) return cached;
  const sentences: PreparedSentence[] = [];
  let order = 0;
  for (const paragraph of article.paragraphs) {
    paragraph.sentences.forEach((text, i) => sentences.push(prepareSentence(text, paragraph.n, i, order++)));
  }
  const frequency = new Map<string, number>();
  for (const s of sentences) for (const g of s.grams) frequency.set(g, (frequency.get(g) ?? 0) + 1);
  for (const s of sentences) s.bound = bindings(s.text, frequency);
  const people = new Map<string, number>();
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      const name = t.tag.startsWith('nr') && t.word.length >= 2 ? t.word : nameCutAfterSurname(t, s.tokens[i + 1]);
      if (name) people.set(name, (people.get(name) ?? 0) + 1);
    });
  }
  const protagonist = [...people].sort((a, b) => b[1] - a[1])[0]?.[0];
  const text = sentences.map((s) => s.text.toLowerCase()).join('\n');
  const result = { article, sentences, frequency, protagonist, text };
  return prepared.set(article, result);
}
