import { MEASURE_CHARS, ORDINAL_TEXT } from './figures.js';
import { isPunctuation, type PreparedSentence, type Token } from './prepare.js';
import { surnameLength } from '../../language/surnames.js';
import { ADDRESSES_AFTER_SURNAME } from '../english-addresses.js';

/** Kinds a span can be, read from its words' tags and its form; a span may be several at once. */
export type SpanKind =
  | 'person' | 'place' | 'organisation' | 'date' | 'duration' | 'number' | 'percent' | 'money'
  | 'ordinal' | 'title' | 'latin' | 'noun' | 'verb' | 'clause' | 'list' | 'quote'
  | 'has_person' | 'has_place' | 'has_date' | 'has_number';

/** A stretch of one sentence that might be the answer: tokens [first, last], characters [start, end) of its text. */
export interface Candidate {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  kinds: SpanKind[];
  /**
   * When part of the answer was written in another sentence (同年 → the year written before it):
   * that sentence's order, for the reply to quote it with the span's own.
   */
  anchor?: number;
}

/** Longest candidate in words, except whole clauses, which are always candidates. */
const MAX_WORDS = 10;
/** Longest run of clauses taken as one candidate. */
const MAX_CLAUSES = 4;
/** Punctuation that ends a clause. */
export const CLAUSE_ENDS: readonly string[] = ['，', '；', '：', '。', '！', '？', ',', ';', ':', '!', '?'];
/** A text holding one of them runs over a clause's end: no phrase, name or item does. */
export const HOLDS_CLAUSE_END = new RegExp(`[${CLAUSE_ENDS.join('')}]`, 'u');

/**
 * Where the clause around text[start, end) starts and ends (at the clause marks before and after
 * it, or the marks `ends` holds), at most `reach` characters from the span on either side.
 */
export function clauseAround(text: string, start: number, end: number, reach = Infinity, ends = HOLDS_CLAUSE_END): [number, number] {
  let from = start;
  while (from > 0 && start - from < reach && !ends.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < reach && !ends.test(text[to]!)) to++;
  return [from, to];
}
/** Marks a candidate's clauses are cut at: clause ends and brackets; a candidate never runs past the sentence's own end. */
const CLAUSE_MARKS = new Set([...CLAUSE_ENDS, '（', '）', '(', ')', '【', '】']);
/** Words an answer does not start with, and words it does not end with. */
const NO_START = new Set(['的', '了', '和', '与', '及', '是', '而', '并', '但', '也', '都', '就', '等', '着', '过', '之', '地', '得', '或', '及其', '以及', '并且', '而且']);
/** Tags of words no span starts with: suffixes (们), measure words (个, 米), particles, modal particles, interjections. */
const NO_START_TAG = /^(?:k|q|u\w*|y|e)$/;
const NO_END = new Set(['的', '和', '与', '及', '在', '把', '被', '对', '于', '从', '向', '是', '将', '为', '以', '或', '由', '并', '而', '但', '及其', '以及', '因为', '由于']);

const DATE = /\d{1,4}\s*年|\d{1,2}\s*月|\d{1,2}\s*[日号]|[〇零一二三四五六七八九十百千]+年|世纪|年代|朝|时期|年间|初|末|上午|下午|凌晨|晚上|星期|周[一二三四五六日]|春|夏|秋|冬|今年|去年|明年|当天|次日/u;
/** A day of the lunar calendar (腊月二十三, 正月初五, 八月十五): jieba tags its month t and its day m. */
const LUNAR_DAY = /^(?:农历)?(?:(?:正|腊|冬|[一二三四五六七八九十]{1,2})月|大年)(?:初[一二三四五六七八九十]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])$/u;
/** Time words that only point at a time given elsewhere (jieba tags them t, like dates). */
export const POINTING_TIME = /^(?:当时|此时|那时|这时|届时|彼时|目前|现在|如今|此前|之前|之后|此后|以后|以前|后来|随后|同时|其间|期间|当天|当日|近日|日前|最近|近期|近年|近年来|其后|事后|事发时|当初|最初|起初|过后)$/u;
/** Words of lasting right before a length of time (历时, 为期, 连续, 长达, 共): what makes 23日 a length. */
const LASTING_BEFORE = /(?:历时|为期|持续|连续|长达|耗时|用了|花了|经过|期限|共|达|近|约|逾|超过|了)$/u;
const DURATION = /(?:\d|[一二三四五六七八九十百千两半几多])\s*(?:个)?(?:年|月|天|工作日|日|周|星期|小时|分钟|秒|昼夜|季度)(?:多|半|余|左右|以内|之内|内)?$/u;
/**
 * A day of a month, a year of the calendar or a month of one (2015年9月), or a run of days (3日至5日),
 * written as dates: never a duration. Nor is a length counted back from a day (春节前三天): it points at a day.
 */
