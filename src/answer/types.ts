import type { Article } from '../article/types.js';

export type Intent =
  | 'attendees'
  | 'agreements'
  | 'visits'
  | 'when'
  | 'where'
  | 'role'
  | 'said'
  | 'topic'
  | 'count'
  | 'summary'
  | 'free';

/** The language a reply is written in: the question's. Quotations stay in the article's Chinese. */
export type Language = 'zh' | 'en';

export interface Question {
  /** What the user typed, unchanged (for logs, never echoed unescaped). */
  raw: string;
  /** Cleaned text: control and invisible characters removed, full-width folded, traditional → simplified (Discord markup is removed before, on the Discord side). */
  text: string;
  language: Language;
  intent: Intent;
  /** A person or thing the question is about, in the article's own words (e.g. a name). */
  subject?: string;
  /** Search terms in the article's vocabulary, English words already mapped to Chinese. */
  terms: string[];
}

export type FactKind = 'person' | 'agreement' | 'place' | 'date' | 'statement' | 'count' | 'event';

/** One thing the article states, extracted from its language, with where it stands. */
export interface Fact {
  kind: FactKind;
  /** The fact in the article's words: a name, an agreement's title, a date, a quotation. */
  text: string;
  /** Paragraph the fact comes from (¶n). */
  paragraph: number;
  /** A person's post as written (市委常委、副市长), a count's unit, a statement's speaker. */
  detail?: string;
  /** For people: which group the article puts them in (e.g. 座谈 vs 参加). */
  group?: string;
  /** English help for an English reader: pinyin of a name, a dictionary gloss of a post. */
  gloss?: string;
  /** English gloss of `detail`, when the dictionary has one. */
  detailGloss?: string;
}

/** A piece of the article cited as evidence. */
export interface Passage {
  articleId: string;
  paragraph: number;
  /** The last paragraph, when the quotation runs on over a paragraph break (¶3–4); absent for one paragraph. */
  through?: number;
  text: string;
  score: number;
  /** Article words the question matched, for highlighting. */
  matched: string[];
}

export interface Answer {
  question: Question;
  intent: Intent;
  language: Language;
  /** One line that answers, in the question's language. */
  headline: string;
  /** The short answer itself (names, a post, a date, a list), or '' when the answer is passages. */
  direct: string;
  facts: Fact[];
  /** 1–3 cited passages, best first. */
  passages: Passage[];
  abstained: boolean;
  /** The article answered from. */
  article: Pick<Article, 'id' | 'title' | 'date'>;
}
