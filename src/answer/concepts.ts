import { newsWordsFor, newsWordsForPhrase } from '../language/english-news-words.js';
import { longestUncovered, mostlyCovered } from '../language/covered.js';
import { AGENT_SUFFIXES, agentStemmedAway } from '../language/agent-nouns.js';
import { englishWords, isEnglishStopword, stem } from '../language/english.js';
import { sameWords } from '../language/same-words.js';
import { COUNT_WORDS } from './reader/asked-form.js';
import { placesOfPeople } from '../language/demonyms.js';
import { isPinyin } from '../language/pinyin.js';
import { wadeGilesKeys } from '../language/wade-giles.js';
import { englishAddresses } from './english-addresses.js';
import { cutWords, tagWords } from '../language/segmenter.js';
import { CHINESE_STOPWORDS } from '../language/stopwords.js';
import { isPersonByAgeOrSex } from '../language/person-by-age-or-sex.js';
import { commonWordTaggedAsName } from '../language/tagged-as-name.js';
import { NAME_DOT } from '../language/transliterated.js';
import type { Vocabulary } from '../language/vocabulary.js';
import { CUE_WORDS, ENGLISH_CUE_WORDS } from './classify.js';
import { CUE_UNITS } from './reader/answer-types.js';

/**
 * One thing a question asks about, with the article words that can stand for it. A Chinese word
 * stands for itself; an English word stands for the article words the dictionary or pinyin maps it to.
 */
export interface Concept {
  /** As the user wrote it. */
  label: string;
  /** Article words (Chinese) that express it, with how surely each does. */
  alternatives: { word: string; weight: number }[];
  /** How much it counts toward a passage's coverage of the question. */
  weight: number;
  /** Intent scaffolding (职务, "position"): it searches, but its absence proves nothing. */
  cue: boolean;
  /** A name, a number, an acronym, a time: if the article lacks it, the article cannot answer. */
  salient: boolean;
  /** Whether the articles contain it at all. */
  found: boolean;
  /** It names a place (jieba tags it ns, or the dictionary knows the English word only as a name). */
  place?: boolean;
  /**
   * A word of a multiword name the articles write in no way (the Cloud of Acme Cloud): the name is
   * another thing than the one they report on, whatever the question asks of it.
   */
  namePart?: boolean;
  /** The thing whose value the question asks (the population of "what is X's population"). */
  asked?: boolean;
}

/** The small closed class of relative times; the dictionary's phrases are only searched within the article. */
const ENGLISH_TIMES: Record<string, readonly string[]> = {
  // "This year's festival" is the report's 本届 (this edition) of an event held every year.
  'last year': ['去年', '上年'], 'this year': ['今年', '年内', '本年', '本年度', '本届'], 'next year': ['明年', '来年'],
  // News writes the day in its written form as often as the spoken one (昨日, 今日, 明日).
  yesterday: ['昨天', '昨日'], today: ['今天', '今日'], tomorrow: ['明天', '明日'], tonight: ['今晚', '今夜'],
  'last month': ['上个月', '上月'], 'this month': ['本月', '这个月', '当月'], 'next month': ['下个月', '下月'],
  'last week': ['上周', '上星期'], 'this week': ['本周', '这周'], 'next week': ['下周', '下星期'],
  // A report compares with the year before as 去年同期 or 上年 (a quarter, a half) as often as 去年.
  'a year earlier': ['去年同期', '去年', '上年', '一年前'], 'a year ago': ['去年同期', '去年', '一年前'],
  'the year before': ['前一年', '去年', '上年'], 'the previous year': ['前一年', '上年', '去年'],
  'same period last year': ['去年同期', '上年同期'], 'year on year': ['同比'],
  // Until now: a report's running total (累计完成218例), not a distance.
  'so far': ['累计', '迄今', '至今', '截至目前'], 'to date': ['累计', '迄今', '至今'],
};

/**
 * Times that only say a figure is a running total: an article gives it with 累计 or 迄今 as often as
 * with 已 alone (已追回赃款8600万元), so one that writes neither still answers "how much so far":
 * where it writes them they are looked for, and where it does not they are not missing.
 */
const RUNNING_TIMES: ReadonlySet<string> = new Set(['so far', 'to date']);

export interface ConceptContext {
  vocabulary: Vocabulary;
  /** Whether the articles contain the text as written. */
  occurs: (text: string) => boolean;
  /** Every Han character the articles use. */
  characters: ReadonlySet<string>;
  /** English words the whole dictionary knows, and whether they name something (Hangzhou, GDP). */
  englishKnown: (word: string) => 'proper' | 'common' | undefined;
  /** English synonyms of a word (plane → airplane), tried when the word itself maps to nothing. */
  synonyms?: (word: string) => string[];
}

