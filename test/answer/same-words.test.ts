import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { sameWords } from '../../src/language/same-words.js';

// Written for this test: a daughter who says 爸爸 where the question says 父亲.
const ARTICLE = `男子救人遇难
<p>1月20日，男子张立强跳入河中救起落水儿童，自己却没能上岸。</p>
<p>张立强的女儿张小雨告诉记者，父亲平时很喜欢小孩，也会游泳。</p>
<p>“他是别人眼中的英雄，可他只是我的爸爸。”张小雨说。</p>`;

describe('kin written one way and said another', () => {
  it('knows the words of one relation, and only those', () => {
    expect(sameWords('父亲')).toContain('爸爸');
    expect(sameWords('爸爸')).toContain('父亲');
    expect(sameWords('母亲')).not.toContain('爸爸');
    expect(sameWords('先生')).toEqual([]);
  });

  it('quotes what the daughter said of her 爸爸 when asked about her 父亲', () => {
    const engine = engineFromArticles([parseArticle(ARTICLE, 'same-words')]);
    const answer = engine.ask('女儿是怎么说父亲的？');
    expect(answer.abstained).toBe(false);
    expect(answer.passages.map((p) => p.text).join('')).toContain('只是我的爸爸');
  });
});

// Written for this test: an encyclopedia-style entry that gives the plant's other names with 又名.
const PLANT = `金叶藤
<p>金叶藤是一种常绿攀援植物，原产于南美洲，喜温暖湿润的气候。</p>
<p>金叶藤的茎细长柔软，叶片对生，花期在每年的五月至七月。</p>
<p>它又名黄花藤、金钟藤、攀篱草、山铃花，在当地常被种在庭院的篱笆旁。</p>
<p>金叶藤的种子有毒，不可食用。</p>`;

describe('another name asked in other words than the article writes', () => {
  it('knows 别名 and 又名 for one meaning', () => {
    expect(sameWords('别名')).toContain('又名');
    expect(sameWords('又名')).toContain('别称');
    expect(sameWords('名字')).toEqual([]);
    // "X又被称为什么" is answered where the article writes 又称 or 也叫.
    expect(sameWords('称为')).toContain('又称');
  });

  it('answers "X的别名是什么" from the sentence that says 又名', () => {
    const engine = engineFromArticles([parseArticle(PLANT, 'plant')]);
    const answer = engine.ask('金叶藤的别名是什么？');
    expect(answer.abstained).toBe(false);
    expect(answer.passages[0]?.text).toContain('又名黄花藤');
    expect(answer.direct).toContain('黄花藤');
  });

  it('gives every other name the article lists', () => {
    const engine = engineFromArticles([parseArticle(PLANT, 'plant')]);
    const answer = engine.ask('金叶藤又被称为什么？');
    expect(answer.abstained).toBe(false);
    for (const name of ['黄花藤', '金钟藤', '攀篱草', '山铃花']) expect(answer.direct).toContain(name);
  });
});

// Written for this test: a biography whose current post is written 现任, the question asking 现在.
const BIOGRAPHY = `林振华
<p>林振华，1958年生，浙江宁波人，毕业于复旦大学经济系。</p>
<p>1990年起历任市财政局副局长、局长，2008年辞去市长职务。</p>
<p>现任省人大财政经济委员会副主任委员、省决策咨询委员会名誉主任。</p>
<p>林振华业余喜爱书法，出版有个人作品集。</p>`;

describe('the present asked in other words than the article writes', () => {
  it('knows 现在 and 现任 for one meaning', () => {
    expect(sameWords('现在')).toContain('现任');
    expect(sameWords('目前')).toContain('现为');
    expect(sameWords('过去')).toEqual([]);
  });

  it('answers "现在的职务" from the sentence that says 现任, not the post he left', () => {
    const engine = engineFromArticles([parseArticle(BIOGRAPHY, 'biography')]);
    const answer = engine.ask('林振华现在的职务是什么？');
    expect(answer.abstained).toBe(false);
    expect(answer.passages[0]?.text).toContain('现任省人大财政经济委员会副主任委员');
    expect(answer.direct).toContain('副主任委员');
  });
});

// Written for this test: a flood's toll, its missing written 失联.
const FLOOD = `东川山洪救援持续
<p>截至20日上午10时，东川山洪已造成4人遇难，仍有2人失联，搜救工作正在进行。</p>`;

describe('the missing asked in other words than the article writes', () => {
  it('answers "下落不明" from the count it writes as 失联', () => {
    const engine = engineFromArticles([parseArticle(FLOOD, 'missing-people')]);
    const answer = engine.ask('还有多少人下落不明？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('2人');
  });
});

// Written for this test: a product launch whose sale day is written 开售, after the launch day.
const LAUNCH = `岚汐科技发布新款耳机
<p>9月3日下午，岚汐科技在砚溪会展中心举行新品发布会，推出第三代降噪耳机。</p>
<p>公司介绍，新品售价899元，将于9月12日在各大电商平台开售。</p>`;

describe('a sale asked as it is said (开始卖)', () => {
  it('is answered from the day the article writes 开售, not the launch day', () => {
    const engine = engineFromArticles([parseArticle(LAUNCH, 'launch-sale')]);
    const answer = engine.ask('这款耳机哪天开始卖？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('9月12日');
  });
});

// Written for this test: an arrest the article writes as 公安 and 抓获, asked as the spoken 警察 and 抓到.
const ARREST = `岚汐一男子冒充票务客服诈骗获刑
<p>岚汐市公安局经侦支队接报后立案侦查，并于11月21日在邻市一处出租屋内将嫌疑人抓获。</p>
<p>法院以诈骗罪判处其有期徒刑三年。</p>`;

describe('the police and an arrest asked as they are said (警察, 抓到)', () => {
  it('is answered from the day the article writes 公安…抓获', () => {
    const answer = engineFromArticles([parseArticle(ARREST, 'arrest')]).ask('警察哪天抓到他的？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('11月21日');
  });
});
