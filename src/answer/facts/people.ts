import { nounPhraseStart } from '../../language/noun-phrase.js';
import type { Article } from '../../article/types.js';
import { tagWords } from '../../language/segmenter.js';
import { surnameLength } from '../../language/surnames.js';
import { NAME_DOT, transliteratedNames } from '../../language/transliterated.js';
import { BARE_UNIT, POST_TITLES } from '../../language/titles.js';
import type { PersonMention } from './types.js';

/** Titles written after a name (某某教授, 某某律师): the name before one is a person's, however jieba cut it. */
const TITLES_AFTER_NAME = new Set(['教授', '副教授', '院士', '研究员', '副研究员', '博士', '医生', '医师', '大夫', '老师', '律师', '法官', '检察官', '工程师', '先生', '女士', '教练', '师傅']);
const TITLE_AFTER_NAME_WRITTEN = new RegExp([...TITLES_AFTER_NAME].join('|'), 'u');

/** What may follow a name: punctuation, a conjunction, a verb or an adverb of which the name is the subject (某某则认为, 某某用…), a word of time (会后, 下午), kin, or a title written after names (某某教授). */
const AFTER_NAME = new RegExp(
  `^(?:${[...TITLES_AFTER_NAME].join('|')}|$|[，、。；：,;:（）()“”"'‘’\\s\\d]|与|和|及|同|等|说|称|在|到|于|也|还|将|已|曾|就|对|向|为|从|首先|指出|强调|要求|表示|介绍|认为|告诉|透露|坦言|直言|回忆|解释|解读|分析|预计|估计|说明|希望|提出|感谢|谈到|座谈|会谈|会见|会晤|出席|参加|陪同|主持|考察|调研|参观|访问|访华|出访|邀请|致辞|发言|讲话|答问|回答|宣布|一行|同志|分别|共同|先后|代表|率|带领|的|一案|夫妇|担任|凭借|颁发|一边|丈夫|妻子|今天|昨天|今日|昨日|前日|前天|当日|近日|日前|当天|则|亦|又|均|都|随后|亲自|会后|会上|受访|上午|下午|晚间|此前|带队|率队|专程|一直|多次|再次|坦承|接受|补充|提醒|呼吁|证实|确认|承认|否认|建议|作为)`,
  'u',
);

/**
 * Verbs that close a list of people and say what they took part in, with the meeting they name
 * when they name one (参加会见: took part in the meeting, not merely present).
 */
const GROUP_VERB = /(?:座谈|会谈|会见|出席|参加|陪同|列席|见证|参观|考察|调研|主持|与会|参会|发言)(?:会见|会谈|座谈会?|会议)?/u;

/** Marks no post runs over: clause ends, and the brackets of a byline before a lead (（记者 某某）某国外交部长). */
const CLAUSE_BREAK = /[，。；：！？（）“]/u;
const LEADING_LINK = /^(?:、|与|和|及|同|由|在|并|以及|应|经|据|会见了?|会见|看望了?)/u;

/** A title's abbreviation in Latin letters, in brackets right after it: （CEO）, (CFO). */
const LATIN_ASIDE = /^[（(][A-Za-z]{2,6}[）)]/u;

/** Longest foreign name looked for at the start of a text. */
const FOREIGN_NAME_CHARS = 24;

/** A name at the start of `text`: a surname and one or two characters, followed by what may follow a name. */
export function nameAt(text: string): string | undefined {
  // A foreign name, its parts joined by a middle dot (哈里·苏马迪), as the transliteration tables write it.
  const foreign = transliteratedNames(text.slice(0, FOREIGN_NAME_CHARS))[0];
  if (foreign !== undefined && text.startsWith(foreign) && AFTER_NAME.test(text.slice(foreign.length))) return foreign;
  const surname = surnameLength(text);
  if (surname === 0) return undefined;
  for (const length of [surname + 1, surname + 2]) {
    const name = text.slice(0, length);
    if (!/^\p{Script=Han}+$/u.test(name) || name.length !== length) return undefined;
    // 的 after two characters is as often a word's (主管时区的): only a full name takes it.
    if (AFTER_NAME.test(text.slice(length)) && !(name.length < 3 && text.charAt(length) === '的')) return name;
  }
  return undefined;
}

/** The titles by their first character, longest first (POST_TITLES' order): one lookup per character. */
const TITLES_BY_START = new Map<string, string[]>();
for (const title of POST_TITLES) TITLES_BY_START.set(title.charAt(0), [...(TITLES_BY_START.get(title.charAt(0)) ?? []), title]);

