import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: an operation the article names in many sentences, its length told only in
// the last (历时…), and another length (24小时内) in a sentence about something else.
const OPERATION = `长沙一对连体女婴成功分离
<p>记者22日从某儿童医院获悉，该院多学科团队日前为一对来自邵阳的胸腹连体女婴成功实施分离手术。</p>
<p>据悉，这是该院自1986年建院以来完成的第4例连体婴分离手术，也是其中年龄最小、体重最轻的一例。</p>
<p>为了这台手术，医院组建了由小儿外科、心胸外科、麻醉科等8个科室46名医护人员组成的团队，前后开展了6次多学科会诊。</p>
<p>“这台分离手术的难点在于心脏和肝脏的分离。”院长说，这台手术的成功得益于术前的充分准备。</p>
<p>连体双胞胎是由于受精卵在胚胎发育早期未能完全分离而形成的，发生率约为5万至10万分之一，约35%在出生后24小时内死亡。</p>
<p>分离完成后，两个孩子被分别转移到两张手术台上，由整形外科团队为她们进行胸腹壁重建。</p>
<p>术中，团队先分离了相连的心包和胸骨，再将共用的肝脏一分为二，术中总出血量约为180毫升。</p>
<p>手术于3月8日上午8时30分开始，历时9小时40分钟。</p>`;

describe('a length of time asked where the likeliest sentences tell none', () => {
  const engine = engineFromArticles([parseArticle(OPERATION, 'length-told')]);

  it('is answered by the length the article tells as the event’s (历时…), not refused', () => {
    const reply = engine.ask('这台分离手术做了多久？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('9小时40分钟');
  });
});

// Written for this test: a drone show whose likeliest sentences give its day, and a later one its hour.
const SHOW = `1.2万架无人机点亮江面 灯光节冲击纪录成功
<p>本报讯 10月3日晚，第二届某江灯光节迎来压轴的无人机表演。12000架无人机从江畔起飞场同时升空，在夜空中组成15组动态图案，经认证官现场确认，以11987架的有效飞行数量刷新世界纪录。</p>
<p>活动于当晚19时30分开始，持续约18分钟。记者在现场看到，无人机先后组成了木棉花、地图以及一只熊猫等图案。据主办方统计，当晚入园观众约12万人次，另有超过600万人次通过网络直播观看。</p>
<p>此次无人机表演由本地企业某某智能科技有限公司承担。公司技术总监介绍，团队共有52名工程师，从8月中旬开始编排，先后进行了7次全规模彩排。每架无人机重约250克。</p>
<p>认证官在颁证时表示，此前该项纪录为10197架。本次表演中，有13架无人机因电池故障提前返航，未被计入。</p>
<p>为保障安全，警方设置了5个临时管控点，并对表演区域上空实施临时空域管制。</p>
<p>据组委会介绍，本届灯光节为期8天，从9月26日持续至10月3日，期间共举办无人机表演、光影秀等活动21场。</p>`;

describe('a time of day asked (几点) where the likeliest sentences give only days', () => {
  const engine = engineFromArticles([parseArticle(SHOW, 'clock-told')]);

  it('is answered by the hour a later sentence writes, not by a day', () => {
    expect(engine.ask('无人机表演晚上几点开场？').direct).toContain('19时30分');
  });
});
