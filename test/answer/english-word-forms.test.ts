import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { englishWords, stem } from '../../src/language/english.js';

// Written for this test: a co-operative that fires celadon at a kiln the article names only with
// the one character 窑 (棠溪窑, 窑址: words no dictionary holds).
const KILN = `棠溪窑合作社恢复烧制青瓷
<p>棠溪镇的棠溪窑合作社成立于2016年5月，目前有社员42户。</p>
<p>合作社理事长卓明川介绍，今年共烧制青瓷1.2万件，销售收入达380万元。</p>
<p>他说，明年计划在老窑址旁新建展示馆，预计投资150万元。</p>`;

// Written for this test: a company whose English name is "Lanfeng Intelligent Manufacturing", which
// the article writes its own way (岚峰智造).
const COMPANY = `岚峰智造发布三季度业绩
<p>岚峰智造10月28日晚间披露三季度报告，公司主营智能家居产品。</p>
<p>报告显示，公司第三季度实现营业收入12.6亿元，同比增长8.4%。</p>`;

describe('English words as people type them', () => {
  const kiln = engineFromArticles([parseArticle(KILN, 'kiln')]);

  it('cuts a contraction from its word, so "I\'ve" is no word the article lacks', () => {
    expect(englishWords("I've heard they don't")).toEqual(['i', 've', 'heard', 'they', 'do', 'not']);
    const reply = kiln.ask("I've read about the co-op: how many member households does it have?");
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('42户');
  });

  it('reads a hyphened word whole: the co of co-op is no name the article lacks', () => {
    const reply = kiln.ask('When was the co-op set up?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('2016年5月');
  });

  it('reaches a thing the article names in one character (kiln: 窑), in a name too', () => {
    const reply = kiln.ask('How much will be invested in the new hall beside the old Tangxi Kiln site?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('150万元');
  });
});

describe('a company named in English by words the article writes its own way', () => {
  const company = engineFromArticles([parseArticle(COMPANY, 'company')]);

  it('answers for the name the article reports on, part of whose description it writes (智能)', () => {
    const reply = company.ask("What was Lanfeng Intelligent Manufacturing's revenue in the third quarter?");
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('12.6亿元');
  });

  it('still refuses a name whose only description the article writes in no way (a cloud unit)', () => {
    const reply = company.ask("What was Lanfeng Cloud's revenue in the third quarter?");
    expect(reply.abstained).toBe(true);
    expect(reply.headline).toContain('Cloud');
  });
});

describe('a word whose final s is no plural', () => {
  it('keeps it: news stems apart from new (so "new" reaches no 消息), in any case', () => {
    expect(stem('news')).not.toBe(stem('new'));
    expect(stem('News')).toBe(stem('news'));
    expect(stem('newly')).not.toBe(stem('news'));
  });
});

// Written for this test: buses counted, which an English question asks in the plural.
const FLEET = `某市新增一批新能源公交车
<p>记者从某市交通运输局获悉，今年该市新增新能源公交车120辆，全部投放到早晚高峰线路。</p>
<p>交通运输局表示，明年还将更新出租车300辆。</p>`;

describe('a plural of a noun ending in s (buses)', () => {
  it('reaches the article’s word for the singular (bus → 公交车), not a name it lacks', () => {
    const engine = engineFromArticles([parseArticle(FLEET, 'plural-in-s')]);
    const answer = engine.ask('How many new buses did the city add this year?');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toBe('120辆');
  });
});
