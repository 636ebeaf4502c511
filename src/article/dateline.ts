import { surnameLength } from '../language/surnames.js';

/** A date as Chinese reports write it: `2018年5月8日`, `5月8日`, `8日` (ASCII or full-width digits). */
const DATE = String.raw`(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{1,2}日`;
/**
 * Wire datelines: `新华社上海5月8日电`, `本报上海5月8日讯` — agency and place, then the date — in
 * either script, and in brackets with the reporter inside as Taiwan's agency writes them
 * (`（中央社記者某某台中12日電）`). The date is the group `date`, an opening bracket `open`.
 */
const WIRE_DATELINE = new RegExp(`^(?<open>[（(])?[^，。！？,（()）]{0,24}?(?<date>${DATE})(?:电|讯|電|訊)`);
/** A leading credit such as `本报讯（记者 张三）` or `【某报 记者 张三】` that sits before the date. */
const REPORTER_CREDIT = /^[^，。！？,（()）【】]{0,16}(?:[（(][^（()）]*记者[^（()）]*[)）]|【[^【】]*记者[^【】]*】)\s*/;
const LEADING_DATE = new RegExp(`^(${DATE})`);
/** Datelines open a report; a date met deeper in the body is a fact, not the report's date. */
const PARAGRAPHS_SEARCHED = 3;

/** The dateline of the article as written, from the start of one of its first paragraphs. */
export function findDateline(paragraphs: readonly string[]): string | undefined {
  for (const text of paragraphs.slice(0, PARAGRAPHS_SEARCHED)) {
    const wire = WIRE_DATELINE.exec(text);
    if (wire?.groups?.date !== undefined) return wire.groups.date;
    const afterCredit = text.replace(REPORTER_CREDIT, '');
    const leading = LEADING_DATE.exec(afterCredit);
    if (leading?.[1] !== undefined) return leading[1];
  }
  return undefined;
}

/** A reporter's credit in brackets right after a wire dateline: `（记者 王文）`. */
const CREDIT_AFTER = /^\s*[（(][^（()）]*记者[^（()）]*[)）]/;

/**
 * How many characters at the start of a report's first sentence are its credit — the agency, the
 * place and date it was filed (新华社北京5月8日电), the reporters (（记者 张三）) — and not its story.
 */
export function creditLength(text: string): number {
  const wire = WIRE_DATELINE.exec(text);
  // A dateline in brackets ends with its closing one.
  if (wire?.groups?.open) return wire[0].length + (/^[）)]/u.test(text.slice(wire[0].length)) ? 1 : 0);
  if (wire) return wire[0].length + (CREDIT_AFTER.exec(text.slice(wire[0].length))?.[0].length ?? 0);
  return REPORTER_CREDIT.exec(text)?.[0].length ?? 0;
}

/** The outlet that filed a wire report, from its dateline: 新华社 of 新华社杭州1月8日电, 中新社 of 中新社柏林3月10日电. */
export function wireAgency(text: string): string | undefined {
  return filed(text)?.agency;
}

/** An agency as a dateline opens with it: a news agency, a paper, a station or a site. */
const AGENCY = /^[\p{Script=Han}A-Za-z]{1,10}?(?:社|报|報|台|臺|网|網)/u;
/** The reporters a bracketed dateline names after 记者, run into the place (记者某某某台中). */
const REPORTERS_AND_PLACE = /(?:记者|記者)([\p{Script=Han}、]{4,})$/u;

/**
 * What a wire dateline says before its date: the agency, the reporters a bracketed one names between
 * 记者 and the place (（中央社记者某某某台中12日电）), and the place it was filed from.
 */
function filed(text: string): { agency?: string; reporters?: string[]; place?: string } | undefined {
  const wire = WIRE_DATELINE.exec(text);
  if (!wire) return undefined;
  const before = wire[0].slice(wire.groups?.open ? 1 : 0, wire[0].length - wire.groups!.date!.length - 1);
  const agency = AGENCY.exec(before)?.[0];
  const rest = before.slice(agency?.length ?? 0);
  const credited = REPORTERS_AND_PLACE.exec(rest);
  const reporters = credited ? reportersBeforePlace(credited[1]!) : undefined;
  const place = (credited && reporters ? credited[1]!.slice(reporters.join('、').length) : rest).trim();
  return { agency, reporters, place: /^\p{Script=Han}{2,8}$/u.test(place) ? place : undefined };
}

/**
 * The names of 某某某台中 or 某甲、某乙北京: the last name of three characters when two are left for
 * the place, else of two (某某北京); none unless each opens with a surname.
 */
function reportersBeforePlace(run: string): string[] | undefined {
  const pieces = run.split('、');
  const last = pieces.pop()!;
  const length = last.length - 3 >= 2 ? 3 : 2;
  const names = [...pieces, last.slice(0, length)];
  return last.length - length >= 2 && names.every((name) => /^\p{Script=Han}{2,3}$/u.test(name) && surnameLength(name) > 0) ? names : undefined;
}

/**
 * What `read` finds in the wire dateline of one of a report's first paragraphs (its agency, its
 * place), with the paragraph it is in; undefined when none of them has one.
 */
export function fromWireDateline<P extends { text: string }>(paragraphs: readonly P[], read: (text: string) => string | undefined): { paragraph: P; value: string } | undefined {
  for (const paragraph of paragraphs.slice(0, PARAGRAPHS_SEARCHED)) {
    const value = read(paragraph.text);
    if (value !== undefined) return { paragraph, value };
  }
  return undefined;
}

/** The place a wire report was filed from, from its dateline: 某地 of 新华社某地1月3日电; undefined when it names none. */
export function wirePlace(text: string): string | undefined {
  const found = filed(text);
  return found?.agency ? found.place : undefined;
}

/** Reporters a wire dateline names between 记者 and the place it was filed from, in either script, in brackets or not. */
export function wireReporters(text: string): string[] | undefined {
  return filed(text.trim())?.reporters;
}
