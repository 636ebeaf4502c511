import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { namesBeforeTitles } from '../../src/answer/facts/people.js';

// Written for this test: a lab's result credited to a professor named before his title, a given
// name jieba reads as a verb (启航).
const ARTICLE = `某大学研制出新型保温涂料
<p>记者从北岭理工大学获悉，该校材料学院温启航教授团队研制出一种新型保温涂料，可使室内温度提高3摄氏度。</p>
<p>温启航介绍，这种涂料以农作物秸秆为原料，成本比同类产品低约三成。</p>
<p>该成果已在两家企业试用。</p>`;

describe('a name written before a title', () => {
  const article = parseArticle(ARTICLE, 'name-before-title');
  const engine = engineFromArticles([article]);

  it('is read whole, however jieba cuts it', () => {
    expect(namesBeforeTitles(article)).toContain('温启航');
  });

  it('answers who led the team with the whole name, not a piece of the institute', () => {
    const answer = engine.ask('这种保温涂料是哪位教授的团队研制的？');
    expect(answer.direct).toContain('温启航');
    expect(answer.direct).not.toMatch(/学院温$/u);
  });
});
