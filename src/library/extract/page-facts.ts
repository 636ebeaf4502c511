import { normalizeText } from '../../article/whitespace.js';
import type { PageDocument, PageElement } from './dom.js';

/**
 * What a page says about itself, read before Readability runs: Readability rewrites the document
 * it is given (drops scripts and asides, renames tags), so afterwards the page as published is gone.
 */
export interface PageFacts {
  /** `<meta>` contents by lower-cased `property`, `name` or `itemprop`; the first tag of each wins. */
  meta: ReadonlyMap<string, string>;
  /** The `<title>` text. */
  documentTitle: string;
  /** Each `<h1>` that could be the headline, in page order (see `isPageChrome`). */
  headings: string[];
  /** The `datetime` of each `<time>` outside the page's chrome, in page order. */
  times: string[];
  /** The body's text with whitespace collapsed, for dates written near the headline. */
  text: string;
}

/**
 * Navigation, asides, footers and the page-wide header hold the site's logo, menus and other
 * stories' times; an `<article>`'s own `<header>` holds its headline and date, so it counts.
 */
function isPageChrome(element: PageElement): boolean {
  if (element.closest('nav, aside, footer') !== null) return true;
  const header = element.closest('header');
  return header !== null && header.closest('article') === null;
}

function readMeta(document: PageDocument): Map<string, string> {
  const meta = new Map<string, string>();
  for (const tag of document.querySelectorAll('meta')) {
    const key = tag.getAttribute('property') ?? tag.getAttribute('name') ?? tag.getAttribute('itemprop');
    const content = normalizeText(tag.getAttribute('content') ?? '');
    if (key === null || content === '') continue;
    const name = key.trim().toLowerCase();
    if (!meta.has(name)) meta.set(name, content);
  }
  return meta;
}

function textOf(element: PageElement | null): string {
  return normalizeText(element?.textContent ?? '');
}

export function readPageFacts(document: PageDocument): PageFacts {
  const headings: string[] = [];
  for (const h1 of document.querySelectorAll('h1')) {
    const text = textOf(h1);
    if (text !== '' && !isPageChrome(h1)) headings.push(text);
  }
  const times: string[] = [];
  for (const time of document.querySelectorAll('time[datetime]')) {
    const datetime = time.getAttribute('datetime')?.trim() ?? '';
    if (datetime !== '' && !isPageChrome(time)) times.push(datetime);
  }
  return {
    meta: readMeta(document),
    documentTitle: textOf(document.querySelector('title')),
    headings,
    times,
    text: textOf(document.body),
  };
}
