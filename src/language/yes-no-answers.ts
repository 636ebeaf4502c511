/**
 * Words a yes-or-no question asks with, and the words an article answers it with instead. "要自己付钱
 * 吗？" is answered by 免费筛检, "有优惠吗？" by 半价票, "需要搬出去住吗？" by 住户无需搬离, "学生要照常
 * 上学吗？" by 照常上课: the article never writes the question's word, yet says yes or no to it. Closed
 * lists of a few everyday matters only (paying, a discount, moving out, going to school), each
 * question word with the words that settle it.
 */
const SETTLED_BY: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['付钱', '花钱', '掏钱', '交钱', '给钱', '付费', '收钱', '收费', '要钱'], ['免费', '免收', '收费', '付费', '自费', '票价']],
  [['优惠', '打折', '便宜', '减价'], ['半价', '折扣', '优惠', '减免', '免费', '特价']],
  [['搬出', '搬走', '搬离', '搬出去', '搬家'], ['搬离', '搬出', '迁出', '搬迁', '搬走']],
  [['上学', '上课', '返校'], ['上课', '停课', '复课', '上学', '返校']],
];

const SETTLING = new Map<string, readonly string[]>(SETTLED_BY.flatMap(([asked, settling]) => asked.map((word) => [word, settling] as const)));

/** The words that would settle a yes-or-no question asked with this word, none for any other word. */
export function settlingWords(word: string): readonly string[] {
  return SETTLING.get(word) ?? [];
}