/** Found as written, or (for a longer word) most of its bigrams are: the article words it differently. */
function found(word: string, context: ConceptContext): boolean {
  if (context.occurs(word)) return true;
  if (word.length < 3) return false;
  let hits = 0;
  for (let i = 0; i + 2 <= word.length; i++) if (context.occurs(word.slice(i, i + 2))) hits++;
  return hits >= Math.ceil((word.length - 1) * 0.75);
}

const PROPER_TAG = /^(?:nr|ns|nt|nz|eng)/u;

/**
 * Runs of single characters that are not function words are one unknown word jieba could not
 * place (南/四/镇 → 南四镇): kept together they find the article's phrase, apart they find anything.
 */
function joinSingles(words: string[]): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run) out.push(run);
    run = '';
  };
  for (const word of words) {
    if (/^\p{Script=Han}$/u.test(word) && !CHINESE_STOPWORDS.has(word)) run += word;
    else {
      flush();
      out.push(word);
    }
  }
  flush();
  return out;
}

function chineseConcepts(text: string, context: ConceptContext): Concept[] {
  const concepts: Concept[] = [];
  // A quoted phrase is a term to find as written (“三张清单”), unless it is a whole question in quotes.
  const quoted = [...text.matchAll(/[“"「『]([^”"」』]{1,30})[”"」』]/gu)]
    .map((m) => m[1]!.trim())
    .filter((q) => q.length > 0 && !/[？?！!]|谁|什么|哪|吗|多少/u.test(q));
  for (const phrase of quoted) {
    concepts.push({ label: phrase, alternatives: [{ word: phrase, weight: 1 }], weight: 3, cue: false, salient: true, found: found(phrase, context) });
  }
  // Digits glued to Latin letters (A22, G7) are part of a Latin name: the English reading's.
  const han = (text.match(/(?:\p{Script=Han}|(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z]))+/gu) ?? []).filter((run) => /\p{Script=Han}/u.test(run)).join('，');
  if (!han) return concepts;
  const tags = new Map(tagWords(han).map((t) => [t.word, t.tag]));
  const words = joinSingles(cutWords(han));
  words.forEach((word, i) => {
    if (!/[\p{Script=Han}\d]/u.test(word) || onlyStopwords(word)) return;
    if (/^\p{Script=Han}$/u.test(word) && !context.characters.has(word)) return;
    // The word a question asks for (什么职务, 哪些地方, 有什么安排) names the kind of answer, not its topic.
    const askedKind = i > 0 && /^(?:什么|哪些|哪个|哪种|何种|怎样的|多少)$/u.test(words[i - 1]!);
    const cue = CUE_WORDS.has(word) || /^(?:几|多少)/u.test(word) || askedKind || /^\p{Script=Han}$/u.test(word);
    const tag = tags.get(word) ?? '';
    // jieba tags some common words as names (长度 ns): those are not names a question could ask of an article lacking them.
    const salient = !cue && ((PROPER_TAG.test(tag) && !commonWordTaggedAsName(word) && !isPersonByAgeOrSex(word)) || /\d/u.test(word));
    // 和服务 cut as 和服/务: a word mostly made of the articles' own two-character runs is not missing.
    // A name is, when a word of it goes unwritten (上海 of 上海市委, where the article has only 市委).
    const occurs = (bigram: string) => context.occurs(bigram);
    const inArticles = found(word, context) || (word.length >= 2 && mostlyCovered(word, han, occurs) && !(salient && longestUncovered(word, han, occurs) >= 2));
    // Kin is written one way and said another (父亲, 爸爸), another name is 别名 or 又名: either meets the question's word.
    const same = sameWords(word);
    const alternatives = [word, ...same].map((w) => ({ word: w, weight: 1 }));
    const sameFound = same.some((w) => found(w, context));
    concepts.push({ label: word, alternatives, weight: cue ? 0.3 : 1, cue, salient, found: inArticles || sameFound, place: tag.startsWith('ns') });
  });
  return concepts;
}

/** A word made only of function words (文中说 = 文中 + 说): jieba keeps some such phrases whole. */
function onlyStopwords(word: string): boolean {
  if (CHINESE_STOPWORDS.has(word)) return true;
  for (let cut = word.length - 1; cut >= 1; cut--) {
    if (CHINESE_STOPWORDS.has(word.slice(0, cut)) && onlyStopwords(word.slice(cut))) return true;
  }
  return false;
}

/**
 * English words to article words: pinyin first (zhangsan, Xi'an, Luoyang name things), then
 * dictionary phrases (Great Wall), then single words through their stems.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const ENGLISH_DATE = new RegExp(`\\b(?:${MONTH}\\s+${DAY}|${DAY}\\s+(?:of\\s+)?${MONTH})\\b`, 'giu');

const BARE_MONTH = new RegExp(`\\b(?:${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})\\b`, 'gu');
/** Q1–Q4 and H1/H2 as written in English business news. */
const YEAR_PART = /\b(?:Q([1-4])|H([12]))\b/gu;
const CHINESE_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/**
 * A concept the article may write any of several ways (6月 or 六月, 一季度 or Q1): the ways it uses
 * stand for the concept, and it is found; when it uses none, all of them (or `otherwise`) stand for it.
 */
function writtenConcept(label: string, ways: readonly string[], context: ConceptContext, salient: boolean, otherwise: readonly string[] = ways): Concept {
  const used = ways.filter((word) => context.occurs(word));
  return { label, alternatives: (used.length > 0 ? used : otherwise).map((word) => ({ word, weight: 1 })), weight: 1, cue: false, salient, found: used.length > 0 };
}

/** English dates as Chinese text writes them: May 8 / 8th May → 5月8日; a month alone → 6月. */
function englishDates(raw: string, context: ConceptContext): { concepts: Concept[]; rest: string } {
  const concepts: Concept[] = [];
  const rest = raw.replace(ENGLISH_DATE, (label, m1?: string, d1?: string, d2?: string, m2?: string) => {
    const month = MONTHS.findIndex((m) => m.startsWith((m1 ?? m2 ?? '').toLowerCase().slice(0, 3))) + 1;
    const word = `${month}月${Number(d1 ?? d2)}日`;
    concepts.push({ label, alternatives: [{ word, weight: 1 }], weight: 1, cue: false, salient: true, found: context.occurs(word) });
    return ' ';
  });
  // A month alone (in June): as the article may write it, 6月 or 六月. Capitalised only, so the
  // verbs may and march stay words.
  const restOfMonths = rest.replace(BARE_MONTH, (label: string) => {
    const month = MONTHS.indexOf(label.toLowerCase()) + 1;
    concepts.push(writtenConcept(label, [`${month}月`, `${CHINESE_MONTHS[month - 1]}月`], context, true));
    return ' ';
  });
  // A quarter or a half of the year as business news abbreviates it (Q1, H1): 一季度, 上半年.
  const restOfPeriods = restOfMonths.replace(YEAR_PART, (label: string, quarter?: string, half?: string) => {
    const ways = quarter
      ? [`${CHINESE_MONTHS[Number(quarter) - 1]}季度`, `第${CHINESE_MONTHS[Number(quarter) - 1]}季度`, `${quarter}季度`, label]
      : [half === '1' ? '上半年' : '下半年', label];
    concepts.push(writtenConcept(label, ways, context, true));
    return ' ';
  });
  return { concepts, rest: restOfPeriods };
}

/**
 * A figure is one word however it is written (3,407.5; 12.6): split at its marks, its parts are
 * other numbers (3, 407, 5), which the article need not write. Figures touching Chinese characters
 * (3407.5亿) are the Chinese reading's; the rest are taken whole here, found as written or without
 * their thousands separators.
 */
const LATIN_FIGURE = /(?<![\p{Script=Han}\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{Script=Han}\d])|(?<![\p{Script=Han}\d.,])\d+\.\d+(?![\p{Script=Han}\d])/gu;
/** A figure written against a Chinese character (3407.5亿, 占12.6): the Chinese reading's, as its runs of Han and digits take it. */
const HAN_FIGURE = /(?<![A-Za-z\d])\d+(?:[.,]\d+)*(?=\p{Script=Han})|(?<=\p{Script=Han})\d+(?:[.,]\d+)*(?![A-Za-z])/gu;

function englishFigures(raw: string, context: ConceptContext): { concepts: Concept[]; rest: string } {
  const concepts: Concept[] = [];
  const rest = raw.replace(LATIN_FIGURE, (label) => {
    const plain = label.replace(/,/g, '');
    concepts.push(writtenConcept(label, [...new Set([label, plain])], context, true, [plain]));
    return ' ';
  });
  return { concepts, rest: rest.replace(HAN_FIGURE, ' ') };
}

/**
 * Business abbreviations written with a mark that cuts them into letters (R&D → r, d), and the words
 * Chinese news writes for them. The dictionary has 研发 for "research and development", which no
 * question spells out.
 */
const MARKED_ABBREVIATIONS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\bR\s?&\s?D\b/giu, ['研发', '研究开发', '研究与开发']],
  [/\bM\s?&\s?A\b/giu, ['并购', '兼并收购']],
];

