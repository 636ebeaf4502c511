import type { Intent } from '../answer/types.js';

export type Vote = 'up' | 'down';

/** One member's 👍 or 👎 on one answer, as stored. */
export interface FeedbackRecord {
  vote: Vote;
  /** What the member asked, as typed. */
  question: string;
  /** The answer's id: the one its buttons carry. */
  answerId: string;
  intent: Intent;
  articleId: string;
  /** The server it was asked in; null in a direct message. */
  guildId: string | null;
  /** A hash of the member's id: enough to count one vote per member, not to name them. */
  member: string;
  /** ISO time of the vote. */
  at: string;
  /** What the member wrote under a 👎 ("what was wrong?"), when they wrote anything. */
  note?: string;
}

/** Every intent, as feedback may name one (a button's id carries it through a restart). */
export const FEEDBACK_INTENTS: Readonly<Record<Intent, true>> = {
  attendees: true, agreements: true, visits: true, when: true, where: true, role: true, said: true, topic: true, count: true, summary: true, free: true,
};

export function isIntent(value: string): value is Intent {
  return Object.hasOwn(FEEDBACK_INTENTS, value);
}

/**
 * Where votes are kept: files in the data directory (the default) or PostgreSQL when the bot has a
 * database. One vote per member and answer: voting again replaces the vote (and its note).
 */
export interface FeedbackStorage {
  add(record: FeedbackRecord): Promise<void>;
  /** Adds what the member wrote to their vote on an answer; false when they have no vote on it. */
  annotate(answerId: string, member: string, note: string): Promise<boolean>;
  /** Every vote kept, oldest first. */
  all(): Promise<FeedbackRecord[]>;
  close(): Promise<void>;
}
