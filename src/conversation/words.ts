/**
 * The words that make a question lean on the one before it, in both languages: one home for the
 * conversation's word lists.
 */

/** One person by a pronoun: the language's (src/language/person-pronouns.ts), which the reader reads too. */
export { EN_PERSON_PRONOUN, EN_POSSESSIVE, ZH_PERSON_PRONOUN } from '../language/person-pronouns.js';
/** 他们/她们 and they/them/their: a group, never one person. */
export const ZH_GROUP_PRONOUN = /[他她]们/u;
export const EN_GROUP_PRONOUN = /\b(?:they|them)\b/iu;
export const EN_GROUP_POSSESSIVE = /\btheir\b/iu;

/** "还有呢？", "what else?", "more": the same question, past what was already shown. */
export const ZH_MORE = /^(?:那)?(?:还有(?:呢|吗|什么|别的|其他的?)?|其他的?呢|别的呢|继续|更多|再多说(?:一点|些)?|接着说|然后呢)[？?。.！!]*$/u;
export const EN_MORE = /^(?:(?:and|so|ok|okay)[, ]+)?(?:what else|anything else|(?:tell me )?more|any more|go on|continue|and then|and)[?？.!]*$/iu;
/**
 * 还/又/另外/else/other inside a longer question: it asks past what was shown ("他还说了什么？").
 * Other things named after about/on/关于 are the topic asked, not "else" ("what did he say about
 * other countries?": the other countries are the article's, not the remarks not yet shown).
 */
export const ZH_ELSE = /还(?!是)|另外|(?<!关于|对于|对|和|与|同|跟)其[他余]|别的/u;
export const EN_ELSE = /\b(?:else|more|another|too|also)\b|(?<!\b(?:about|on|of|with|to|for|from|in|than|and|between|among)\s+)\bother\b/iu;

/**
 * "And the other nurse?", "另一位呢？": the thing of the same kind the last answer was not. Its
 * question is asked past that answer (除了45岁，…), which the reader then does not give again.
 */
export const ZH_OTHER = /另[一外](?:个|位|名|家|种|方|边|件|项|人)?|其[他余]那/u;
export const EN_OTHER = /\b(?:other|another)\b/iu;

/** "The other side" of a party just asked about: 对方 after 公诉方, "the other side" after the buyer. */
export const ZH_OTHER_SIDE = /对方|另一方/u;
export const EN_OTHER_SIDE = /\bthe other (?:side|party)\b/iu;

/**
 * Parties news sets against each other, each side in the words it goes by: a court's prosecution and
 * defence, a civil case's plaintiff and defendant, a contract's two parties, a match's two teams, a
 * sale's buyer and seller. Longer words first, so 公诉机关 is read before 公诉.
 */
export const OPPOSING_SIDES: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['公诉机关', '公诉方', '公诉人', '检察机关', '检方', '控方', '检察院'], ['辩护律师', '辩护人', '辩方', '被告人']],
  [['原告'], ['被告']],
  [['甲方'], ['乙方']],
  [['主队'], ['客队']],
  [['买方', '买家'], ['卖方', '卖家']],
];

/** "和上海呢？", "那张三呢？": an ellipsis naming the new thing, asked the way the last question was. */
export const ZH_ELLIPSIS = /^(?:那么?|和|跟|与|还有|至于)?\s*(.{1,24}?)(?:的情况)?\s*呢[？?。！!]*$/u;
export const EN_ELLIPSIS = /^(?:and|what about|how about|and what about|and how about|same for|what of)\s+(?:the\s+)?(.{1,60}?)[?？.!]*$/iu;

/** Words that ask: an ellipsis holding one ("谁签署了协议呢？", "And who signed?") is a whole question. */
const ASKS = /[谁哪几吗]|什么|怎么|怎样|如何|多少|为什么|为何|是否|\b(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|did|does|do|can|could|has|have|had)\b/iu;

/**
 * A bare ellipsis ("上海呢？", "And the other nurse?", "What about a year earlier?"): it names a new
 * thing and asks nothing itself, so alone it means nothing — the question it continues is missing.
 */
