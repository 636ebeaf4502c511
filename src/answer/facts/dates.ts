/**
 * Time expressions as news text writes them: 2018年5月8日, 5月8日上午, 2018年年初, 2018年以来,
 * 今年以来, 日前. Returned as written, in order of appearance.
 */
const DATE =
  /(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|凌晨)?|\d{1,2}月(?:上旬|中旬|下旬|初|底)|\d{4}年(?:年初|年底|年末|初|底|上半年|下半年|以来|春季?|夏季?|秋季?|冬季?|\d{1,2}月)?(?:以来)?|(?:今年|去年|明年|近年|近期|日前|近日|当天|昨天|今天)(?:以来|上半年|下半年|年初|年底)?/gu;

export function findDates(text: string): string[] {
  return [...text.matchAll(DATE)].map((m) => m[0]).filter((d) => !/^\d{4}年$/.test(d) || true);
}

/** Numbers with their measure word (4家, 3项, 20%, 5亿元), which answer "how many / how much". Years are dates, not counts. */
const QUANTITY =
  /(?:\d+(?:\.\d+)?|[一二三四五六七八九十两百千万]+)(?:多|余)?(?:家|个|项|名|位|人|次|所|座|条|场|届|批|户|台|架|辆|亿元|万元|元|%|倍|公里|平方公里|万人|亿|万|周年|天|年|个月|省市|省|市|县|区|类|件|份|部|轮|支)/gu;

export function findQuantities(text: string): string[] {
  return [...text.matchAll(QUANTITY)].map((m) => m[0]).filter((q) => !/^\d{4}年$/.test(q));
}
