import { createEngine } from '../../src/answer/index.js';
import { buildKnowledge } from '../../src/answer/knowledge.js';
import type { System } from './types.js';

/** The engine as the bot and the terminal use it; the reply carries what `--jsonl` prints. */
export const system: System = {
  name: 'wenda',
  label: 'wenda',
  build(articles) {
    const knowledge = buildKnowledge(articles);
    const engine = createEngine(knowledge);
    return {
      sentenceIndex: { build: knowledge.indexBuildMs, toJSON: () => knowledge.index.toJSON() },
      ask(question) {
        const a = engine.ask(question);
        return { answer: a.text, direct: a.direct, abstained: a.abstained, passages: a.passages.map((p) => ({ text: p.text })) };
      },
    };
  },
};
