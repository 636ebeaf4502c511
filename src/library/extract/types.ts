/** A news article read out of a whole fetched page, before it is written as a wenda article file. */
export interface ExtractedPage {
  /** The headline, without a site-name suffix such as `_新浪新闻`. */
  title: string;
  /**
   * Publication date as ISO `YYYY-MM-DD`: the publisher's own calendar day, not converted to UTC.
   * Absent when the page gives no date with a year (a bare `9月26日` dateline stays in the text).
   */
  date?: string;
  /** The author line as the page's metadata or byline element gives it. */
  byline?: string;
  /** The publisher's name, from the page's metadata or the suffix cut off its title. */
  siteName?: string;
  /**
   * The body as one `<p>` of escaped text per paragraph, newline-separated. Nothing of the page's own
   * markup survives (no links, images, attributes or scripts): the page is untrusted input.
   */
  html: string;
  /** The paragraphs as plain text, one per line, in reading order. */
  text: string;
  /** How many paragraphs `html` and `text` hold. */
  paragraphs: number;
}

/** Why a page gave no article. */
export type ExtractionFailure =
  /** Too little body text: a section front, a login or paywall page, an error page. */
  | 'no-article'
  /** Body text but no headline anywhere on the page (no og:title, `<h1>` or `<title>`). */
  | 'no-title'
  /** Markup nested so deep, or so much text so deeply, that reading it would stall the bot. */
  | 'too-complex';

/** A page that is not a readable article; the message can be shown to an admin as it is. */
export class ExtractionError extends Error {
  override name = 'ExtractionError';

  constructor(
    readonly reason: ExtractionFailure,
    message: string,
    /** The page's address, when the caller gave one. */
    readonly url?: string,
  ) {
    super(message);
  }
}
