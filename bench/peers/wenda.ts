import { engineFromArticles } from '../../src/answer/load.js';
import type { System } from './types.js';

/** The engine as the bot and the terminal use it; the reply carries what `--jsonl` prints. */
export const system: System = {
  name: 'wenda',
  label: 'wenda',
  build(articles) {
    const engine = engineFromArticles(articles);
    const { knowledge } = engine;
    return {
      sentenceIndex: { build: knowledge.indexBuildMs, toJSON: () => knowledge.index.toJSON() },
      ask(question) {
        const a = engine.ask(question);
        return { answer: a.text, direct: a.direct, abstained: a.abstained, passages: a.passages.map((p) => ({ text: p.text })) };
      },
    };
  },
};
