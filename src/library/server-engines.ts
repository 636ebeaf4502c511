import type { Article } from '../article/types.js';
import type { Engine } from '../answer/engine.js';
import type { EngineRequest } from '../answer/question-articles.js';
import type { StoredArticle } from './store/types.js';

/** A guild id as the library keys it; `null` is a direct message or the terminal: the seeds alone. */
export type GuildKey = string | null;

/**
 * What one process keeps of the servers' articles, and the engines it answers their questions
 * with. Either every article of each server in memory and one engine over all of them per server
 * (whole-engines.ts: the embedded default), or only their ids and an engine over each question's
 * few candidates, fetched from the store when asked (candidate-engines.ts: with PostgreSQL). Each
 * engine is over the seeds and one server's articles only, never another server's.
 */
export interface ServerEngines {
  /**
   * Resolves once what the engine needs is at hand (the store's work, which may fail while it is
   * out of reach); calling the result gets the engine, built then, synchronously, unless kept.
   */
  prepare(guild: GuildKey, request: EngineRequest): Promise<() => Engine>;
  /** Whether a server keeps this article (the seeds are the library's). */
  has(guildId: string, id: string): boolean;
  /** The titles of the articles a server's questions are answered from, for /help. */
  titles(guild: GuildKey): string[];
  /** A server's stored articles as the store lists them now: at start, and after a change made elsewhere. */
  replace(guildId: string, stored: readonly StoredArticle[]): Promise<void>;
  /** The servers it keeps articles of. */
  servers(): string[];
  /** An article this process has just stored, as parsed. */
  added(guildId: string, stored: StoredArticle, article: Article): void;
  removed(guildId: string, id: string): void;
  /** The seeds were read again: nothing built over the old ones answers any more. */
  seedsChanged(): void;
  /** What is in memory now: servers' articles (each server's copy counted, the seeds apart) and engines. */
  held(): { articles: number; engines: number };
}