const CALENDAR = /月\s*\d{1,2}\s*[日号]$|[一二三四五六七八九十]月[一二三四五六七八九十]+[日号]$|^\d{4}\s*年$|\d{4}\s*年\s*\d{1,2}\s*月$|前\s*[\d一二三四五六七八九十两几]+\s*个?(?:天|日|年|月|周|星期)$|\d\s*[日号]\s*[至到—–-]\s*\d{1,2}\s*[日号]$/u;
const NUMBER = new RegExp(`\\d|[〇零一二三四五六七八九十百千万亿两]{2,}|[一二三四五六七八九十两几][^\\p{Script=Han}]*[${MEASURE_CHARS}人]`, 'u');
const PERCENT = /%|％|百分之|成$|个百分点/u;
/** A figure written as parts of a whole: 三分之一, 百分之三十, 千分之五. */
const FRACTION = /^[\d〇零一二三四五六七八九十百千两几]+分之[\d〇零一二三四五六七八九十百千两几点.]+$/u;
/** A sum of money: a currency, or a bare order of magnitude (1800万, 3.5亿), not one of tonnes or people (1.2万余吨, 24.6万人次). */
const MONEY = /元|美元|英镑|欧元|日元|港元|港币|美金|人民币|[万亿](?:余|多)?$/u;
const ORGANISATION_HEADS = ['公司', '集团', '大学', '学院', '委员会', '部', '局', '院', '协会', '俱乐部', '队', '党', '银行', '组织', '中心', '基金会', '联盟', '政府', '法院', '检察院', '医院', '学校', '研究所', '电视台', '报社', '厂', '署', '会'];
const ORGANISATION = new RegExp(`(?:${ORGANISATION_HEADS.join('|')})$`, 'u');
/** Heads of two characters or more: one alone (会, 部) ends too many common words to mark a name. */
const INSTITUTION = new RegExp(`(?:${ORGANISATION_HEADS.filter((h) => h.length >= 2).join('|')})$`, 'u');
const LATIN = /[A-Za-z]/;


/** A surname jieba tagged as a name of its own (周/nr). */
function isSurnameAlone(token: Token): boolean {
  return token.tag.startsWith('nr') && token.word.length === 1 && surnameLength(token.word) === 1;
}

/** A given name jieba tagged as another word after a surname (宏远/a): one or two characters of no closed class. */
function isGivenName(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Script=Han}{1,2}$/u.test(token.word) && /^(?:a|an|ad|nz|ng|nr|ns|j|z|b)/u.test(token.tag);
}

