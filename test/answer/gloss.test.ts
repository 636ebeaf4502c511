import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { glossChinese } from '../../src/answer/gloss.js';

// Written for this test: a river whose name the dictionary lacks, though it has a word its name ends with (白河),
// and a university's head, whose 大学 the dictionary also gives as a classic's title.
const ARTICLE = `两地联合治理河流
<p>两地将协调推进潮白河综合治理与生态修复，省委副书记和岚峰大学校长出席了签约仪式。</p>`;

describe('the English gloss of a Chinese answer', () => {
  const { lexicon } = engineFromArticles([parseArticle(ARTICLE, 'gloss')]).knowledge;

  it('romanises a place name the dictionary lacks whole, not as the place its last characters name', () => {
    const gloss = glossChinese('潮白河', lexicon);
    expect(gloss).toBe('Chaobaihe');
  });

  it('still glosses a post word by word', () => {
    expect(glossChinese('省委副书记', lexicon)).toMatch(/deputy secretary/i);
  });

  it('glosses a university as one, not as the classic that shares its characters (the Great Learning)', () => {
    const gloss = glossChinese('岚峰大学校长', lexicon) ?? '';
    expect(gloss).toMatch(/university/i);
    expect(gloss).not.toMatch(/Great Learning/);
  });
});
