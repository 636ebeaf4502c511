export { StoreInputError, StoreLimitError, StoreOpenError, StoreUnavailableError } from './errors.js';
export { FileArticleStore } from './file-store.js';
export { STORE_DEFAULTS, dataDirFromEnv, storeLimitsFromEnv } from './options.js';
export { articleIdOf, isArticleId, normaliseArticleId } from './ids.js';
export { snapshotsDir } from './layout.js';
//# sourceMappingURL=index.js.map