export function bareEllipsis(text: string): boolean {
  const trimmed = text.trim();
  const named = ZH_ELLIPSIS.exec(trimmed)?.[1] ?? EN_ELLIPSIS.exec(trimmed)?.[1];
  return named !== undefined && !ASKS.test(named);
}

const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const EN_ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5,
  sixth: 6, '6th': 6, seventh: 7, '7th': 7, eighth: 8, '8th': 8, ninth: 9, '9th': 9, tenth: 10, '10th': 10,
};
/** Nouns an ordinal follow-up may carry without naming anything new: "the second one", "第二项". */
const ZH_ORDINAL = /第([一二两三四五六七八九十]|\d{1,2})(?:个|项|位|家|条|份|处|点|名|份|种)?/u;
const EN_ORDINAL = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th|last)\b/iu;
/** What may stand around an ordinal in a follow-up that names nothing else. */
const ZH_ORDINAL_FILLER = /那|这|呢|吗|是|什么|哪个|哪一个|哪位|谁|呀|啊|的|具体|叫|名字|内容|全称|[？?。！!，,\s]/gu;
const EN_ORDINAL_FILLER = /\b(?:and|what|what's|whats|which|who|who's|is|was|are|the|one|ones|item|about|tell|me|please|it|of|them|then|that|in|list|on)\b|[?？.!,\s]/giu;

/**
 * The position an ordinal follow-up asks for ("第二个呢？" → 2, "the last one?" → `last`), or
 * undefined when the question says more than an ordinal (第三颗气象卫星 names a thing).
 */
export function ordinalAsked(text: string): number | 'last' | undefined {
  const zh = ZH_ORDINAL.exec(text);
  if (zh?.[1]) {
    const rest = text.replace(zh[0], '').replace(ZH_ORDINAL_FILLER, '');
    // A few characters may name the kind (第二个协议, 第三位领导); more names something new.
    if ([...rest].length > 3) return undefined;
    const n = /\d/.test(zh[1]) ? Number(zh[1]) : ZH_DIGITS[zh[1]];
    return n && n > 0 ? n : undefined;
  }
  if (/最后一(?:个|项|位|家|条)/u.test(text) && text.replace(/最后一(?:个|项|位|家|条)/u, '').replace(ZH_ORDINAL_FILLER, '').length <= 3) return 'last';
  const en = EN_ORDINAL.exec(text);
  if (!en?.[1]) return undefined;
  const rest = text.replace(en[0], ' ').replace(EN_ORDINAL_FILLER, ' ').trim().split(/\s+/).filter(Boolean);
  // One noun may name the kind ("the second agreement", "the first place").
  if (rest.length > 1) return undefined;
  return en[1].toLowerCase() === 'last' ? 'last' : EN_ORDINALS[en[1].toLowerCase()];
}

/** Asking words alone ("为什么？", "什么时候？", "when?"): the last question asked again for another thing. */
export const ZH_BARE_ASK = /^(?:那|那么)?(为什么|为何|什么时候|何时|哪天|哪一天|在哪里?|哪里|在哪儿|多少|几个|谁|怎么样|结果呢|后来呢)[？?。！!]*$/u;
export const EN_BARE_ASK = /^(?:and\s+|so\s+)?(why|when|where|who|how many|how much|how)[?？.!]*$/iu;

/** A time as a Chinese question names it (一季度, 去年同期, 2017年, 9月26日, 上半年): an ellipsis with a time replaces the question's. */
export const ZH_TIME = /(?:(?:\d{2,4}|去|今|明|前|上|本|当)年)?(?:同期|第?[一二三四1-4]季度|[上下]半年|全年|前三季度|\d{1,2}月(?:\d{1,2}日)?)|(?:\d{2,4}|去|今|明|前|上|本|当)年/u;
/** A time as an English question names it ("in the first quarter", "a year earlier", "in 2022", "last year"). */
export const EN_TIME =
  /\b(?:(?:in|during|for|over)\s+(?:the\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|(?:first|second)\s+half(?:\s+of\s+the\s+year)?|(?:19|20)\d{2})|(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:the\s+same\s+period\s+)?last\s+year|this\s+year|(?:the\s+)?(?:first|second|third|fourth)\s+quarter)\b/iu;
