import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { System } from './types.js';
import { paragraphDocs, paragraphReply } from './types.js';

const require = createRequire(import.meta.url);

/** The little of lunr 2's API this peer uses (the package ships no types). */
interface LunrToken {
  toString(): string;
}
interface LunrQuery {
  term(term: string, options?: object): LunrQuery;
}
interface LunrIndex {
  query(fn: (q: LunrQuery) => void): { ref: string; score: number }[];
}
interface LunrBuilder {
  use(plugin: unknown): void;
  ref(name: string): void;
  field(name: string): void;
  add(doc: object): void;
}
interface Lunr {
  (config: (this: LunrBuilder, builder: LunrBuilder) => void): LunrIndex;
  zh: { tokenizer(text: string): LunrToken[] };
}

/**
 * lunr-languages' lunr.zh segments with `@node-rs/jieba` when it can require it, and otherwise
 * falls back to Intl.Segmenter plus bigrams. The project has nodejieba (same jieba dictionary,
 * same `cut(text, hmm)` call), so lunr.zh is loaded with a require that answers `@node-rs/jieba`
 * with nodejieba: lunr then does the same jieba work per question as wenda, as the issue means.
 */
function loadLunrZh(): Lunr {
  const lunr = require('lunr') as Lunr;
  (require('lunr-languages/lunr.stemmer.support.js') as (l: Lunr) => void)(lunr);
  const file = require.resolve('lunr-languages/lunr.zh.js');
  const requireWithJieba = (id: string): unknown => (id === '@node-rs/jieba' ? require('nodejieba') : require(id));
  const module = { exports: {} as unknown };
  // The file is a UMD wrapper; run it as CommonJS with our require, as Node's own wrapper would.
  new Function('module', 'exports', 'require', readFileSync(file, 'utf8')).call(globalThis, module, module.exports, requireWithJieba);
  (module.exports as (l: Lunr) => void)(lunr);
  return lunr;
}

let lunrZh: Lunr | undefined;

export const system: System = {
  name: 'lunr-zh',
  label: 'lunr + lunr-languages zh (jieba)',
  build(articles) {
    const lunr = (lunrZh ??= loadLunrZh());
    const docs = paragraphDocs(articles);
    const index = lunr(function () {
      this.use((lunr as unknown as { zh: unknown }).zh);
      this.ref('id');
      this.field('text');
      for (const doc of docs) this.add({ id: String(doc.id), text: doc.text });
    });
    return {
      ask(question) {
        // lunr's query-string parser splits on spaces only; lunr.zh's tokenizer is the documented way to cut Chinese.
        const terms = lunr.zh.tokenizer(question).map(String).filter((t) => t.trim());
        const best = terms.length ? index.query((q) => terms.forEach((t) => q.term(t))) [0] : undefined;
        return paragraphReply(best ? docs[Number(best.ref)] : undefined);
      },
    };
  },
};
