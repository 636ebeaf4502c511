import { buildMiniSearchPeer } from './minisearch-peer.js';
/** MiniSearch as installed: its default tokenizer splits on spaces and punctuation, so a Chinese clause is one term. */
export const system = {
    name: 'minisearch',
    label: 'MiniSearch (default tokenizer)',
    build: (articles) => buildMiniSearchPeer(articles),
};
//# sourceMappingURL=minisearch-default.js.map