function englishAbbreviations(raw: string, context: ConceptContext): { concepts: Concept[]; rest: string } {
  const concepts: Concept[] = [];
  let rest = raw;
  for (const [pattern, written] of MARKED_ABBREVIATIONS) {
    rest = rest.replace(pattern, (label: string) => {
      // A common term, not a name: an article without it may still answer in other words.
      concepts.push(writtenConcept(label, written, context, false));
      return ' ';
    });
  }
  return { concepts, rest };
}

function englishConcepts(question: string, context: ConceptContext): Concept[] {
  const { vocabulary } = context;
  const { concepts: dates, rest: undated } = englishDates(question, context);
  const { concepts: addressed, rest: unaddressed } = englishAddresses(undated, context);
  const { concepts: abbreviated, rest: unabbreviated } = englishAbbreviations(unaddressed, context);
  const { concepts: figures, rest: raw } = englishFigures(unabbreviated, context);
  const words = englishWords(raw);
  // Capitals mark a name, except on the word that starts a sentence.
  const capitalised = new Set<string>();
  for (const m of raw.matchAll(/\b[A-Z][A-Za-z'’]*/g)) {
    const before = raw.slice(0, m.index).trimEnd();
    if (before !== '' && !/[.?!。？！]$/u.test(before)) capitalised.add(englishWords(m[0]).join(''));
  }
  const acronyms = new Set((raw.match(/\b[A-Z]{2,}\b/g) ?? []).map((w) => w.toLowerCase()));
  // The lower-case parts of a hyphened word (co-op, e-bike): a part alone is no name, whatever the dictionary capitalises.
  const hyphened = new Set([...raw.matchAll(/\b([a-z]+)-([a-z]+)\b/g)].flatMap((m) => [m[1]!, m[2]!]));
  // Capitalised words written together make one name (Acme Cloud): each word is part of what is
  // asked about. Words in capitals throughout (DROP TABLE) are shouting, not a name.
  const inName = new Set<string>();
  for (const m of raw.matchAll(/\b[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)+/g)) {
    const run = englishWords(m[0]);
    for (const word of run) if (capitalised.has(word)) inName.add(word);
  }
  // Where the words right after a name begin (the Auto of Lanfeng Auto, the Group of Lanfeng Auto
  // Group): common words saying what it names, read through their synonyms as a common word is
  // (auto: car, 汽车). A name is one found by its spelling, or a capitalised word English does not
  // use (Lanfeng, whether or not the article's cut keeps 岚峰 whole); after an address (Mr Plane), Plane is the name.
  let afterName = -1;
  // Whether a word saying what the last name found names was found too (the Intelligent of Chengyu Intelligent Manufacturing).
  let kindFound = false;
  // A word that may be a name: capitalised and no common English word, or, typed in lower case as
  // chat often is (what is karistan known for), a word English does not use at all.
  const nameLike = (w: string) => (capitalised.has(w) ? context.englishKnown(w) !== 'common' : context.englishKnown(w) === undefined && !isEnglishStopword(w));
  const foreignWord = (w: string | undefined) => w !== undefined && capitalised.has(w) && (isPinyin(w) || context.englishKnown(w) === undefined);
  const concepts: Concept[] = [...dates, ...addressed, ...abbreviated, ...figures];
  // Where "how long" asks a length of time (not "how long is the bridge"): the index of its long.
  const howLongAt = words.findIndex((w, at) => w === 'long' && words[at - 1] === 'how');
  const asksTimeAt = howLongAt >= 0 && measuredBy('long', words[howLongAt + 1]) === undefined ? howLongAt : -1;
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let n = Math.min(4, words.length - i); n >= 1 && !taken; n--) {
      const span = words.slice(i, i + n);
      const key = span.join('');
      const label = span.join(' ');
      const times = ENGLISH_TIMES[label];
      if (times) {
        const time = writtenConcept(label, times, context, !RUNNING_TIMES.has(label));
        // A running total's time the article writes in no way is no word to look for, nor one it lacks.
        if (time.found || !RUNNING_TIMES.has(label)) concepts.push(time);
        taken = n;
        break;
      }
      const pinyin = key.length >= 4 ? vocabulary.byPinyin(key) : [];
      // A name of several words spelt in Wade–Giles, as Taiwan's are (Wu Hsiu-chin), when pinyin spells none.
      const byWords = pinyin.length === 0 && n >= 2 && capitalised.has(span[0]!) ? [...new Set(wadeGilesKeys(span).flatMap((k) => vocabulary.byPinyin(k)))] : pinyin;
      // A name of the article's that jieba cut apart (岚/峰) is no word: it is read off the text by
      // its pinyin, for names only (Lanfeng, not Long or Change).
      // …or a Taiwanese name, its given name hyphened (Cheng Chi-ming), whose parts may be English words
      // (chi): read off the text by its Wade–Giles spelling, as the cut-apart name it usually is (鄭/啟明).
      const taiwanese = byWords.length === 0 && n === 3 && capitalised.has(span[0]!) && raw.toLowerCase().includes(`${span[1]}-${span[2]}`);
      const spelledWadeGiles = taiwanese ? [...new Set(wadeGilesKeys(span).flatMap((k) => vocabulary.bySpelling(k)))] : [];
      const spelledPinyin = spelledWadeGiles.length > 0 ? spelledWadeGiles : byWords.length === 0 && key.length >= 4 && span.every(nameLike) ? vocabulary.bySpelling(key) : byWords;
      // …or a Hong Kong name, spelt by its Cantonese sound (Kam Lung 金龍, Yau Tin 攸田), when neither
      // spells one: its words capitalised, or its given name hyphened (Tong Kwok-keung).
      const hongKong = spelledPinyin.length === 0 && n >= 2 && capitalised.has(span[0]!) && (span.every((w) => capitalised.has(w)) || raw.toLowerCase().includes(`${span[n - 2]}-${span[n - 1]}`));
      const spelled = hongKong ? vocabulary.byCantonese(span) : spelledPinyin;
      // A foreign name pinyin cannot spell (Soemadi) is heard instead: 哈里·苏马迪.
      // Only for words English does not use (Soemadi, not Party or Congress), so a capitalised word is not heard as a name.
      const heard = spelled.length === 0 && key.length >= 5 && span.every(nameLike) ? vocabulary.bySound(label) : [];
      // A surname heard alone (Soemadi) also meets the family name the article later writes alone (苏马迪).
      const families = span.length === 1 ? heard.map((name) => name.split(NAME_DOT).at(-1)!).filter((family) => family.length >= 2 && context.occurs(family)) : [];
      // A person named a second time by the surname alone (Han said…), as English news does: the
      // article's people of that surname, when the word is no English word, or a syllable too short
      // to be one but that English lists from its own Chinese loans.
      const surnamed = spelled.length === 0 && heard.length === 0 && n === 1 && capitalised.has(key) && (key.length <= 3 || context.englishKnown(key) !== 'common') ? vocabulary.bySurname(key) : [];
      const candidates = spelled.length > 0 ? spelled : [...new Set([...heard, ...families, ...surnamed])];
      // An English word that happens to spell pinyin ("change") stays English.
      const named = candidates.length > 0 && !(n === 1 && context.englishKnown(key) === 'common' && surnamed.length === 0) ? candidates : [];
      if (named.length > 0) {
        const place = named.some((word) => tagWords(word)[0]?.tag.startsWith('ns'));
        concepts.push({ label, alternatives: named.map((word) => ({ word, weight: 1 })), weight: 2, cue: false, salient: true, found: true, place });
        taken = n;
        afterName = i + n;
        kindFound = false;
        break;
      }
      if (n >= 2) {
        // A hyphened compound (co-worker) is also one word (coworker): its parts alone mean other
        // things (worker → 工人, not 同事).
        const joined = raw.toLowerCase().includes(span.join('-')) ? [...vocabulary.byEnglish(stem(key)).map((t) => t.word), ...newsWordsWritten(key, context).map((t) => t.word)] : [];
        // "East Asian": the phrase of the place (East Asia, 东亚).
        const ofPlace = (capitalised.has(span[n - 1]!) ? placesOfPeople(span[n - 1]!) : []).flatMap((place) => vocabulary.byPhrase([...span.slice(0, -1), place].map(stem).join(' ')));
        const stems = span.map(stem).join(' ');
        // A verb and its particle (handed down) as news writes the whole (宣判).
        const phrasal = newsWordsForPhrase(stems);
        const phrase = [...new Set([...vocabulary.byPhrase(stems), ...joined, ...ofPlace, ...phrasal.filter((chinese) => context.occurs(chinese))])];
        if (phrase.length > 0) {
          concepts.push({ label, alternatives: phrase.map((word) => ({ word, weight: 1 })), weight: 1.5, cue: false, salient: false, found: true });
          taken = n;
        } else if (phrasal.length > 0) {
          // A verb and its particle the article words otherwise (carried out, where it writes none of
          // 开展, 实施, 进行): apart, they mean other things (out → 获悉 of "find out", carry → 提), so
          // they are read as nothing rather than as those.
          taken = n;
        }
      }
    }
    if (taken) {
      i += taken;
      continue;
    }
    const word = words[i++]!;
    const namesKind = (i - 1 === afterName || foreignWord(words[i - 2])) && capitalised.has(word) && context.englishKnown(word) === 'common';
    if (namesKind) afterName = i;
    if (isEnglishStopword(word) || word.length < 2) continue;
    // "How far (away)" asks a distance as "how many" asks a count: read for their dictionary senses
    // (far → 迄今 of "so far", away → the verbs of "pass away", "break away"), far and away were facts
    // the article lacked. (Other words after "how" say something: how soon → 即.)
    // …and "how many times higher" a multiple: the comparative asks with it.
    const multiple = words[i - 2] === 'times' && words[i - 3] === 'many' && words[i - 4] === 'how' && COMPARATIVES.has(word);
    // "How long did it take" asks a length of time: long is its asking word, as far is, and take
    // the verb of the asking (its senses, 发生, 形成, 利用, reached words of any sentence).
    const askingLength = asksTimeAt >= 0 && (i - 1 === asksTimeAt || (i - 1 > asksTimeAt && stem(word) === 'take'));
    const asking = (word === 'far' && words[i - 2] === 'how') || (word === 'away' && words[i - 2] === 'far' && words[i - 3] === 'how') || multiple || askingLength;
    // "How many people": the people counted are the unit asked (人, 名), as 多少人 counts them; read for
    // their senses they reached any word glossed with them (人民, 万人 of a quoted slogan).
    const countedPeople = PEOPLE.has(word) && words[i - 2] === 'many' && words[i - 3] === 'how';
    // …and what they did, right after them (how many people attended: the audience, 观众), is the fact
    // counted, not the cue of who attended a meeting.
    const peopleDid = PEOPLE.has(words[i - 2] ?? '') && words[i - 3] === 'many' && words[i - 4] === 'how';
    const cue = (ENGLISH_CUE_WORDS.has(word) && !peopleDid) || asking || countedPeople || COUNTING_WORDS.has(word) || LIGHT_VERBS.has(stem(word));
    if (/^\d+$/u.test(word)) {
      concepts.push({ label: word, alternatives: [{ word, weight: 1 }], weight: 1, cue: false, salient: true, found: context.occurs(word) });
      continue;
    }
    // A quantity asked in a unit (age in 岁): the article writing the unit writes the quantity.
    // (A one-character unit is a character of the article's, not a word of its index: 45岁.)
    const units = (CUE_UNITS[word] ?? []).filter((unit) => context.occurs(unit) || context.characters.has(unit)).map((unit) => ({ word: unit, weight: 1 }));
    // "How long is the bridge", "how deep is the river": the article writes the quantity's noun by
    // the figure (全长4.86公里, 水深38米), not the adjective (long: 长达, deep: none).
    const measured = words[i - 2] === 'how' ? measuredBy(word, words[i]) : undefined;
    const ofMeasure = measured === undefined ? [] : translationsOf(measured, context, false);
    const translations = [...(ofMeasure.length > 0 ? ofMeasure : translationsOf(word, context, capitalised.has(word) && !namesKind)), ...units].sort((a, b) => b.weight - a.weight || b.word.length - a.word.length).slice(0, 8);
    // Only a capitalised or untranslated word can be a name the article lacks; the table is read for those alone.
    const known = capitalised.has(word) || translations.length === 0 ? context.englishKnown(word) : 'common';
    // An acronym the dictionary uses as a word (DROP, TABLE) is shouting, not a name.
    const acronym = acronyms.has(word) && context.englishKnown(word) !== 'common';
    // An acronym the article writes as it is (3座 LNG 接收站) is found even with no translation.
    const found = translations.length > 0 || context.occurs(word);
    // A common word is a name too when it is part of one (the Cloud of Acme Cloud): an article
    // that writes it in no way does not report on that name. Not one of several saying what a name
    // found names, once another of them was found (the Manufacturing of Chengyu Intelligent
    // Manufacturing, where the article writes 澄屿智造): the article writes the name its own way,
    // part of which the dictionary reaches.
    const describes = namesKind && !found && kindFound;
    if (namesKind && found) kindFound = true;
    const unnamed = inName.has(word) && !found && !describes;
    const salient = !cue && !hyphened.has(word) && (acronym || known === 'proper' || (translations.length === 0 && (known === undefined || unnamed) && capitalised.has(word) && !isPinyin(word)));
    // …and such a word says what the name is: scaffolding, not a word the article lacks.
    concepts.push({ label: word, alternatives: translations, weight: cue || describes ? 0.3 : 1, cue: cue || describes, salient, found, place: known === 'proper', namePart: salient && unnamed });
  }
  return concepts;
}