/** What a span is as a whole (a date, a figure, a name), and what it only holds (has_date: 2020年杭州). */
function kindsOf(sentence: PreparedSentence, first: number, last: number, text: string): SpanKind[] {
  const tokens = sentence.tokens.slice(first, last + 1);
  const tags = tokens.map((t) => t.tag);
  const kinds: SpanKind[] = [];
  const lastTag = tags[tags.length - 1] ?? '';
  const isName = (t: string) => t.startsWith('nr');
  // jieba tags a surname alone (周/nr) and its given name as another word (宏远/a): the two are one name.
  const givenName = (i: number) => i > 0 && isSurnameAlone(tokens[i - 1]!) && isGivenName(tokens[i]!);
  // 李女士, 王先生: how news names someone it does not name in full is a name as whole.
  const addressed = (i: number) => i > 0 && i === tokens.length - 1 && isSurnameAlone(tokens[i - 1]!) && ADDRESSES_AFTER_SURNAME.has(tokens[i]!.word);
  if (tags.some(isName)) {
    const whole = tokens.every((t, i) => isName(t.tag) || t.word === '·' || givenName(i) || addressed(i));
    // …and the surname without it is no name.
    const cut = isSurnameAlone(tokens[tokens.length - 1]!) && isGivenName(sentence.tokens[last + 1]);
    kinds.push(whole && !cut ? 'person' : 'has_person');
  }
  if (tags.includes('ns')) kinds.push(tags.every((t) => t === 'ns') ? 'place' : 'has_place');
  if (ORGANISATION.test(text) || (tags.includes('nt') && tags.every((t) => /^n/.test(t)))) kinds.push('organisation');
  // 当时, 目前, 此前 point back at a time the text gave elsewhere: they answer no "which day".
  // A season or an era's character inside a name (a 秋 or 冬 of a given name) dates nothing: only the rest is read for a date.
  const unnamed = tokens.filter((t) => !isName(t.tag)).map((t) => t.word).join('');
  if (!POINTING_TIME.test(text) && (tags.includes('t') || DATE.test(unnamed))) kinds.push(tags.every((t) => t === 't') || LUNAR_DAY.test(text) ? 'date' : 'has_date');
  const figure = /^(?:约|近|超过|逾|共)?[\d〇零一二三四五六七八九十百千万亿两几半]/u.test(text);
  // 3月14日 and 2019年 name a day and a year, not a length of time (14日, 3年 alone may be either).
  const countedBack = sentence.text[tokens[0]!.start - 1] === '前';
  // 23日 in digits is the day of the month news dates by (9月23日电, 研究院23日发布消息), unless a
  // word of lasting stands before it (历时23日, 为期3日): not 23 days.
  // …and so is 11月 (发现于去年11月, 自8月起): a month of the calendar, where a length of months is
  // counted 7个月, unless a word of lasting stands before it (历时8月).
  const lead = sentence.text.slice(Math.max(0, tokens[0]!.start - 3), tokens[0]!.start);
  // Nor one within which something is done (在30日内完成): a length of days.
  const within = /^(?:以内|之内|内)/u.test(sentence.text.slice(tokens[tokens.length - 1]!.end));
  const ofCalendar = /^(?:\d{1,2}日|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月)$/u.test(text) && !LASTING_BEFORE.test(lead) && !within;
  if (figure && DURATION.test(text) && !CALENDAR.test(text) && !countedBack && !ofCalendar) kinds.push('duration');
  const figureWords = tokens.every((t, i) => /^(?:m|q|x)$/.test(t.tag) || FIGURE_TAILS.has(t.word) || COUNTED.test(t.word) || (i === tokens.length - 1 && i > 0 && /^n/.test(t.tag)));
  // 三分之一, 百分之三十 (jieba: mq, m): a share, whatever its words' tags.
  if (FRACTION.test(text)) kinds.push('number', 'percent');
  else if (figure && figureWords && NUMBER.test(text)) {
    kinds.push('number');
    if (PERCENT.test(text)) kinds.push('percent');
    if (MONEY.test(text)) kinds.push('money');
  } else if (NUMBER.test(text) || tags.includes('m')) kinds.push('has_number');
  if (new RegExp(`^${ORDINAL_TEXT}$`, 'u').test(text)) kinds.push('ordinal');
  const before = sentence.text[tokens[0]!.start - 1];
  const after = sentence.text[tokens[tokens.length - 1]!.end];
  if (before === '《' && after === '》') kinds.push('title');
  if ((before === '“' && after === '”') || (before === '「' && after === '」')) kinds.push('quote');
  if (LATIN.test(text)) kinds.push('latin');
  if (/^n/.test(lastTag) || lastTag === 'vn' || lastTag === 'eng') kinds.push('noun');
  if (tags.some((t) => t.startsWith('v'))) kinds.push('verb');
  if (text.includes('、') || /[和与及]/u.test(text)) kinds.push('list');
  return kinds;
}

