import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: the day a scheme was announced in one sentence, its period (自…起, 至…)
// in the next, which names none of the words a question about its start or end would use.
const SCHEME = `岚峰县启动家电以旧换新补贴
<p>5月6日，岚峰县人民政府新闻办公室举行新闻发布会，介绍了家电以旧换新补贴方案有关情况。</p>
<p>方案自6月1日起施行，有效期至11月30日，县财政为此安排资金800万元。</p>
<p>县商务局局长葛书远表示，补贴资金将按月分批投放。</p>`;

describe('the start or the end of a period asked', () => {
  const engine = engineFromArticles([parseArticle(SCHEME, 'scheme')]);

  it('gives the date written before 起 when the start is asked, not the day it was announced', () => {
    expect(engine.ask("When does Lanfeng's trade-in subsidy scheme start?").direct).toContain('6月1日');
  });

  it('gives the date written after 至 when the end is asked, in English as in Chinese', () => {
    expect(engine.ask("When does Lanfeng's trade-in subsidy scheme end?").direct).toContain('11月30日');
    expect(engine.ask('以旧换新补贴什么时候结束？').direct).toContain('11月30日');
  });
});
