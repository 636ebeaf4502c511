import nodejieba from 'nodejieba';
import type { System } from './types.js';
import { buildMiniSearchPeer } from './minisearch-peer.js';

const WORD = /[\p{L}\p{N}]/u;

/** jieba's search-mode cut, punctuation dropped: the obvious upgrade a Chinese user would make. */
function jiebaTerms(text: string): string[] {
  return nodejieba.cutForSearch(text).filter((w) => WORD.test(w));
}

export const system: System = {
  name: 'minisearch-jieba',
  label: 'MiniSearch + nodejieba cutForSearch',
  build: (articles) => buildMiniSearchPeer(articles, jiebaTerms),
};
