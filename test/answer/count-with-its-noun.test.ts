import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a product launch that counts languages and cities, and a club that counts
// its titles, the noun after the count being the first word of a longer name.
const LAUNCH = `禺光科技发布新一代翻译耳机
<p>11月2日，禺光科技在杭州发布新一代翻译耳机，售价1299元。</p>
<p>新品支持实时翻译，可识别中、英、日等16种语言，延迟控制在1秒以内。</p>
<p>公司的线下体验店已覆盖全国42个城市，明年计划再开30家。</p>`;

const CLUB = `鄞川足球俱乐部庆祝建队三十周年
<p>鄞川足球俱乐部昨日举行建队三十周年庆典，俱乐部共有注册球员64名。</p>
<p>三十年来，球队共赢得3次全国联赛冠军和5次足协杯冠军。</p>
<p>俱乐部主席翁知遥表示，下赛季的目标是重返亚冠。</p>`;

describe('a count given with the noun the question counts', () => {
  const launch = engineFromArticles([parseArticle(LAUNCH, 'launch-count')]);
  const club = engineFromArticles([parseArticle(CLUB, 'club-count')]);

  it('says 16种语言 for 能翻几种语言', () => {
    const reply = launch.ask('实时翻译能翻几种语言？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('16种语言');
  });

  it('says 42个城市 for 覆盖了几个城市', () => {
    const reply = launch.ask('体验店覆盖了几个城市？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('42个城市');
  });

  it('keeps a count bare when the noun after it begins a longer name', () => {
    const reply = club.ask('球队赢得了几次全国联赛冠军？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('3次');
    expect(reply.direct).not.toContain('全国');
  });
});