/** Units of a length of time, whatever jieba tags them. */
const TIME_UNITS: ReadonlySet<string> = new Set(['小时', '分钟', '秒钟', '昼夜', '季度', '星期']);
/** Nouns that count people after a figure. */
const PEOPLE_COUNTED: ReadonlySet<string> = new Set(['人', '人次']);

/** The rest of a figure jieba cut after its digits: an order of magnitude or 余/多, and what may follow (万余吨, 亿元, 余吨). */
const MAGNITUDE_REST = /^(?:[万亿千百](?:余|多)?|余|多)\p{Script=Han}*$/u;

/** A figure and its measure word, with the noun a measure like 个 leaves to the next word (3个小时). */
function figureWithMeasure(tokens: PreparedSentence['tokens'], i: number, j: number): boolean {
  const measure = tokens[i + 1];
  // jieba tags some units of time nouns (11/m 小时/n): measures all the same. It cuts a figure in
  // figures from its order of magnitude and unit (1.2/m 万余吨/m, 3.5/m 亿元/m): one figure too.
  const rest = measure?.tag === 'm' && MAGNITUDE_REST.test(measure.word);
  // jieba tags 人 and 人次 after a figure as nouns (1,350/m 人/n): they count people all the same,
  // and the count may stand a clause away from the question's words (优化员工约1,350人 for 裁多少人).
  const people = measure !== undefined && PEOPLE_COUNTED.has(measure.word);
  if (!/^(?:m|x)$/.test(tokens[i]!.tag) || !/\d|[一二三四五六七八九十两]/u.test(tokens[i]!.word) || !measure || (measure.tag !== 'q' && !TIME_UNITS.has(measure.word) && !rest && !people)) return false;
  return j === i + 1 || (j === i + 2 && tokens[i + 1]!.word === '个' && /^n/.test(tokens[j]!.tag));
}

/** Every plausible answer span of one sentence: short word runs, and whole clauses (and runs of them). */
function everyCandidate(sentence: PreparedSentence): Proposable[] {
  const { tokens } = sentence;
  const text = sentence.text;
  const candidates: Proposable[] = [];
  const seen = new Set<string>();
  const add = (first: number, last: number, clause: boolean, always: boolean) => {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    const key = `${start}:${end}`;
    if (seen.has(key)) return;
    seen.add(key);
    const span = text.slice(start, end);
    const kinds = kindsOf(sentence, first, last, span);
    if (clause) kinds.push('clause');
    candidates.push({ candidate: { first, last, start, end, text: span, kinds }, always });
  };
  // Clauses: runs of words between clause marks.
  const clauses: [number, number][] = [];
  let from = -1;
  tokens.forEach((t, i) => {
    if (CLAUSE_MARKS.has(t.word) || /^\s+$/.test(t.word)) {
      if (from >= 0) clauses.push([from, i - 1]);
      from = -1;
    } else if (from < 0) from = i;
  });
  if (from >= 0) clauses.push([from, tokens.length - 1]);
  for (let c = 0; c < clauses.length; c++) {
    const [first, last] = clauses[c]!;
    // A clause without its closing brackets or quotes left dangling is still a clause.
    let end = last;
    while (end > first && isPunctuation(tokens[end]!.word)) end--;
    let start = first;
    while (start < end && isPunctuation(tokens[start]!.word)) start++;
    // Only brackets or quotes left between two marks (学名：'），): no clause, nor the start of a run of them.
    if (isPunctuation(tokens[start]!.word)) continue;
    add(start, end, true, true);
    // Runs of clauses (an answer that goes over a comma), up to the sentence's end.
    for (let k = c + 1; k < Math.min(clauses.length, c + MAX_CLAUSES); k++) {
      let runEnd = clauses[k]![1];
      while (runEnd > clauses[k]![0] && isPunctuation(tokens[runEnd]!.word)) runEnd--;
      add(start, runEnd, false, true);
    }
    for (let i = start; i <= end; i++) {
      const head = tokens[i]!.word;
      // Nor a suffix (们), a measure word cut from its figure (个 of 一个), a particle or an interjection.
      if (isPunctuation(head) || NO_START.has(head) || NO_START_TAG.test(tokens[i]!.tag)) continue;
      for (let j = i; j <= end && j - i < MAX_WORDS; j++) {
        const tail = tokens[j]!.word;
        // (对 counting pairs after a figure, tagged a measure in prepare.ts, ends one: 38对.)
        if (isPunctuation(tail) || (NO_END.has(tail) && tokens[j]!.tag !== 'q')) continue;
        // A single word is always a candidate: a date or a name far from the question's words may still
        // be the answer. So is a figure with its measure (大约19个小时 after 躲避了): the question's words
        // may stand a clause away from the length or count it asks.
        add(i, j, false, i === j || figureWithMeasure(tokens, i, j));
      }
    }
  }
  return candidates;
}

