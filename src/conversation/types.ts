import type { Answer, FactKind, Intent, Language } from '../answer/types.js';

/** One thing an answer listed (a person, an agreement, a place), in the order the reply showed it. */
export interface ListedItem {
  text: string;
  kind: FactKind;
  paragraph: number;
  /** A person's post, as the article writes it. */
  detail?: string;
}

/** A sentence of an article, by paragraph and its place in it ("7.1"): what a reply showed. */
export type SentenceKey = `${number}.${number}`;

/**
 * Who 他们/they stands for: people by name, or one thing standing for a group (护士, "the
 * nurses", a company or a side), written as it will be put in the question.
 */
export interface Group {
  kind: 'people' | 'thing';
  members: string[];
}

/**
 * What a conversation remembers of its last exchange: enough to read the next question against it
 * (who "he" is, what "the second one" is, what was already shown), and nothing of where it was asked.
 */
export interface Exchange {
  /** The question as the engine was asked it: self-contained, pronouns and ellipsis already resolved. */
  question: string;
  language: Language;
  articleId: string;
  intent: Intent;
  /** The people the exchange was about, most salient first, in the article's spelling. */
  people: string[];
  /** Who 他们/they stands for, when the exchange named a group. */
  group?: Group;
  /** What the answer listed, in its order. */
  items: ListedItem[];
  /** Sentences the replies so far quoted or cited. */
  shown: SentenceKey[];
  /** The short answer given, as the article writes it: what "the other one" asks past. */
  direct?: string;
}

/** How a question was read against the last exchange; `new` when it stands alone. */
export type Reading =
  | { kind: 'new' }
  /** A pronoun stood for this person. */
  | { kind: 'person'; name: string }
  /** 他们/they stood for this group. */
  | { kind: 'group'; group: Group }
  /** An ellipsis ("和上海呢？", "what about Shanghai?"): the last question asked again about something else. */
  | { kind: 'rephrased'; question: string }
  /** "The second one?": an item of the last answer's list. */
  | { kind: 'item'; position: number; item: ListedItem }
  /** "What else?", "还有呢？": the last question again, without what was already shown. */
  | { kind: 'more' };

/** A question answered in a conversation: the answer, how the question was read, and the exchange to remember. */
export interface Turn {
  answer: Answer;
  reading: Reading;
  /** What the reply says it understood ("关于张三", "About Zhang San"), in the answer's language; absent for a new question. */
  understood?: string;
  exchange: Exchange;
}
