import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: three tickets' prices listed together (分别为80元、120元和60元).
const NIGHT_TOUR = `某景区推出夜游项目
<p>某古镇景区10月1日起推出夜游项目，游船、演出和灯光秀三项门票分别为80元、120元和60元。</p>
<p>景区负责人介绍，夜游每晚19时开始，持续约3小时，预计每晚可接待游客5000人次。</p>`;

describe('the least or the greatest of figures listed together (最便宜, 最贵)', () => {
  const engine = engineFromArticles([parseArticle(NIGHT_TOUR, 'extreme-listed')]);

  it('is the least or the greatest of them, not the first the ranker liked', () => {
    expect(engine.ask('夜游项目里最便宜的门票多少钱？').direct).toBe('60元');
    expect(engine.ask('最贵的一项门票要多少钱？').direct).toBe('120元');
  });

  it('leaves a figure asked without an extreme to the reader', () => {
    expect(engine.ask('夜游每晚可以接待多少游客？').direct).toContain('5000人次');
  });
});