/** A span of a sentence, and whether it is proposed whatever the question (clauses, runs of them, single words). */
interface Proposable {
  candidate: Candidate;
  always: boolean;
}

/** Every span of a sentence, typed once: the spans do not depend on the question, only which are offered does. */
const proposable = new WeakMap<PreparedSentence, Proposable[]>();

/**
 * The spans offered for one question: the clauses, their runs and single words always; word runs
 * only where `near` says they stand close to what the question matched — an answer stands by the
 * question's words, and a long sentence would otherwise offer thousands of spans.
 */
export function proposeCandidates(sentence: PreparedSentence, near: (start: number, end: number) => boolean = () => true): Candidate[] {
  let all = proposable.get(sentence);
  if (!all) {
    all = everyCandidate(sentence);
    proposable.set(sentence, all);
  }
  return all.filter((p) => p.always || near(p.candidate.start, p.candidate.end)).map((p) => p.candidate);
}

/** Tags of words that continue a noun phrase (林海材料 + 研究中心, 市委 + 书记). */
const NOUN_TAGS = /^(?:n|nz|nt|ns|nr|nrt|nrfg|ng|vn|an|eng)$/;
/** Words that finish a figure (5年 + 以上, 3万 + 余名). */
const FIGURE_TAILS = new Set(['以上', '以下', '左右', '多', '余', '之多', '上下']);
/** A figure and its measure word that jieba takes for one word of another kind (四所/j): a figure all the same. */
const COUNTED = new RegExp(`^[\\d〇零一二三四五六七八九十百千万亿两几半]+[${MEASURE_CHARS}]$`, 'u');
/** A noun phrase ends at its head: an institution or a post (研究中心, 市委书记). */
const PHRASE_HEAD = new RegExp(`${ORGANISATION.source.replace(/\$$/, '')}$|(?:书记|主任|部长|市长|省长|主席|总理|院长|局长|经理|董事长|总裁|委员|总监|发言人|记者)$`, 'u');
/** A word ending in a measure word that counts things (3颗, 86名): the noun after it is what is counted. */
const COUNTING_END = new RegExp(`[${MEASURE_CHARS}人]$`, 'u');
/** Longest a chosen span grows to when completed. */
const PHRASE_MAX = 16;

/** The span cut or grown to end where a word of its sentence ends at `end`, its start kept; undefined where no word ends there. */
export function endingAt(sentence: PreparedSentence, candidate: Candidate, end: number): Candidate | undefined {
  const last = sentence.tokens.findIndex((t) => t.end === end);
  return last < 0 ? undefined : { ...candidate, last, end, text: sentence.text.slice(candidate.start, end) };
}

/** The span cut or grown to start at word `first` of its sentence, its end kept. */
export function fromWord(sentence: PreparedSentence, candidate: Candidate, first: number): Candidate {
  const start = sentence.tokens[first]!.start;
  return { ...candidate, first, start, text: sentence.text.slice(start, candidate.end) };
}

