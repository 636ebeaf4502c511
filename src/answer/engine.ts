import type { Article } from '../article/types.js';
import type { Knowledge } from './knowledge.js';
import type { Answer, Intent, Language } from './types.js';

/**
 * The one answer engine. The slash commands, the mention handler and the terminal all call it;
 * it knows nothing about Discord or terminals.
 */
export interface Engine {
  /** Every article loaded, as its file writes it, in file order. */
  readonly articles: readonly Article[];
  /** Files in the seeds folder that could not be read, with the reason (one bad file never stops the others). */
  readonly skipped: readonly { file: string; reason: string }[];
  /**
   * Answer a free question in Chinese or English. Never throws on user input. The reply is in the
   * question's language unless `language` asks for one (a server's setting).
   */
  ask(question: string, options?: { articleId?: string; language?: Language }): Answer;
  /** Answer a fixed intent (the /attendees, /agreements, /visits, /summary commands). */
  answerIntent(intent: Intent, language: Language, options?: { articleId?: string }): Answer;
  /** Up to `limit` question suggestions for what the user has typed so far (autocomplete). */
  suggest(prefix: string, limit?: number): string[];
  /** What the engine knows of the articles (facts, names, the sentence index), for the tests and benchmarks that look inside. */
  readonly knowledge: Knowledge;
}

export interface EngineOptions {
  /** Folder of seed articles (default: `seeds/` beside package.json). */
  seedsDir?: string;
  /** Explicit article files; overrides `seedsDir`. */
  files?: string[];
}
