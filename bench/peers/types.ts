import type { Article } from '../../src/article/index.js';
import type { Reply } from '../score.js';

/** A built index (or engine) that answers one question at a time. */
export interface Answerer {
  ask(question: string): Reply;
  /** wenda only: its sentence index and how long that took to build, for the serialized-index columns. */
  sentenceIndex?: { build: number; toJSON(): unknown };
}

/** One system under test: wenda, or what a user would pick instead. */
export interface System {
  /** Short key used on the command line and in child processes. */
  name: string;
  /** How the tables name it. */
  label: string;
  /** `snapshotDir`: wenda only, where the build keeps its knowledge snapshot, as the bot's library does. */
  build(articles: readonly Article[], options?: { snapshotDir?: string }): Answerer;
}

/** A paragraph as the peers index it: they know nothing of sentences, facts or questions. */
export interface ParagraphDoc {
  id: number;
  text: string;
}

export function paragraphDocs(articles: readonly Article[]): ParagraphDoc[] {
  const docs: ParagraphDoc[] = [];
  for (const article of articles) for (const p of article.paragraphs) docs.push({ id: docs.length, text: p.text });
  return docs;
}

/** A peer's reply: its best paragraph is both the answer and the first passage; it never abstains. */
export function paragraphReply(doc: ParagraphDoc | undefined): Reply {
  const text = doc?.text ?? '';
  return { answer: text, direct: '', abstained: false, passages: doc ? [{ text }] : [] };
}