/**
 * The chosen span completed to the phrase it stands in: a noun phrase runs on while nouns follow
 * (林海材料 → 林海材料研究中心), a figure takes its 以上/左右 and the noun it counts (86名 → 86名游客).
 * A reader expects the whole name or figure; a span cut inside one is only part of an answer.
 */
export function completePhrase(sentence: PreparedSentence, candidate: Candidate): Candidate {
  const { tokens } = sentence;
  const tagOf = (i: number) => tokens[i]?.tag ?? '';
  const fits = (i: number) => i < tokens.length && tokens[i]!.end - candidate.start <= PHRASE_MAX;
  // A date, an ordinal (第二十三次) or a name is complete as it stands: what follows is what it dates, ranks or names.
  if (candidate.kinds.includes('date') || candidate.text.startsWith('第') || tagOf(candidate.last) === 't') return candidate;
  let last = candidate.last;
  if (/^(?:m|q)$/.test(tagOf(last))) {
    while (fits(last + 1) && FIGURE_TAILS.has(tokens[last + 1]!.word)) last++;
    // The noun a figure counts, when the figure has its measure word (86名 + 游客).
    if ((tagOf(last) === 'q' || COUNTING_END.test(tokens[last]!.word)) && fits(last + 1) && tagOf(last + 1) === 'n') last++;
  } else if (NOUN_TAGS.test(tagOf(last))) {
    let added = 0;
    while (added < 2 && fits(last + 1) && NOUN_TAGS.test(tagOf(last + 1)) && !PHRASE_HEAD.test(sentence.text.slice(candidate.start, tokens[last]!.end))) {
      last++;
      added++;
    }
  }
  if (last === candidate.last) return candidate;
  const end = tokens[last]!.end;
  return { ...candidate, last, end, text: sentence.text.slice(candidate.start, end) };
}

/** Most words between a place name and the head of the institution it opens (某地 + 污水 + 处理 + 中心). */
const INSTITUTION_WORDS = 4;

/**
 * A place name that opens an institution's name (某地污水处理中心, 某地人民医院): the institution,
 * which is where something happened, more precisely than the place it is in. jieba's small
 * dictionary cuts such names into words, a verb among them (处理); undefined when no institution
 * head follows within a few content words.
 */
export function institutionFrom(sentence: PreparedSentence, candidate: Candidate): Candidate | undefined {
  const { tokens } = sentence;
  for (let last = candidate.last + 1; last <= candidate.last + INSTITUTION_WORDS && last < tokens.length; last++) {
    const token = tokens[last]!;
    if (!/^(?:n(?!r)|v$|vn)/u.test(token.tag) || token.end - candidate.start > PHRASE_MAX) return undefined;
    if (INSTITUTION.test(token.word)) return endingAt(sentence, candidate, token.end);
  }
  return undefined;
}

/** Marks between the items of a list: 、 always; 和/及/以及/与/或 before its last item. */
export const ITEM_MARKS = new Set(['、', '和', '及', '以及', '与', '或', '或者']);
/** Words that close a list (某省等地, 某某群岛等海域): kept with it. */
const LIST_CLOSERS = new Set(['等', '等等']);

/** Whether token i can be part of a list item: not a clause mark, an item mark, a verb or a preposition. */
function inItem(tokens: readonly { word: string; tag: string }[], i: number): boolean {
  const t = tokens[i];
  if (!t || CLAUSE_MARKS.has(t.word) || ITEM_MARKS.has(t.word) || /^\s+$/.test(t.word)) return false;
  return !/^(?:v|p|c|u(?!j))/.test(t.tag) || t.tag === 'vn' || t.word === '的';
}

/** Most words a span grows by to the item it starts or ends (wholeEnumeration). */
const ITEM_WORDS = 3;

/** Longest item a 、 sets apart that is taken whatever jieba's tags say. */
const PAUSED_ITEM_CHARS = 8;

/**
 * The far end of the item starting at token `at` and going `step` (+1 right, −1 left), when 、 set it
 * apart: up to the next mark, over any words, if it is short. jieba tags unknown names as verbs
 * (攀/v 篱 草), but 、 only ever separates items. Undefined when no mark closes it in time.
 */
