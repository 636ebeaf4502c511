import { buildMiniSearchPeer } from './minisearch-peer.js';
/** ICU's dictionary word breaker, built into Node: no native module, no dictionary to load. */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
function segmenterTerms(text) {
    const terms = [];
    for (const s of segmenter.segment(text))
        if (s.isWordLike)
            terms.push(s.segment);
    return terms;
}
export const system = {
    name: 'minisearch-intl',
    label: 'MiniSearch + Intl.Segmenter',
    build: (articles) => buildMiniSearchPeer(articles, segmenterTerms),
};
//# sourceMappingURL=minisearch-intl.js.map