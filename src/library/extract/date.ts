/**
 * A calendar date written with a four-digit year: `2017年9月26日` (or `…26号`), `2017-09-26`,
 * `2017/9/26`, `2017.09.26`. The numeric forms must use one separator throughout, so a range or a
 * version number such as `2017-09/26` is not read as a date.
 */
const WRITTEN_DATE =
  /(?<!\d)(\d{4})(?:\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]|([-/.])(\d{1,2})\4(\d{1,2})(?!\d))/gu;
/** `20230517` as some CMSs write it in metadata; too ambiguous to look for in running text. */
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?!\d)/;

/** Years a news page can have been published in; anything else is a number that looks like a date. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DD` when the numbers make a real calendar day (no 2月30日), else undefined. */
function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Full-width digits (２０１７年) are the same numbers; NFKC makes them ASCII. */
function asciiDigits(text: string): string {
  return text.normalize('NFKC');
}

/**
 * The first real date with a year in a piece of text, as ISO `YYYY-MM-DD`. The date is taken as
 * written: `2023-05-17T01:00:00+08:00` is the 17th, the publisher's day, even though it is the
 * 16th in UTC.
 */
export function findDateInText(text: string): string | undefined {
  for (const match of asciiDigits(text).matchAll(WRITTEN_DATE)) {
    const [, year, chineseMonth, chineseDay, , month, day] = match;
    const iso = isoDate(Number(year), Number(chineseMonth ?? month), Number(chineseDay ?? day));
    if (iso !== undefined) return iso;
  }
  return undefined;
}

/** A metadata value (`2023-05-17T09:30:00+08:00`, `2023/05/17 09:30`, `20230517`) as ISO `YYYY-MM-DD`. */
export function toIsoDate(value: string): string | undefined {
  const text = asciiDigits(value.trim());
  const compact = COMPACT_DATE.exec(text);
  if (compact !== null) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return findDateInText(text);
}