/**
 * The quantity a "how" adjective measures (how deep: depth). "How long" measures a length only before
 * a copula (how long is the bridge): "how long did it take" asks a span of time, as a cue.
 */
function measuredBy(adjective: string, next: string | undefined): string | undefined {
  if (adjective === 'long') return next !== undefined && /^(?:is|was|are|were)$/u.test(next) ? 'length' : undefined;
  return MEASURED_BY[adjective];
}

/** Not high, heavy or large: a rate runs high, rain falls heavy, a crowd is large, and none has a height, a weight or an area. */
const MEASURED_BY: Readonly<Record<string, string>> = { deep: 'depth', wide: 'width', tall: 'height', far: 'distance' };

/** Words that count people and say nothing else of them. */
const PEOPLE = new Set(['people', 'persons']);

/** Comparatives "how many times" asks a multiple with (how many times higher). */
const COMPARATIVES = new Set(['higher', 'more', 'larger', 'bigger', 'greater', 'faster', 'as']);

/**
 * Number words (which two places, the first three quarters): they say how many the question means,
 * which the article writes in figures or in one character (两处, 前三季度); read for their senses they
 * reached any word glossed with them (内积 "dot product of two vectors").
 */
const COUNTING_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens', 'both', 'couple', 'single', 'twice', 'once']);

