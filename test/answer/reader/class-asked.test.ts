import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: one sentence naming two zones, of two classes that share their last character (区).
const engine = engineFromArticles([
  parseArticle(
    `两地深化合作\n<p>记者 周行</p>\n<p>会议要求，要规划建设南湖新城机场临空经济区，用好自贸区政策，建设综合保税区，推动更高水平的对外开放。</p>\n<p>双方还将加强人才交流。</p>`,
    'class-asked',
  ),
]);

describe('a question naming the class of its answer (什么经济区)', () => {
  it('is answered with the name ending with that class noun, not a likelier one of another class', () => {
    expect(engine.ask('要规划建设什么经济区？').direct).toBe('南湖新城机场临空经济区');
    expect(engine.ask('要建设什么保税区？').direct).toBe('综合保税区');
  });
});