function titleAt(sentence: string, at: number): string | undefined {
  return TITLES_BY_START.get(sentence.charAt(at))?.find((title) => sentence.startsWith(title, at));
}

/** Places a post belongs to: 江苏省和上海市领导 → [江苏省, 上海市]. */
function placesOf(post: string): string[] {
  // The first of the posts that opens with a place: a national post may come before a local one
  // (某某委员、某省委书记), and the local one says which side its holder stands on.
  for (const segment of post.split(/[、，]/u)) {
    const places: string[] = [];
    const unit = /(\p{Script=Han}{2,4}?(?:省|市|自治区|县|区|州))(?:和|与|及|、)?/uy;
    let match: RegExpExecArray | null;
    while ((match = unit.exec(segment))) places.push(match[1]!);
    if (places.length > 0) return places;
  }
  return [];
}

/** Tags of words a post is made of: nouns, names, places, distinctions (原, 副), numbers, 的 and 、. */
const POST_WORD = /^(?:n|vn|b|a|m|q|f|j|eng|uj|x|zg)/;

/** A rank written before a title as part of it (分署长, 副处长, 总经理): 分 and 副 are cut off it by jieba. */
const TITLE_PREFIX = /(?:分|副|常务副)$/u;

/** The one-character heads of an office's name (统计分析处, 火灾调查科): what precedes them names the office. */
const OFFICE_HEAD = /^[处科室所署局部组站队股厅委办院系庭]$/u;

/**
 * Words that name an office, joined into one noun: jieba tags the verbs of an office's name verbs
 * (统计/v 分析/vn 处), and a noun phrase read back from the title stopped at them (分析处处长 of
 * 某海关统计分析处处长). Up to two words before an office's head, each a verb or a noun of one or
 * two characters, are its name.
 */
function unitNamed(words: { word: string; tag: string }[]): { word: string; tag: string }[] {
  const last = words[words.length - 1];
  if (!last || !OFFICE_HEAD.test(last.word)) return words;
  let first = words.length - 1;
  while (first > words.length - 3 && first > 0 && /^(?:v|vn|n)$/u.test(words[first - 1]!.tag) && /^\p{Script=Han}{1,2}$/u.test(words[first - 1]!.word)) first--;
  if (first === words.length - 1) return words;
  return [...words.slice(0, first), { word: words.slice(first).map((w) => w.word).join(''), tag: 'n' }];
}

/** Ages of life a post may open with (青年导演), which jieba tags a time. */
const AGE_GROUP = /^(?:青年|少年|中年|老年|青少年)$/u;

/**
 * Verbs that link a subject to what it is or holds (评委包括演员某某, 领队为研究员某某): a post never
 * holds one, though it stands between two nouns as the verb of an office's name does (污水处理系统).
 */
const LINKING_VERB: ReadonlySet<string> = new Set(['包括', '包含', '为', '是', '即', '有', '任', '由', '称']);

/** The words before a title, tagged, and the title as one noun with the rank before it (分 + 署长). */
function withTitle(before: string, title: string): { word: string; tag: string }[] {
  const prefix = TITLE_PREFIX.exec(before)?.[0] ?? '';
  return [...unitNamed(tagWords(before.slice(0, before.length - prefix.length))), { word: prefix + title, tag: 'n' }];
}

/**
 * The post a name follows, without the clause before it: 法庭对他被指控行贿青石县原水利局副局长
 * is 青石县原水利局副局长. Read back from the title to the first word that is no part of a noun
 * phrase; a verb between two nouns (污水处理系统) is part of one.
 */
function nounPhraseEnding(clause: string, title: string): string {
  // The title is known, so it is one noun: jieba may cut across its start (处处长 as 处处/长), and
  // a prefix of rank before it (分署长, 副处长) is the title's.
  const words = clause.endsWith(title) ? withTitle(clause.slice(0, clause.length - title.length), title) : tagWords(clause);
  // Another foreign name (约翰·某某以导演彼得·某某) is no part of a post: its dot ends the phrase.
  const start = nounPhraseStart(words, words.length, ({ word, tag }) => POST_WORD.test(tag) || word === '、' || AGE_GROUP.test(word), ({ word }) => NAME_DOT.test(word) || LINKING_VERB.has(word));
  const phrase = words.slice(start).map((w) => w.word).join('').replace(/^[、的]+/u, '');
  if (phrase) return phrase;
  // Nothing read back as a noun phrase: the clause is the post (外交部发言人), unless it holds
  // another person's foreign name (约翰·某某以导演, the title tagged a verb): then the title alone.
  return NAME_DOT.test(clause) ? (words[words.length - 1]?.word ?? clause) : clause;
}

