import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test (name invented): an official whose Uyghur name is written with a middle dot.
const COTTON = `沐溪县棉花采收过半
<p>该局副局长买买提江·吐尔逊介绍，今年全县投入采棉机870台，机采率约九成。</p>`;

describe('a person whose name is written with a middle dot, in characters no foreign name uses', () => {
  it('gives the post written before the name', () => {
    const engine = engineFromArticles([parseArticle(COTTON, 'dotted-name')]);
    const reply = engine.ask('买买提江·吐尔逊担任什么职务？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('副局长');
  });
});
