import MiniSearch from 'minisearch';
import { paragraphDocs, paragraphReply } from './types.js';
/** MiniSearch over paragraphs with a given tokenizer (and its defaults otherwise): the answer is the top hit. */
export function buildMiniSearchPeer(articles, tokenize) {
    const docs = paragraphDocs(articles);
    const index = new MiniSearch({ fields: ['text'], ...(tokenize ? { tokenize } : {}) });
    index.addAll(docs);
    return {
        index,
        ask(question) {
            const best = index.search(question)[0];
            return paragraphReply(best ? docs[best.id] : undefined);
        },
    };
}
//# sourceMappingURL=minisearch-peer.js.map