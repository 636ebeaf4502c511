export { extractArticle } from './extract.js';
export { toArticleFile } from './article-file.js';
export { ExtractionError, type ExtractedPage, type ExtractionFailure } from './types.js';
