import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: an earthquake report in the mainland's words, a launch, and a city's
// parking fees, asked about the way people type: 说了啥, 钟头, 老总, 震央, 的时候, 前前后后.
const QUAKE = `柘川县发生4.8级地震
<p>据中国地震台网正式测定，5月6日凌晨3时12分，柘川县发生4.8级地震，震源深度12公里，震中位于蔺溪镇。</p>
<p>县应急管理局局长宓望川表示：“目前没有人员伤亡报告，救援力量已全部到位。”</p>
<p>截至6日中午，全县共转移群众1,200人，设置临时安置点9个。</p>`;

const LAUNCH = `岳衡一号运载火箭发射成功
<p>11月14日10时20分，岳衡一号运载火箭在酒泉卫星发射中心点火升空，将4颗卫星送入预定轨道。</p>
<p>岳衡一号全长约21米，起飞质量约58吨，由潼湾航天科技有限公司研制。</p>
<p>潼湾航天总经理翟远帆在发射后表示：“这次成功说明火箭已经具备批量发射能力。”</p>`;

const PARKING = `梧港市调整中心城区停车收费
<p>梧港市发展改革委近日发布通知，自7月1日起调整中心城区停车收费标准。</p>
<p>核心区道路停车首小时收费由5元调整为8元，之后每半小时4元。</p>
<p>夜间20时至次日8时，道路停车按次收费，每次5元。</p>`;

describe('questions asked the way people type them', () => {
  const quake = engineFromArticles([parseArticle(QUAKE, 'quake')]);
  const launch = engineFromArticles([parseArticle(LAUNCH, 'launch')]);
  const parking = engineFromArticles([parseArticle(PARKING, 'parking')]);

  it('gives a quake’s depth in kilometres for 多深', () => {
    const reply = quake.ask('这次地震有多深？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('12公里');
  });

  it('reads 震央, Taiwan’s and Hong Kong’s word, as the article’s 震中', () => {
    const reply = quake.ask('震央在哪里？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('蔺溪镇');
  });

  it('answers 说了啥 with what was said, not who said it', () => {
    const reply = quake.ask('应急管理局局长说了啥？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('没有人员伤亡报告');
  });

  it('reads 老总 as the 总经理 the article names, quoted after 在发射后表示', () => {
    const reply = launch.ask('潼湾航天的老总发射完说了啥');
    expect(reply.abstained).toBe(false);
    expect(reply.passages.map((p) => p.text).join('')).toContain('批量发射能力');
  });

  it('does not take 的时候 for a word the article lacks', () => {
    const reply = launch.ask('火箭起飞的时候有多重啊');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('58吨');
  });

  it('does not take 前前后后 for a word the article lacks', () => {
    const reply = launch.ask('火箭前前后后有多长？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('21米');
  });

  it('reads 钟头 as the article’s 小时', () => {
    const reply = parking.ask('核心区停第一个钟头要多少钱？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('8元');
  });
});
