/**
 * Time expressions as news text writes them: 2018年5月8日, 5月8日上午, 2018年年初, 2018年以来,
 * 今年以来, 日前. Returned as written, in order of appearance.
 */
const DATE =
  /(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:至(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上?|凌晨|中午)?(?:\d{1,2}[时点](?:\d{1,2}分)?)?|\d{1,2}日(?:上午|下午|晚上?|凌晨|中午)(?:\d{1,2}[时点](?:\d{1,2}分)?)?|\d{1,2}月(?:上旬|中旬|下旬|初|底)|\d{4}年(?:年初|年底|年末|初|底|上半年|下半年|以来|春季?|夏季?|秋季?|冬季?|\d{1,2}月)?(?:以来)?|(?:今年|去年|明年|近年|近期|日前|近日|当天|昨天|今天)(?:以来|上半年|下半年|年初|年底)?/gu;

export function findDates(text: string): string[] {
  return [...text.matchAll(DATE)].map((m) => m[0]);
}

/** How exactly a time expression dates something: a day beats a month beats a year beats "this year". */
export function dateSpecificity(date: string): number {
  if (/日/u.test(date)) return 3;
  if (/月/u.test(date)) return 2;
  if (/\d{4}年/u.test(date)) return 1;
  return 0;
}

/**
 * Numbers with their measure word (4家, 3项, 3万名, 20%, 5亿元, 2小时08分15秒), which answer "how
 * many / how much". Years are dates, not counts.
 */
const QUANTITY =
  /第[一二三四五六七八九十百零两\d]+(?:次|届|个|批|轮|期|位|名|项)|(?:\d+(?:\.\d+)?|[一二三四五六七八九十两百千万]+)(?:多|余)?(?:万|亿|千|百)?(?:多|余)?(?:小时(?:\d{1,2}分)?(?:\d{1,2}秒)?|分\d{1,2}秒|秒|分钟|家|个|项|名|位|人次|人|次|所|座|条|场|届|批|户|台|架|辆|亿元|万元|元|美元|%|个百分点|百分点|倍|公里|平方公里|米|吨|周年|天|年|个月|省市|省|市|县|区|类|件|份|部|轮|支|枚|块|张|篇|本|款|种|站|处)?/gu;

export interface Quantity {
  text: string;
  index: number;
}

export function findQuantities(text: string): Quantity[] {
  return [...text.matchAll(QUANTITY)]
    .map((m) => ({ text: m[0], index: m.index }))
    // A bare number with no unit, a year or a clock time is not a count.
    .filter((q) => /\D/u.test(q.text) && !/^\d{4}年$/u.test(q.text) && !/^[一二三四五六七八九十两百千万]+$/u.test(q.text));
}
