import nodejieba from 'nodejieba';
import { buildMiniSearchPeer } from './minisearch-peer.js';
const WORD = /[\p{L}\p{N}]/u;
/** jieba's search-mode cut, punctuation dropped: the obvious upgrade a Chinese user would make. */
function jiebaTerms(text) {
    return nodejieba.cutForSearch(text).filter((w) => WORD.test(w));
}
export const system = {
    name: 'minisearch-jieba',
    label: 'MiniSearch + nodejieba cutForSearch',
    build: (articles) => buildMiniSearchPeer(articles, jiebaTerms),
};
//# sourceMappingURL=minisearch-jieba.js.map