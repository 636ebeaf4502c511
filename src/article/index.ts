export { ArticleError, type Article, type Paragraph } from './types.js';
export { parseArticle } from './parse.js';
export { splitSentences } from './sentences.js';
export { decodeArticleBytes } from './decode.js';
export { loadArticleFile, loadArticles, MAX_ARTICLE_BYTES, type LoadedArticles } from './load.js';
