import { Charset, Index } from 'flexsearch';
import { paragraphDocs, paragraphReply } from './types.js';
/**
 * FlexSearch 0.8 with its CJK charset, which indexes single characters. `suggest` lets a question
 * match on some of its characters; without it every character must be in the paragraph and
 * almost every question finds nothing.
 */
export const system = {
    name: 'flexsearch',
    label: 'FlexSearch (CJK charset)',
    build(articles) {
        const docs = paragraphDocs(articles);
        const index = new Index({ encoder: Charset.CJK });
        for (const doc of docs)
            index.add(doc.id, doc.text);
        return {
            ask(question) {
                const best = index.search(question, { suggest: true, limit: 1 })[0];
                return paragraphReply(best === undefined ? undefined : docs[Number(best)]);
            },
        };
    },
};
//# sourceMappingURL=flexsearch-cjk.js.map