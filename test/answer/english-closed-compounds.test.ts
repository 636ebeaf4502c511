import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a hailstorm's damage to crops, counted in 亩 and in 元.
const HAIL = `某县遭遇冰雹袭击
<p>5月20日下午，某县多个乡镇遭遇冰雹袭击，农作物受灾面积约1.2万亩。</p>
<p>种植户王建国说，他家有5亩西瓜受损，损失约2万元。</p>
<p>在相邻的村子，村民种植的30亩甘蔗几乎全部倒伏。</p>
<p>县农业农村局表示，将为受灾农户免费提供种苗。</p>`;

describe('an English question in words the dictionary writes apart, and in Chinese units', () => {
  const engine = engineFromArticles([parseArticle(HAIL, 'english-closed-compounds')]);

  it('reaches a two-word sense written as one word (sugarcane for "sugar cane")', () => {
    const answer = engine.ask('How much sugarcane was flattened?');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('30亩');
  });

  it('counts in mu as Chinese counts in 亩, and in jin as in 斤', () => {
    const answer = engine.ask('How many mu of land did Wang Jianguo lose?');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toBe('5亩');
    // The article weighs nothing: a count in 亩 is no weight.
    expect(engine.ask('How many jin of watermelon did Wang Jianguo lose?').abstained).toBe(true);
  });
});
