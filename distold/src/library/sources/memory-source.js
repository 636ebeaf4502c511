import { foldArticle } from '../../answer/written.js';
import { TieredIndex } from '../../search/tiered-index.js';
/**
 * Articles this process holds anyway (the shared seeds, read from `seeds/` by every process) as a
 * source of candidates: all of them when they are no more than a question's share, as the engine
 * over everything would weigh them all; else the best by the article BM25 the store's index ranks
 * by, over an index built on the first question that needs it.
 */
export class MemorySource {
    held;
    index;
    byId;
    constructor(held) {
        this.held = held;
        this.byId = new Map(held.map((a) => [a.id, a]));
    }
    async candidates(terms, limit) {
        if (this.held.length <= limit || terms.length === 0)
            return this.held.slice(0, limit).map((a) => a.id);
        // Folded as the engine reads them: a question's 台湾 meets an article's 臺灣.
        this.index ??= TieredIndex.build(this.held.map(foldArticle));
        return this.index.candidates(terms, limit);
    }
    async articles(ids) {
        return ids.flatMap((id) => this.byId.get(id) ?? []);
    }
}
//# sourceMappingURL=memory-source.js.map