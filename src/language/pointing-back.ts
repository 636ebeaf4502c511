/**
 * Pronouns a Chinese sentence opens with when it goes on from the one before (他在…, 该公司…, 此后…,
 * 这些…): what they stand for is named there. As prefixes: 他 also opens 他们.
 */
export const OPENING_PRONOUNS: readonly string[] = ['它', '其', '他', '她', '该', '此', '这'];

/** Whether a sentence opens with one of OPENING_PRONOUNS. */
export const OPENS_WITH_PRONOUN = new RegExp(`^(?:${OPENING_PRONOUNS.join('|')})`, 'u');

/** Connectives a sentence opens with when it goes on from the one before (但…, 因此…, 后来…). */
const OPENING_CONNECTIVES: readonly string[] = ['那', '但', '而', '因此', '所以', '于是', '同时', '此外', '另外', '后来', '之后', '随后', '然而', '不过'];

/** A year the text refers back to rather than names: the year itself is written before. */
export const YEARS_REFERRED_BACK: readonly string[] = ['同年', '当年', '该年', '是年', '这一年'];

/** Years counted from the report's own (今年 0, 去年 −1): a question about a report asks in its frame. */
export const YEARS_FROM_THE_REPORTS: Readonly<Record<string, number>> = { 前年: -2, 去年: -1, 上年: -1, 今年: 0, 本年: 0, 明年: 1, 后年: 2 };

/** Months counted from the report's own, or from the one just told of (本月, 下月, 同月). */
export const MONTHS_FROM_THE_REPORTS: readonly string[] = ['本月', '当月', '上月', '下月', '次月', '同月'];

/** Times told from the sentence before (同年, 次年, 自此): the year or the event they count from is there. */
const OPENING_RELATIVE_TIMES: readonly string[] = [...YEARS_REFERRED_BACK, '次年', '翌年', '同月', '次月', '次日', '翌日', '当天', '当日', '自此', '从此', '随即'];

/**
 * Whether a sentence opens by pointing back — a pronoun, a connective or a time told from the
 * sentence before — so that alone it does not say whom, what or when it means.
 */
export const OPENS_POINTING_BACK = new RegExp(`^(?:${[...OPENING_PRONOUNS, ...OPENING_CONNECTIVES, ...OPENING_RELATIVE_TIMES].join('|')})`, 'u');
