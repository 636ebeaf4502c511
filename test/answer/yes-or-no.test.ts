import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for these tests: a court report that says what the accused admitted, and nothing of an appeal.
const COURT = `某地一名会计挪用公款获刑
<p>本报讯 被告王某，38岁，案发时任职某物业公司会计，早前在区域法院承认两项盗窃罪。</p>
<p>法官李文判处被告监禁2年4个月。被告的妻子在庭外表示会继续还款。</p>`;

const engine = engineFromArticles([parseArticle(COURT, 'court')]);

describe('a yes-or-no question', () => {
  it('is refused when the article never writes what it asks of, naming that', () => {
    const reply = engine.ask('被告会不会提出上诉？');
    expect(reply.abstained).toBe(true);
    expect(reply.headline).toContain('上诉');
  });

  it('names the thing the article lacks, not the asking words', () => {
    const reply = engine.ask('被告的妻子有没有被起诉？');
    expect(reply.abstained).toBe(true);
    expect(reply.headline).toContain('起诉');
    expect(reply.headline).not.toContain('有没有');
  });

  it('is answered when the article writes it', () => {
    expect(engine.ask('被告有没有承认盗窃罪？').abstained).toBe(false);
  });
});
