import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { paragraphDocs, paragraphReply } from './types.js';
const require = createRequire(import.meta.url);
/**
 * lunr-languages' lunr.zh segments with `@node-rs/jieba` when it can require it, and otherwise
 * falls back to Intl.Segmenter plus bigrams. The project has nodejieba (same jieba dictionary,
 * same `cut(text, hmm)` call), so lunr.zh is loaded with a require that answers `@node-rs/jieba`
 * with nodejieba: lunr then does the same jieba work per question as wenda, as the issue means.
 */
function loadLunrZh() {
    const lunr = require('lunr');
    require('lunr-languages/lunr.stemmer.support.js')(lunr);
    const file = require.resolve('lunr-languages/lunr.zh.js');
    const requireWithJieba = (id) => (id === '@node-rs/jieba' ? require('nodejieba') : require(id));
    const module = { exports: {} };
    // The file is a UMD wrapper; run it as CommonJS with our require, as Node's own wrapper would.
    new Function('module', 'exports', 'require', readFileSync(file, 'utf8')).call(globalThis, module, module.exports, requireWithJieba);
    module.exports(lunr);
    return lunr;
}
let lunrZh;
export const system = {
    name: 'lunr-zh',
    label: 'lunr + lunr-languages zh (jieba)',
    build(articles) {
        const lunr = (lunrZh ??= loadLunrZh());
        const docs = paragraphDocs(articles);
        const index = lunr(function () {
            this.use(lunr.zh);
            this.ref('id');
            this.field('text');
            for (const doc of docs)
                this.add({ id: String(doc.id), text: doc.text });
        });
        return {
            ask(question) {
                // lunr's query-string parser splits on spaces only; lunr.zh's tokenizer is the documented way to cut Chinese.
                const terms = lunr.zh.tokenizer(question).map(String).filter((t) => t.trim());
                const best = terms.length ? index.query((q) => terms.forEach((t) => q.term(t)))[0] : undefined;
                return paragraphReply(best ? docs[Number(best.ref)] : undefined);
            },
        };
    },
};
//# sourceMappingURL=lunr-zh.js.map