/**
 * Verbs English makes phrases with (get out, set aside, come into, turn up), by their stems: alone
 * they mean little, and their senses reached any word glossed with such a phrase (安置 "to get into
 * bed", 电视机 "television set"). Not take: "how long did it take" is the 历时 or 耗时 an article writes.
 */
const LIGHT_VERBS = new Set(['get', 'make', 'put', 'set', 'keep', 'go', 'come', 'give', 'let', 'bring', 'turn', 'look', 'seem', 'becom']);

/** The Chinese words news writes for an English word the dictionary does not reach (injured → 受伤), that the articles write. */
function newsWordsWritten(word: string, context: ConceptContext): { word: string; weight: number }[] {
  // A head character (局 of bureau) is written inside the article's words (教育局), not as one.
  return newsWordsFor(word).filter((chinese) => context.occurs(chinese) || (chinese.length === 1 && context.characters.has(chinese))).map((chinese) => ({ word: chinese, weight: 1 }));
}

/** How much less a compound reached by its head character counts than a word the dictionary glosses. */
const HEAD_WEIGHT = 0.5;

/** How much less a synonym's translation counts than the word's own: a synonym shares only some senses. */
const SYNONYM_WEIGHT = 0.5;

/**
 * The article words an English word means: through its own dictionary senses, or, when none of
 * those is written in the articles, through its WordNet synonyms (a lowercase word only: a name
 * has no synonyms).
 */
