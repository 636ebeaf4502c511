export { ArticleError } from './types.js';
export { parseArticle } from './parse.js';
export { splitSentences } from './sentences.js';
export { decodeArticleBytes } from './decode.js';
export { loadArticleFile, loadArticles, MAX_ARTICLE_BYTES } from './load.js';
//# sourceMappingURL=index.js.map