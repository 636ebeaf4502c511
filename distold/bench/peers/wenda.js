import { engineFromArticles } from '../../src/answer/load.js';
import { KnowledgeSnapshots } from '../../src/answer/snapshot.js';
import { SentenceIndex } from '../../src/search/sentence-index.js';
import { replyText } from '../../src/terminal/text.js';
/** The engine as the bot and the terminal use it; the reply carries what `--jsonl` prints, rendered as the terminal does. */
export const system = {
    name: 'wenda',
    label: 'wenda',
    build(articles, options = {}) {
        const snapshots = options.snapshotDir ? new KnowledgeSnapshots(options.snapshotDir) : undefined;
        const engine = engineFromArticles(articles, [], { snapshots });
        const { knowledge } = engine;
        return {
            sentenceIndex: knowledge.index instanceof SentenceIndex ? { build: knowledge.indexBuildMs, toJSON: () => knowledge.index.toJSON() } : undefined,
            ask(question) {
                const a = engine.ask(question);
                return { answer: replyText(a, engine.articles), direct: a.direct, abstained: a.abstained, passages: a.passages.map((p) => ({ text: p.text })), articleId: a.article.id };
            },
        };
    },
};
//# sourceMappingURL=wenda.js.map