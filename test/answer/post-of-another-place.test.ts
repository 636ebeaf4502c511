import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a national official tours two provinces; the only local official named
// holds a national post first and his province's post second.
const ARTICLE = `林峰在东川、西岭调研
<p>新华社西岭4月2日电 国务委员林峰1日至2日在东川、西岭调研。</p>
<p>国务院委员会委员、西岭省委书记赵明出席有关活动。</p>
<p>林峰考察了东川的农场和西岭的工厂。</p>`;

describe('a post asked of one place is not answered with the holder of another place', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'post-of-another-place')]);

  it('names the holder when the place is his, whichever of his posts names it', () => {
    expect(engine.ask('西岭省委书记是谁？').direct).toContain('赵明');
  });

  it('refuses the same post of the other place, in Chinese and in English', () => {
    const zh = engine.ask('东川省委书记是谁？');
    expect(zh.abstained).toBe(true);
    expect(zh.direct).not.toContain('赵明');
    expect(zh.headline).toContain('东川');
    const en = engine.ask('Who is the party secretary of Dongchuan?');
    expect(en.abstained).toBe(true);
    expect(en.headline).not.toContain('赵明');
  });
});

describe('"X看望了哪些人" asks whom X acted on, not who took part', () => {
  // Written for this test: the visit's people are listed, and so are the people visited.
  const VISIT = `林峰在东川调研
<p>国务委员林峰在东川调研，东川省委书记赵明陪同。</p>
<p>林峰看望慰问了一线医护人员和社区工作人员。</p>`;
  const engine = engineFromArticles([parseArticle(VISIT, 'visited-people')]);

  it('answers with those visited, not with the officials present', () => {
    const answer = engine.ask('林峰看望慰问了哪些人？');
    expect(answer.direct).toContain('医护人员');
    expect(answer.direct).not.toContain('赵明');
  });

  it('still lists who took part when the question asks that', () => {
    expect(engine.ask('哪些人陪同调研？').direct).toContain('赵明');
  });
});
