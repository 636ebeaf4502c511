/** One block of the article's body, numbered from 1 as a reader counts them (¶n). */
export interface Paragraph {
  n: number;
  text: string;
  /** The paragraph cut at 。！？； with closing quotes kept on their sentence. */
  sentences: string[];
}

/** A news article as the rest of the program sees it: plain text, no markup. */
export interface Article {
  /** Stable id: the seed file's name without its extension. */
  id: string;
  /** Path the article was read from, for error messages and citations. */
  file?: string;
  title: string;
  /** A leading 原标题 line, without the 原标题： label. */
  subtitle?: string;
  /** Dateline as written in the text (e.g. 5月8日), when the article gives one. */
  date?: string;
  /** Authors from a trailing parenthesised byline such as (记者甲 记者乙). */
  byline?: string[];
  /** Editor named by a 责任编辑 line, which is not part of the body. */
  editor?: string;
  paragraphs: Paragraph[];
}

/** Why an article could not be read; names the file so an operator can act on it. */
export class ArticleError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ArticleError';
  }
}
