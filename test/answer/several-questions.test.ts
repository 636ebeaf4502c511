import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { questionParts } from '../../src/answer/question-parts.js';

// Written for these tests: a court report, a storm's landfall and a trade report, each asked two
// things in one message, as readers do.
const COURT = `某地一名会计挪用公款获刑
<p>本报讯 被告王某，38岁，案发时任职某物业公司会计，负责处理业主委员会的日常账目。</p>
<p>法官李文判处被告监禁2年4个月。</p>`;

const STORM = `台风“甲”登陆某省
<p>新华社某地8月7日电 今年第9号台风“甲”于7日凌晨3时在某省某县沿海登陆，全省转移群众5万人。</p>
<p>累计雨量最大的是青石县白沙乡，达到412毫米；某市市区平均雨量为156毫米。</p>
<p>某市市长张明介绍，全市已调派800余名抢修人员赶赴现场。</p>`;

const TRADE = `某地5月出口增长
<p>统计部门今天发布数据，5月出口金额达418.6亿美元，比去年同月增长18.2%，连续15个月正增长。</p>
<p>统计部门预计6月出口将继续增长。</p>`;

const engine = engineFromArticles([parseArticle(COURT, 'court'), parseArticle(STORM, 'storm'), parseArticle(TRADE, 'trade')]);
const ask = (question: string, article: string) => engine.ask(question, { articleId: article });

describe('a message asking two things', () => {
  it('answers both, in the order asked, the second about the same subject', () => {
    expect(ask('被告叫什么名字？今年多大？', 'court').direct).toBe('王某；38岁');
  });

  it('reads 他 in the second question as the person the first one answered', () => {
    const reply = ask('哪位官员介绍了抢修情况？他是什么职务？', 'storm');
    expect(reply.direct).toContain('张明');
    expect(reply.direct).toContain('市长');
  });

  it('gives a bare second question the topic of the first (下了多少 of the heaviest rain)', () => {
    expect(ask('哪里的累计雨量最大？下了多少？', 'storm').direct).toBe("青石县白沙乡；412毫米");
  });

  it('answers a change against last year as the rate the report gives', () => {
    expect(ask('5月出口金额多少？比去年同月增长多少？', 'trade').direct).toBe('418.6亿美元；增长18.2%');
  });

  it('reads a change against last year, and 年增率, as asking the rate', () => {
    expect(ask('出口较去年同月增加多少？', 'trade').direct).toBe('增长18.2%');
    expect(ask('5月出口年增率是多少？', 'trade').direct).toBe('18.2%');
  });

  it('answers two English questions joined by "and"', () => {
    const reply = ask('Where was the heaviest rain, and how much fell?', 'storm');
    expect(reply.direct).toContain('白沙乡');
    expect(reply.direct).toContain('412毫米');
  });

  it('quotes the sentence of each answer', () => {
    const reply = ask('被告叫什么名字？法官判了多久？', 'court');
    expect(reply.direct).toBe('王某；2年4个月');
    const quoted = reply.passages.map((p) => p.text).join('');
    expect(quoted).toContain('38岁');
    expect(quoted).toContain('监禁2年4个月');
  });
});

describe('what is one question, not two', () => {
  it('keeps a clause that only sets the scene with the question it opens', () => {
    expect(questionParts('一般认为，哪个作品是第一部科幻小说？')).toHaveLength(1);
  });

  it('does not split a quotation asked about', () => {
    expect(questionParts('「谁知盘中飧，粒粒皆辛苦。」这句诗出自谁的诗？')).toHaveLength(1);
  });

  it('reads 几百年, 几乎 and 几何 as no asking words', () => {
    expect(questionParts('在中世纪早期的几百年中，欧洲经济最发达的是哪一个国家？')).toHaveLength(1);
    expect(questionParts('物理光学比几何光学更接近物理原理，但不能像哪个模型那样描述光的传播？')).toHaveLength(1);
  });

  it('splits 什么时候、在哪里, and "when and where", into two questions sharing what follows', () => {
    expect(questionParts('台风是什么时候、在哪里登陆的？')).toEqual(['台风是什么时候登陆的？', '台风是在哪里登陆的？']);
    // English says the shared part once, after the second asking word.
    expect(questionParts('When and where will the opening ceremony be held?')).toEqual(['When will the opening ceremony be held?', 'and where will the opening ceremony be held?']);
  });

  it('splits English questions at "and" only before an asking word', () => {
    expect(questionParts('Which player was sent off, and in what minute?')).toHaveLength(2);
    expect(questionParts('Did he sign and when did he leave?')).toHaveLength(2);
    expect(questionParts('What did the mayor and the governor say?')).toHaveLength(1);
  });
});

describe('a message asking two things the article answers only one of', () => {
  it('answers the one it can and says which it cannot', () => {
    const reply = ask('被告叫什么名字？他的妻子叫什么名字？', 'court');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('王某');
    expect(reply.headline).toContain('文章没有');
  });
});
