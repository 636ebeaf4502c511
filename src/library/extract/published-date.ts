import { findDateline } from '../../article/dateline.js';
import { findDateInText, toIsoDate } from './date.js';
import type { PageFacts } from './page-facts.js';

/**
 * `<meta>` keys (lower-cased) that hold the publication time, most specific first: Open Graph's
 * article time, then the names Chinese CMSs use (`publishdate`, `PubDate`), then schema.org's
 * `itemprop`. A modification time is not a publication date and is never read.
 */
const DATE_META_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:release_date',
  'publishdate',
  'pubdate',
  'publish_date',
  'publish-date',
  'datepublished',
];

/**
 * The info line under a headline (`2017年09月26日 09:30 来源：…`) is within this many characters
 * of it. The limit matters when the body's start is not found there: further on lie the body and
 * other stories' lists, with their own dates.
 */
const AFTER_HEADLINE_CHARS = 200;
/** Enough of the first paragraph to find where the body starts in the page's text. */
const BODY_START_CHARS = 10;

export interface DateSources {
  facts: PageFacts;
  /** Readability's `publishedTime`: JSON-LD `datePublished` and a few metadata names. */
  readabilityDate?: string;
  /** The chosen headline, to find the info line under it. */
  title: string;
  paragraphs: readonly string[];
}

/**
 * The text between the headline and the article's first paragraph: the info line. Not before the
 * headline, where portals print today's date in their top bar; not into the body, where a date is
 * whatever the story says (a birth date, a deadline).
 */
function infoLine(pageText: string, title: string, firstParagraph: string | undefined): string {
  const at = pageText.indexOf(title);
  if (at === -1) return '';
  const start = at + title.length;
  const window = pageText.slice(start, start + AFTER_HEADLINE_CHARS);
  const bodyStart = firstParagraph === undefined ? -1 : window.indexOf(firstParagraph.slice(0, BODY_START_CHARS));
  return bodyStart === -1 ? window : window.slice(0, bodyStart);
}

/**
 * The publication date as ISO `YYYY-MM-DD`, from the first source that gives a readable one:
 * metadata, JSON-LD, the article's `<time datetime>`, the info line under the headline, and last a
 * dateline that opens the article (`2017年9月26日电`), read by the article parser's own rule.
 * Metadata first because it is written for machines; the text last because a date in prose may
 * be the date of anything.
 */
export function findPublishedDate(sources: DateSources): string | undefined {
  const { facts } = sources;
  const declared = [
    ...DATE_META_KEYS.map((key) => facts.meta.get(key)),
    sources.readabilityDate,
    ...facts.times,
  ];
  for (const value of declared) {
    const iso = value === undefined ? undefined : toIsoDate(value);
    if (iso !== undefined) return iso;
  }
  const underHeadline = findDateInText(infoLine(facts.text, sources.title, sources.paragraphs[0]));
  if (underHeadline !== undefined) return underHeadline;
  const dateline = findDateline(sources.paragraphs);
  return dateline === undefined ? undefined : toIsoDate(dateline);
}