function translationsOf(word: string, context: ConceptContext, capitalised: boolean) {
  // The plural of a noun ending in s (buses, gases, bonuses) stems as a word ending in se (buse),
  // which no gloss is: when nothing is found so, the singular's stem is looked up (bus → 公交车).
  const asIs = stem(word);
  const found = context.vocabulary.byEnglish(asIs);
  const stemmed = found.length === 0 && /[^s]ses$/iu.test(word) ? stem(word.slice(0, -2)) : asIs;
  const dictionary = stemmed === asIs ? found : context.vocabulary.byEnglish(stemmed);
  const written = [...dictionary, ...newsWordsWritten(word, context).filter((p) => !dictionary.some((t) => t.word === p.word))];
  // …and the compounds the article builds on a character of that meaning (bridge → 特大桥, 主桥), as
  // surely as a synonym: the head says what the thing is, not which one.
  const headed = context.vocabulary.byHead(stemmed).filter((w) => !written.some((t) => t.word === w)).map((w) => ({ word: w, weight: HEAD_WEIGHT }));
  const own = [...written, ...headed];
  if (own.length > 0) return [...agentsOf(word, own, context), ...own];
  // A thing the article names in one character (窑 of kiln), when no word of it means the English word.
  const single = context.vocabulary.byCharacter(stemmed).map((character) => ({ word: character, weight: 1 }));
  if (single.length > 0) return single;
  // Kenyan, Portuguese: the place, as Chinese writes it (肯尼亚选手). Capitalised only: taxi is no people of a 税.
  const places = (capitalised ? placesOfPeople(word) : []).flatMap((place) => context.vocabulary.byEnglish(stem(place)).filter((t) => t.weight === 1));
  if (places.length > 0 || capitalised || !context.synonyms) return places;
  return context.synonyms(word)
    .filter((synonym) => !agentStemmedAway(synonym))
    .flatMap((synonym) => context.vocabulary.byEnglish(stem(synonym)).map((t) => ({ word: t.word, weight: t.weight * SYNONYM_WEIGHT })));
}

