import { numberFromWords } from '../../language/numerals.js';
import { MEASURE_CHARS } from './figures.js';
import type { AnalysedQuestion } from './analyse.js';
import type { Reading } from './read.js';

// "被清理掉的那47个专项资金项目都是哪些？" where the article writes only 全市清理了47个…专项资金项目: it counts
// the things asked, it names none of them, so the clause that counts them answers nothing. Nor does
// any other span, unless some sentence lists that many things (奥地利、德国、捷克、荷兰、丹麦5国 for
// 哪五个国家).

/**
 * The group the question asks the members of, by its count: after 哪 (哪两家, 哪五个), or after 那 or
 * 这 with the asking words later (那47个项目都是哪些, 这4家分别是哪几家). Not a count of anything
 * else the question says (第十五届, 除了甲、乙，还有哪一个).
 */
const GROUP_ASKED = new RegExp(`(?:哪|[那这](?=[^，,。？?]*(?:都是哪|分别是|是哪[些几]|有哪些|叫什么)))(\\d+|[二两三四五六七八九十]+)([${MEASURE_CHARS}款])`, 'u');

/** A list of members that ends right before a count (甲、乙等4家, 甲、乙和丙这3家, 甲、乙在内的5家). */
const MEMBERS_BEFORE = /、[^，。；、]{1,12}(?:等|这|共计?|在内的)$/u;

/** What opens a list of members after a count, in its sentence (4家加工厂，分别是…; 包括…; 两位可汗，一个是…; ：). */
const MEMBERS_AFTER = /^[^。；]{0,16}?(?:分别是|分别为|包括|包含|即|一个是|一是|其一|：|:)/u;

/** A count and its measure word in a sentence, in digits or in Chinese numerals (4家, 四家). */
const COUNT_WRITTEN = new RegExp(`(\\d+|[一二两三四五六七八九十]+)[${MEASURE_CHARS}款]`, 'gu');

const asNumber = (figure: string): number | undefined => (/^\d+$/u.test(figure) ? Number(figure) : numberFromWords(figure));

/**
 * How many items each enumeration of a text names, within a clause: 甲、乙、丙 and 甲、乙和丙; and two
 * joined by 和, 及 or 与 alone (甲和乙), the way news names a pair.
 */
export function enumerations(text: string): number[] {
  return text
    .split(/[，,。；;：:！？!?]/u)
    .filter((clause) => /[、和及与]/u.test(clause))
    .map((clause) => {
      const marks = clause.split('、').length - 1;
      const last = clause.slice(Math.max(0, clause.lastIndexOf('、')));
      return marks + 1 + (/[和及与]/u.test(last) ? 1 : 0);
    });
}

/** Sentences close enough to name a small group's members: two things are listed in many a clause. */
const NEAR_SENTENCES = 1;
/** From this many members on, a list of as many anywhere in the article may be them. */
const ANYWHERE_FROM = 3;

/** How many members of a group the question asks (哪五个国家 → 5), when it asks a group by its count. */
export function groupCount(question: AnalysedQuestion): number | undefined {
  const asked = GROUP_ASKED.exec(question.text);
  const count = asked ? asNumber(asked[1]!) : undefined;
  return count !== undefined && count >= 2 ? count : undefined;
}

/**
 * Whether the question asks which members of a group it counts (哪两家公司, 那47个项目都是哪些), and the
 * chosen span's sentence counts that group without naming its members, and no sentence lists as
 * many things. What the question calls the group, when so, for the refusal to name.
 */
export function countedNotNamed(reading: Reading): string | undefined {
  const { question, best } = reading;
  if (best === undefined || !['list', 'organisation', 'place', 'thing', 'person'].includes(question.type)) return undefined;
  const asked = GROUP_ASKED.exec(question.text);
  const count = groupCount(question);
  if (!asked || count === undefined) return undefined;
  const text = best.proposal.scored.sentence.text;
  // The same count in the sentence chosen, in any writing (4家, 四家).
  const written = [...text.matchAll(COUNT_WRITTEN)].find((m) => asNumber(m[1]!) === count);
  if (written === undefined) return undefined;
  const at = written.index!;
  // Members listed right before the count (甲、乙等4家, 甲、乙和丙这3家) or said after it.
  if (MEMBERS_BEFORE.test(text.slice(0, at)) || MEMBERS_AFTER.test(text.slice(at + written[0].length))) return undefined;
  // Listed as many in another sentence: anywhere for three or more (先后到访奥地利、德国、捷克、荷兰、丹麦5国
  // for 哪五个国家), beside the chosen one for two.
  const order = best.proposal.scored.sentence.order;
  const near = (s: { order: number }) => count >= ANYWHERE_FROM || Math.abs(s.order - order) <= NEAR_SENTENCES;
  if (reading.article.sentences.some((s) => near(s) && enumerations(s.text).includes(count))) return undefined;
  // Named as the question names the group, without its count (专项资金项目 of 那47个专项资金项目都是哪些,
  // 加工厂 of 那4家加工厂分别是哪几家), or by its measure when it names none after the count (哪两家 → 家).
  const rest = question.text.slice(asked.index + asked[0].length);
  const noun = /^[^，,。？?！!]*?(?=都是|分别|是|叫|有|哪|[？?]|$)/u.exec(rest)?.[0] ?? '';
  return noun || asked[2]!;
}

/** A count of a class and nothing more: a place or a word before it, a bound, the figure, its measure, the class (海外至少5个国家). */
function onlyCountOf(head: string): RegExp {
  return new RegExp(`^[^、，,和与及]{0,6}?(?:约|至少|近|超过|逾|共|多达)?(?:\\d+|[一二两三四五六七八九十几数多]+)[${MEASURE_CHARS}]?${head}$`, 'u');
}

/**
 * "Which overseas countries will get the phone?", "哪些国家" of "公司计划明年在海外至少5个国家推出该机型":
 * the span the reader chose is a count of the class asked and nothing else, so the article says how
 * many, not which: the class, for the refusal to name. Only for a set asked (哪些, which + a plural),
 * of a class the question names.
 */
export function onlyCounted(reading: Reading): string | undefined {
  const { question, best } = reading;
  const head = question.askedClass.at(-1);
  if (best === undefined || !question.plural || head === undefined || head.length < 2) return undefined;
  return onlyCountOf(head).test(best.proposal.candidate.text.replace(/\s+/gu, '')) ? head : undefined;
}
