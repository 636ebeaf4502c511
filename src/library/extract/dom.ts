// linkedom rather than jsdom: Readability needs only a DOM tree to walk, not layout, scripts or a
// browser environment, and linkedom builds one on htmlparser2 (which cheerio already brings) in a
// fraction of jsdom's time and install size.
import { parseHTML } from 'linkedom';

/**
 * The members of linkedom's elements this folder uses. wenda compiles without TypeScript's DOM
 * library (it is a Node program), so the `Document` and `Window` types that linkedom's and
 * Readability's declarations name do not resolve here; these interfaces state what we rely on.
 */
export interface PageNode {
  /** 1 for an element, 3 for text, as in the DOM. */
  readonly nodeType: number;
  /** The tag name in capitals for an element (`SCRIPT`), `#text` for text. */
  readonly nodeName: string;
  readonly firstChild: PageNode | null;
  readonly nextSibling: PageNode | null;
  readonly parentNode: PageNode | null;
  readonly textContent: string | null;
}

export interface PageElement extends PageNode {
  readonly tagName: string;
  readonly innerHTML: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selectors: string): Iterable<PageElement>;
  closest(selectors: string): PageElement | null;
  remove(): void;
}

export interface PageDocument {
  readonly body: PageElement | null;
  querySelector(selectors: string): PageElement | null;
  querySelectorAll(selectors: string): Iterable<PageElement>;
}

const BODY_TAG = /<body[\s>]/i;
const HEAD_END = /<\/head\s*>/i;

/**
 * A browser makes a `<body>` when a page leaves the tag out (HTML allows that); linkedom does not,
 * and puts the content where Readability never looks. So a page without one gets one: after
 * `</head>` when there is a head, else around everything.
 */
function withBody(html: string): string {
  if (BODY_TAG.test(html)) return html;
  const headEnd = HEAD_END.exec(html);
  if (headEnd === null) return `<html><body>${html}</body></html>`;
  const cut = headEnd.index + headEnd[0].length;
  return `${html.slice(0, cut)}<body>${html.slice(cut)}</body>`;
}

/** Parses a whole page into a DOM that Readability can read and rewrite. */
export function parsePage(html: string): PageDocument {
  const { document } = parseHTML(withBody(html)) as unknown as { document: PageDocument };
  return document;
}
