import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a wire report and the same report with no dateline.
const WIRE = `青岚工程通过验收
<p>新华社太原3月9日电 青岚工程9日通过竣工验收。</p>
<p>工程历时三年，总投资12亿元。</p>`;
const PLAIN = `青岚工程通过验收
<p>青岚工程9日通过竣工验收。</p>`;

describe('where a report was filed', () => {
  const engine = engineFromArticles([parseArticle(WIRE, 'filed-from')]);

  it('answers with the place of its wire dateline, in either language', () => {
    expect(engine.ask('这条消息是在哪里发出的？').direct).toBe('太原');
    const english = engine.ask('Where was the report filed?');
    expect(english.direct).toBe('太原');
    expect(english.headline).toContain('Filed from');
  });

  it('leaves a report with no dateline to the reader, which does not make a place up', () => {
    const plain = engineFromArticles([parseArticle(PLAIN, 'no-dateline')]);
    expect(plain.ask('这条消息是在哪里发出的？').direct).not.toBe('太原');
  });
});
