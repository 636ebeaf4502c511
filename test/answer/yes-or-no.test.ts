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