/**
 * People with their posts, from the shapes news text writes them in: a post then a name
 * (市委书记某某), posts chained with 、, names listed with 、 after one post (领导甲、乙、丙).
 */
export function extractPeople(article: Article): PersonMention[] {
  const people: PersonMention[] = [];
  let lastPlaces: string[] = [];
  for (const paragraph of article.paragraphs) {
    paragraph.sentences.forEach((sentence, sentenceIndex) => {
      const found: PersonMention[] = [];
      let clauseStart = 0;
      // The person a 与/和/及 just joined on: 王丽及其丈夫陈明 makes 其丈夫 王丽的丈夫.
      let joinedTo: string | undefined;
      for (let at = 0; at < sentence.length; at++) {
        if (CLAUSE_BREAK.test(sentence.charAt(at))) {
          clauseStart = at + 1;
          joinedTo = undefined;
          continue;
        }
        const title = titleAt(sentence, at);
        if (!title) continue;
        const end = at + title.length;
        // The title's abbreviation in brackets may stand between it and the name (首席执行官（CEO）某某).
        const aside = LATIN_ASIDE.exec(sentence.slice(end))?.[0] ?? '';
        const name = nameAt(sentence.slice(end + aside.length));
        if (!name) {
          at = end - 1;
          continue;
        }
        // A wire dateline (新华社某地某日电, not the 电 of 电影节) or anything before a space is not part of the post.
        const clause = sentence
          .slice(clauseStart, end)
          .replace(/^.*\s/u, '')
          .replace(/^.*?[日月]电(?=\p{Script=Han})/u, '')
          .replace(LEADING_LINK, '');
        const phrase = nounPhraseEnding(clause, title);
        // A title right after a name is that person's (某某丈夫某某, 某某秘书某某): 某某的丈夫.
        const previous = found[found.length - 1];
        const holder = phrase === title && previous !== undefined && sentence.lastIndexOf(previous.name, at) + previous.name.length === at ? previous.name : undefined;
        const post = joinedTo && /^其/u.test(clause) ? `${joinedTo}的${phrase.replace(/^其/u, '')}` : holder ? `${holder}的${title}` : phrase;
        let sides = placesOf(post);
        if (sides.length === 0 && BARE_UNIT.test(post)) sides = lastPlaces;
        if (sides.length > 0) lastPlaces = sides;
        const mention = (who: string): PersonMention => ({ name: who, post, sides, paragraph: paragraph.n, sentence: sentenceIndex });
        found.push(mention(name));
        let next = end + aside.length + name.length;
        while (sentence.charAt(next) === '、') {
          const listed = nameAt(sentence.slice(next + 1));
          if (!listed) break;
          found.push(mention(listed));
          next += 1 + listed.length;
        }
        const link = /^(?:与|和|及|同)/u.exec(sentence.slice(next));
        joinedTo = link ? found[found.length - 1]!.name : undefined;
        clauseStart = next + (link ? link[0].length : 0);
        at = clauseStart - 1;
      }
      for (const person of found) {
        const after = sentence.slice(sentence.indexOf(person.name) + person.name.length);
        const verb = GROUP_VERB.exec(after.split(/[。；]/u)[0] ?? '');
        if (verb) person.group = verb[0];
      }
      people.push(...found);
    });
  }
  return people;
}

/**
 * Names written before a title (温某某教授 as 温/nr 某某/v 教授): a surname jieba took alone and the one
 * or two characters after it, or a name it knows, right before a title that follows names. Taught to
 * jieba, the name is then one word wherever the article writes it.
 */
export function namesBeforeTitles(article: Article): string[] {
  const names = new Set<string>();
  for (const sentence of article.paragraphs.flatMap((p) => p.sentences)) {
    // Cut only a sentence that writes such a title: tagging every sentence again doubled jieba's work at start-up.
    if (!TITLE_AFTER_NAME_WRITTEN.test(sentence)) continue;
    const words = tagWords(sentence);
    for (let i = 1; i < words.length; i++) {
      if (!TITLES_AFTER_NAME.has(words[i]!.word)) continue;
      const before = words[i - 1]!;
      const surname = words[i - 2];
      if (/^nr/u.test(before.tag) && /^\p{Script=Han}{2,3}$/u.test(before.word) && surnameLength(before.word) > 0) names.add(before.word);
      // …not a function word after a surname (李等教授, 王和教授).
      else if (surname && /^nr/u.test(surname.tag) && surnameLength(surname.word) === surname.word.length && /^\p{Script=Han}{1,2}$/u.test(before.word) && !/^[upcrdmqyef]/u.test(before.tag)) {
        names.add(surname.word + before.word);
      }
    }
  }
  return [...names];
}
