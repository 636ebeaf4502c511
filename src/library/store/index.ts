export type {
  AddResult,
  ArticleContent,
  ArticleStore,
  ChangeFeed,
  ChangeListener,
  GuildArticles,
  LibraryChange,
  NewArticle,
  StoreProblem,
  StoredArticle,
  StoredArticleMeta,
  StoredArticleSource,
} from './types.js';
export { StoreInputError, StoreLimitError, StoreOpenError, StoreUnavailableError, type StoreLimit } from './errors.js';
export { FileArticleStore } from './file-store.js';
export { STORE_DEFAULTS, dataDirFromEnv, storeLimitsFromEnv, type FileStoreOptions } from './options.js';
export { articleIdOf, isArticleId, normaliseArticleId } from './ids.js';
export { snapshotsDir } from './layout.js';
