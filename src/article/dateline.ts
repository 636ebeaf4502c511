/** A date as Chinese reports write it: `2018年5月8日`, `5月8日`, `8日` (ASCII or full-width digits). */
const DATE = String.raw`(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{1,2}日`;
/** Wire datelines: `新华社上海5月8日电`, `本报上海5月8日讯` — agency and place, then the date. */
const WIRE_DATELINE = new RegExp(`^[^，。！？,（()）]{0,24}?(${DATE})(?:电|讯)`);
/** A leading credit such as `本报讯（记者 张三）` that sits before the date. */
const REPORTER_CREDIT = /^[^，。！？,（()）]{0,16}[（(][^（()）]*记者[^（()）]*[)）]\s*/;
const LEADING_DATE = new RegExp(`^(${DATE})`);
/** Datelines open a report; a date met deeper in the body is a fact, not the report's date. */
const PARAGRAPHS_SEARCHED = 3;

/** The dateline of the article as written, from the start of one of its first paragraphs. */
export function findDateline(paragraphs: readonly string[]): string | undefined {
  for (const text of paragraphs.slice(0, PARAGRAPHS_SEARCHED)) {
    const wire = WIRE_DATELINE.exec(text);
    if (wire?.[1] !== undefined) return wire[1];
    const afterCredit = text.replace(REPORTER_CREDIT, '');
    const leading = LEADING_DATE.exec(afterCredit);
    if (leading?.[1] !== undefined) return leading[1];
  }
  return undefined;
}
