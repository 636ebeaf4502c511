export { extractArticle } from './extract.js';
export { extractInWorker } from './in-worker.js';
export { toArticleFile } from './article-file.js';
export { ExtractionError, type ExtractedPage, type ExtractionFailure } from './types.js';