/**
 * An English noun of the one who does (arbitrator, mediator) stems to the activity (arbitr:
 * 仲裁), and the article names the person by the activity and a suffix (仲裁员): those words,
 * where the article writes them, first.
 */
function agentsOf(word: string, translations: readonly { word: string }[], context: ConceptContext): { word: string; weight: number }[] {
  if (!agentStemmedAway(word)) return [];
  const agents = translations.flatMap((t) => AGENT_SUFFIXES.map((suffix) => t.word + suffix)).filter((w) => !translations.some((t) => t.word === w) && context.occurs(w));
  return [...new Set(agents)].map((w) => ({ word: w, weight: 1 }));
}

/**
 * Where the question places what it asks about (在发布会上, "at the conference"): words there say
 * when something was said, not what, so they only count as cues.
 */
const SETTING_PHRASE = /在([^，。？?]{2,24}?)(?:上|期间|中|时)|\b(?:at|during|in)\s+the\s+((?:[a-z'’-]+\s+){0,4}(?:talks?|meetings?|forum|conference|session|symposium|ceremony|event))\b/giu;

/**
 * The thing a question asks the value of ("what is the population of …", "what is X's population",
 * "…的人口是多少", "how many employees does X have", "how much did it cost"): if the articles lack
 * it, they cannot answer, however much else of the question they hold. (Not the N of "which N" here,
 * before any article is read: the dictionary misses ways an article writes one — 楼 of "floor" inside
 * 三楼 — that only the article read can show. The reader weighs it: `unreachedAskedNoun` in respond/read.ts.)
 */
const ASKED_VALUE: readonly RegExp[] = [
  // Whose name is asked (the name of the lawyer who…): someone the article must name in some way.
  /\bname\s+of\s+the\s+([a-z]+)\b/i,
  /\bwhat(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?([a-z]+)\s+of\b/i,
  // The noun the phrase after the possessive ends with (the company's expected revenue in Q2 → revenue).
  /\bwhat(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*['’]s\s+(?:[a-z]+\s+){0,2}?([a-z]+)(?=\s*[?？.]?\s*$|\s+(?:in|of|for|at|on|during|by|from|to|with|last|this|next|per|before|after|when)\b)/i,
  /的(\p{Script=Han}{2,4})(?:是多少|是什么|有多少|有多大|为多少)/u,
  // What something cost (how much did it cost to build): the article must give its cost.
  /\bhow\s+much\s+(?:did|does|do|will|would|could|might)\s+(?:[\w'-]+\s+){1,5}?(cost)\b/i,
  // The noun "how many" counts (how many employees does it have): what the figure is of.
  /\bhow\s+many\s+(?:[a-z-]+\s+){0,2}?((?!(?:times|people|persons|years|days|months|weeks|hours|minutes|seconds|percent|kilometers|kilometres|meters|metres|miles|yuan|dollars|euros)\b)[a-z]+)\s+(?:do|does|did|are|were|is|was|have|has|had|will|would|can|could)\b/i,
];

function askedValue(text: string): string | undefined {
  for (const pattern of ASKED_VALUE) {
    const asked = pattern.exec(text)?.[1];
    // 参赛的人数有多少: a quantity named only as a count, which the article gives as 8.7万人 with no 人数.
    if (asked && !COUNT_WORDS.has(asked)) return asked.toLowerCase();
  }
  return undefined;
}

export function questionConcepts(text: string, context: ConceptContext): Concept[] {
  const focus = askedValue(text);
  const concepts = namedTwice(
    text,
    [...chineseConcepts(text, context), ...englishConcepts(text, context)].map((c) => (focus && c.label.toLowerCase() === focus && !c.cue ? { ...c, salient: true, asked: true } : c)),
  );
  const settings = [...text.matchAll(SETTING_PHRASE)].map((m) => (m[1] ?? m[2] ?? '').toLowerCase());
  if (settings.length === 0) return concepts;
  return concepts.map((c) =>
    !c.salient && settings.some((s) => s.includes(c.label.toLowerCase())) ? { ...c, cue: true, weight: Math.min(c.weight, 0.3) } : c,
  );
}

/**
 * "Apex (顶峰)", "顶峰（Apex）": a name with another name for the same thing in brackets after it.
 * The article writing either one writes the thing asked about, so neither is missing from it.
 */
function namedTwice(text: string, concepts: Concept[]): Concept[] {
  const lower = text.toLowerCase();
  const paired = new Set<Concept>();
  for (const a of concepts) {
    for (const b of concepts) {
      if (a === b || !(a.found || b.found)) continue;
      const at = lower.indexOf(a.label.toLowerCase());
      if (at < 0) continue;
      const after = lower.slice(at + a.label.length).trimStart();
      if (!/^[(（]/u.test(after)) continue;
      const inside = after.slice(1).trimStart();
      const label = b.label.toLowerCase();
      if (inside.startsWith(label) && /^[)）]/u.test(inside.slice(label.length).trimStart())) {
        paired.add(a);
        paired.add(b);
      }
    }
  }
  return paired.size === 0 ? concepts : concepts.map((c) => (paired.has(c) && !c.found ? { ...c, found: true, salient: false } : c));
}
