export { extractArticle } from './extract.js';
export { extractInWorker } from './in-worker.js';
export { toArticleFile } from './article-file.js';
export { ExtractionError } from './types.js';
//# sourceMappingURL=index.js.map