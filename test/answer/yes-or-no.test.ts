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

// Written for this test: a storm report in which tomorrow's closures are still to be announced.
const STORM = `汀岚县今天停课
<p>受台风影响，汀岚县今天已停止上班上课。</p>
<p>针对明天是否停班停课，县政府将于今晚8时前公布。</p>`;

describe('a yes-or-no question the article itself leaves open', () => {
  const storm = engineFromArticles([parseArticle(STORM, 'storm')]);

  it('is refused, not answered with the article’s own 是否', () => {
    const reply = storm.ask('汀岚县明天会不会停班停课？');
    expect(reply.abstained).toBe(true);
    expect(reply.direct).not.toContain('是否');
  });

  it('is answered where the article says it', () => {
    const reply = storm.ask('汀岚县今天停课了吗？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('停止上班上课');
  });
});

// Written for this test: a fare the operator says it will not raise, asked of in the same sentence.
const FARES = `汀岚地铁公布年度票价安排
<p>对于是否上调票价，汀岚地铁表示今年不会上调，现行票价保持不变。</p>
<p>公司另宣布，明年起将增开两条接驳巴士线。</p>`;

describe('a yes-or-no the article asks and answers in one sentence', () => {
  it('is answered, not refused for the 是否 it opens with', () => {
    const reply = engineFromArticles([parseArticle(FARES, 'fares')]).ask('汀岚地铁今年会不会上调票价？');
    expect(reply.abstained).toBe(false);
    expect(reply.passages[0]?.text).toContain('不会上调');
  });
});

// Written for this test: an outage report that says the emergency lines kept working, in words
// other than "outage" (故障), and says nothing of a refund.
const OUTAGE = `某市通信网络故障持续五小时
<p>某通信公司核心网络昨日上午发生故障，全市约80万名用户无法拨打电话和上网，至下午2时才全部恢复。</p>
<p>市应急管理局表示，故障期间，110报警电话和119紧急热线运作正常，市民求助未受影响。</p>
<p>公司承诺向受影响用户每人补偿5元话费。</p>`;

describe('a yes-or-no question in English', () => {
  const outage = engineFromArticles([parseArticle(OUTAGE, 'outage')]);

  it('is answered where the article says it, though one of its many words reached none of the article’s', () => {
    const answer = outage.ask('Did the emergency hotlines keep working during the outage?');
    expect(answer.abstained).toBeFalsy();
    expect(answer.passages[0]?.text).toContain('紧急热线运作正常');
  });

  it('is still refused when what it asks of reached nothing', () => {
    expect(outage.ask('Did users get a refund?').abstained).toBe(true);
  });
});
