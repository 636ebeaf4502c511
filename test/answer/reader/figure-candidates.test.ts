import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: the length asked stands a few words past the question's own words, after a
// date the sentence opens with; the reader must still offer it whole (figure and measure).
const ARTICLE = `两名护林员雪山迷路获救
<p>当地救援部门最近发布通报显示，今年2月14日，某林场两名护林员在巡山途中遭遇暴风雪，两人在山洞中躲避了大约19个小时，随后被直升机救出。</p>
<p>救援部门表示，两人身体状况良好。</p>`;

describe('a figure with its measure word is always a candidate', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'figure-candidates')]);

  it('answers how long with the length, not the date the sentence opens with', () => {
    expect(engine.ask('护林员躲了多久？').direct).toBe('大约19个小时');
  });
});

// Written for this test: a count jieba takes for one word of another kind (四所/j), in a sentence
// that also holds a figure it tags as one (一所), counting something else.
const SCHOOLS = `南河县的高中
<p>南河县全县共四所高中，分别为东湖中学、西山中学、北岭中学及南河一中。</p>
<p>东湖中学是一所寄宿高中，只招收本县学生。</p>`;

describe('a figure jieba tags as another kind of word is still a figure', () => {
  const engine = engineFromArticles([parseArticle(SCHOOLS, 'counted-as-one-word')]);

  it('answers how many with the count the question names (四所), not a figure in the unit elsewhere (一所)', () => {
    expect(engine.ask('南河县共有几所高中？').direct).toBe('四所');
  });
});

// Written for this test: a total in tonnes that jieba cuts after its digits (3.4/m 万余吨/m), in a
// sentence that writes the waste in full (固体废物) where the question shortens it (固废), and an
// article that also gives sums of money in 万元 and a price per tonne beside the short word.
const DUMPING = `桐岙一企业非法倾倒固体废物被判罚金
<p>芦湾区人民法院近日审结一起污染环境案，被告企业被判处罚金人民币260万元。</p>
<p>法院审理查明，该企业生产中产生的固体废物未交由有资质的单位处置，上述固体废物先后被倾倒在安徽省芦湾市、浙江省桐岙县、江苏省汀州区等地的废弃矿坑、山林和农田中，累计达3.4万余吨。</p>
<p>据介绍，按照市场价格，每吨固废的处置费用在3000元左右。</p>`;

describe('a figure jieba cuts from its order of magnitude and unit', () => {
  const engine = engineFromArticles([parseArticle(DUMPING, 'figure-cut-from-magnitude')]);

  it('is offered whole (3.4万余吨) wherever it stands, and answers how much was dumped', () => {
    expect(engine.ask('前后一共倾倒了多少固废？').direct).toBe('3.4万余吨');
  });

  it('counts tonnes, not money: the fine is still the sum in 万元', () => {
    expect(engine.ask('企业被判罚金多少？').direct).toContain('260万元');
  });
});

// Written for this test: a count of people (约860人, which jieba cuts as a figure and a noun) a clause
// away from the company the question names, in a sentence that also gives a share (12.4%).
const LAYOFFS = `云岭电子拟精简人员 收缩家电业务
<p>3月2日晚间，深交所上市公司云岭电子股份有限公司（以下简称“云岭电子”）发布公告称，受家电出口订单下滑影响，公司将对旗下小家电事业部进行调整，计划在未来半年内精简员工约860人，占公司员工总数的12.4%。</p>
<p>公告显示，截至去年末，云岭电子员工总数为6,935人。</p>`;

describe('a figure and 人 is a candidate far from the question’s words', () => {
  const engine = engineFromArticles([parseArticle(LAYOFFS, 'people-counted')]);

  it('answers how many people with the count, not the share beside it nor a refusal', () => {
    const reply = engine.ask('云岭电子这次要裁掉多少人？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('约860人');
  });
});