function pausedItem(tokens: readonly { word: string }[], at: number, step: 1 | -1): number | undefined {
  let chars = 0;
  let i = at;
  for (; i >= 0 && i < tokens.length; i += step) {
    const word = tokens[i]!.word;
    if (CLAUSE_MARKS.has(word) || ITEM_MARKS.has(word) || LIST_CLOSERS.has(word) || /^\s+$/.test(word)) break;
    chars += word.length;
    if (chars > PAUSED_ITEM_CHARS) return undefined;
  }
  // Only a mark closes it: the list's first item runs into the words that introduce the list.
  return i === at || i < 0 || i >= tokens.length ? undefined : i - step;
}

/** Whether a span holds two verbs in a row (统筹推进, 决定建设): a clause's, where an item is a name or a noun phrase. */
function hasClauseVerb(tokens: readonly { tag: string }[], candidate: Candidate): boolean {
  for (let i = candidate.first; i < candidate.last; i++) if (/^v$/u.test(tokens[i]!.tag) && /^v$/u.test(tokens[i + 1]!.tag)) return true;
  return false;
}

/**
 * "分布在哪些地区？": when the chosen span is one item of a list (老挝、朝鲜、越南…等地), the whole
 * list — items on both sides of it, joined by 、 or a last 和/及, with a closing 等 and its noun.
 * The span stands as it is when it is no list's item.
 */
export function wholeEnumeration(sentence: PreparedSentence, candidate: Candidate): Candidate {
  const { tokens } = sentence;
  // A clause (统筹推进A、B等老旧小区改造) is no item: its 与 joins two of its acts (改造提升与环境整治), not items.
  if (HOLDS_CLAUSE_END.test(candidate.text) || hasClauseVerb(tokens, candidate)) return candidate;
  // A span may be only the start or the end of an item (某国 of 某国北部山区及东岸地区): the list is
  // grown from the whole item, which is the answer's part when a list is found.
  let first = candidate.first;
  let last = candidate.last;
  while (candidate.first - first < ITEM_WORDS && inItem(tokens, first - 1)) first--;
  while (last - candidate.last < ITEM_WORDS && inItem(tokens, last + 1)) last++;
  const item = { first, last };
  // Leftwards: an item mark, then the item before it.
  while (first >= 2 && ITEM_MARKS.has(tokens[first - 1]!.word)) {
    const pause = tokens[first - 1]!.word === '、' ? pausedItem(tokens, first - 2, -1) : undefined;
    if (pause !== undefined) first = pause;
    else if (inItem(tokens, first - 2)) {
      first -= 2;
      while (inItem(tokens, first - 1)) first--;
    } else break;
  }
  // Rightwards: an item mark, then the item after it.
  while (last + 2 < tokens.length && ITEM_MARKS.has(tokens[last + 1]!.word)) {
    const pause = tokens[last + 1]!.word === '、' ? pausedItem(tokens, last + 2, 1) : undefined;
    if (pause !== undefined) last = pause;
    else if (inItem(tokens, last + 2)) {
      last += 2;
      while (inItem(tokens, last + 1) && !LIST_CLOSERS.has(tokens[last + 1]!.word)) last++;
    } else break;
  }
  if (first === item.first && last === item.last) return candidate;
  // 等 and the noun after it (等地, 等海域) close the list.
  if (LIST_CLOSERS.has(tokens[last + 1]?.word ?? '')) {
    last++;
    // The noun it closes with is one or two characters (等地, 等海域 is 等 + 海域): a verb after 等 is the sentence going on.
    const next = tokens[last + 1];
    if (next && /^\p{Script=Han}{1,2}$/u.test(next.word) && !/^[vpcdr]/.test(next.tag)) last++;
  }
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const text = sentence.text.slice(start, end);
  // The items' kinds stay: a list of places answers "which places".
  const kinds: SpanKind[] = candidate.kinds.includes('list') ? candidate.kinds : [...candidate.kinds, 'list'];
  return { first, last, start, end, text, kinds };
}
