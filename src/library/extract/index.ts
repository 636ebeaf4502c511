export { extractArticle } from './extract.js';
export { extractInWorker, EXTRACT_TIMEOUT_MS } from './in-worker.js';
export { toArticleFile } from './article-file.js';
export { ExtractionError, type ExtractedPage, type ExtractionFailure } from './types.js';
