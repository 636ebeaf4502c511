import type { WeightedTerm } from '../../search/types.js';

/**
 * The article library's storage, as the bot sees it. Nothing here names a file or a directory:
 * the on-disk store (`file-store.ts`) is one implementation, a database can be another.
 */

/** Where a stored article came from and who brought it. */
export interface StoredArticleSource {
  readonly kind: 'url' | 'file';
  /** The URL, or the name of the uploaded file. */
  readonly value: string;
  /** The Discord id of the member who loaded it. */
  readonly loadedBy: string;
  /** ISO 8601 time of the load, e.g. `2026-12-01T08:30:00.000Z`; lists are ordered by it. */
  readonly loadedAt: string;
}

/**
 * One article a server keeps. The objects the store hands out are frozen: they are its own
 * records, shared with every other caller.
 */
export interface StoredArticle {
  /** 16 hex digits of the SHA-256 of the article file: the same text loaded twice has one id. */
  readonly id: string;
  readonly guildId: string;
  readonly title: string;
  readonly date?: string;
  /** How many paragraphs the parsed article has, for listings. */
  readonly paragraphs: number;
  readonly source: StoredArticleSource;
}

/** What the caller knows about an article; the store adds `id` and `guildId`. */
export type StoredArticleMeta = Omit<StoredArticle, 'id' | 'guildId'>;

/** An article to store. */
export interface NewArticle {
  /** wenda's article format: the title on the first line, then the HTML. Its hash is the id. */
  articleFile: string;
  /** The page as fetched, kept so a better extractor can read it again later. */
  rawHtml?: string;
  /** The parsed `Article`; anything `JSON.stringify` can write. */
  parsed: unknown;
  meta: StoredArticleMeta;
}

export interface AddResult {
  /** The stored record: the new one, or the one already kept when `added` is false. */
  article: StoredArticle;
  /** False when this server already kept the same text; nothing was written then. */
  added: boolean;
}

export interface ArticleContent {
  article: StoredArticle;
  articleFile: string;
  parsed: unknown;
}

/** A stored record the store could not read: reported, skipped, and the rest still served. */
export interface StoreProblem {
  /** Which record: for the file store, the absolute path of the file or directory. */
  file: string;
  reason: string;
}

export interface GuildArticles {
  guildId: string;
  /** Newest first. */
  articles: StoredArticle[];
}

/**
 * Every method is scoped to one guild: no argument can reach another guild's articles. Guild,
 * channel and member ids that are not Discord ids are refused with a `StoreInputError`; an
 * article id that is not one (a user typed it) is simply not found.
 */
export interface ArticleStore {
  /**
   * Stores an article, or returns the one already kept with the same text. Throws a
   * `StoreLimitError` when the server is full or the member has loaded too many this hour.
   */
  add(guildId: string, article: NewArticle): Promise<AddResult>;
  /**
   * Throws the `StoreLimitError` that `add` would throw for this member now, so a command can
   * refuse before it spends a fetch; `add` checks again.
   */
  checkLimits(guildId: string, memberId: string): Promise<void>;
  /** Newest first. */
  list(guildId: string): Promise<StoredArticle[]>;
  get(guildId: string, articleId: string): Promise<ArticleContent | undefined>;
  /** False when this guild has no such article. Channel defaults naming it are cleared. */
  remove(guildId: string, articleId: string): Promise<boolean>;
  /** Every guild that keeps at least one article, for building the indexes at start. */
  all(): Promise<GuildArticles[]>;
  /** `undefined` clears it. Throws a `StoreInputError` for an article this guild does not keep. */
  setChannelDefault(guildId: string, channelId: string, articleId: string | undefined): Promise<void>;
  /** The channel's default article, if it is set and still kept. */
  channelDefault(guildId: string, channelId: string): Promise<string | undefined>;
  /** Records found unreadable so far, each once. */
  readonly problems: readonly StoreProblem[];
}

/**
 * A store's own index of its articles' sentences (PostgreSQL's passage index), searched where the
 * articles are kept, so that a process reads only the few articles a question may be answered from.
 */
export interface CandidateIndex {
  /** The articles of these guilds most likely to hold the answer to a question searched under the terms, best first, at most `limit`. */
  candidates(guildIds: readonly string[], terms: readonly WeightedTerm[], limit: number): Promise<string[]>;
}

/** What changed in one server's library: an article loaded or removed, or a channel's default set. */
export interface LibraryChange {
  guildId: string;
  /** The article loaded, removed or made a channel's default; absent when a default was cleared. */
  articleId?: string;
  kind: 'load' | 'remove' | 'use';
}

export interface ChangeListener {
  /** A change any process made to the shared store, once it is committed. */
  change(change: LibraryChange): void;
  /** Changes may have been missed (the feed was disconnected): everything should be read again. */
  resync(): void;
}

/**
 * Changes made to a store shared by several processes (shards, machines), told to each of them.
 * A store only one process writes has none: that process already knows every change.
 */
export interface ChangeFeed {
  /** Returns the function that stops telling `listener`. */
  subscribe(listener: ChangeListener): () => void;
}
