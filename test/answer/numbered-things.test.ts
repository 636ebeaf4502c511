import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { prepareArticle } from '../../src/answer/reader/prepare.js';

// Written for this test: a metro line numbered with 号 (2号线), and the day it opened.
const METRO = `沐溪地铁2号线今日开通
<p>12月26日上午10时，沐溪地铁2号线正式开通运营。</p>
<p>沐溪市副市长易青禾在开通仪式上表示：“2号线开通后，从城东到城西只需35分钟。”</p>
<p>2号线全长21.4公里，共设车站17座，3号楼站于5号完工。</p>`;

describe('a thing numbered with 号', () => {
  it('is no day of the month: 2号线 and 3号楼 are not dates, 5号 still is', () => {
    const prepared = prepareArticle(parseArticle(METRO, 'metro'));
    const dated = prepared.sentences.flatMap((s) => s.tokens).filter((t) => t.tag === 't').map((t) => t.word);
    expect(dated).toContain('5号');
    expect(dated).not.toContain('2号');
    expect(dated).not.toContain('3号');
  });

  it('is not the answer when the line is asked when it opened', () => {
    const engine = engineFromArticles([parseArticle(METRO, 'metro')]);
    const reply = engine.ask('When did Line 2 open?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('12月26日');
  });
});
