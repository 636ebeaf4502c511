import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { creditLength, wireAgency, wirePlace } from '../../src/article/dateline.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a wire report whose first sentence opens with the agency, place, date and reporter.
const ARTICLE = `江苏一企业研发新型电池
<p>新华社南京5月3日电（记者 王文）江苏一家新能源企业3日发布一款新型固态电池，续航提升三成。</p>
<p>该企业负责人说，新电池将于明年量产。</p>`;

describe("a wire report's credit", () => {
  it('is measured at the start of its first sentence, agency and reporter together', () => {
    const text = '新华社南京5月3日电（记者 王文）江苏一家新能源企业3日发布一款新型固态电池。';
    expect(text.slice(0, creditLength(text))).toBe('新华社南京5月3日电（记者 王文）');
    expect(wireAgency(text)).toBe('新华社');
    expect(creditLength('江苏一家新能源企业3日发布一款新型固态电池。')).toBe(0);
  });

  const engine = engineFromArticles([parseArticle(ARTICLE, 'wire')]);

  it('is not the answer to a question about the story', () => {
    const answer = engine.ask('哪里的企业发布了新型电池？');
    expect(answer.direct).not.toMatch(/新华社|南京/);
  });

  it('answers a question about who filed the report', () => {
    expect(engine.ask('这篇报道是哪家通讯社发的？').direct).toBe('新华社');
    expect(engine.ask('Which news agency filed this report?').direct).toBe('新华社');
  });
});

describe("a web report's credit in square brackets", () => {
  // Written for this test: the bracketed credit Chinese news sites open a report with.
  const BRACKETED = `青岚卫星发射成功
<p>【青岚日报 记者 王小明】2024年3月8日，我国在太原卫星发射中心用快舟一号甲运载火箭，将第十二颗青岚导航卫星发射升空。</p>
<p>卫星顺利进入预定轨道。</p>`;

  it('is measured as a credit, reporter and all', () => {
    const text = '【青岚日报 记者 王小明】2024年3月8日，我国将第十二颗青岚导航卫星发射升空。';
    expect(text.slice(0, creditLength(text))).toBe('【青岚日报 记者 王小明】');
  });

  it('answers who reported it, and nothing about the story', () => {
    const engine = engineFromArticles([parseArticle(BRACKETED, 'bracketed-credit')]);
    expect(engine.ask('这篇报道的记者是谁？').direct).toBe('王小明');
    expect(engine.ask('Where was the satellite launched from?').direct).not.toContain('王小明');
  });
});

// Written for this test: a report in traditional script whose dateline, in brackets, names its
// reporter and the place it was filed from with no mark between (記者某某某台中12日電).
const TAIWAN = `岚峰醫院完成首例機器人手術
<p>（中央社記者岑曉霽台中12日電）岚峰醫院今天宣布，院內團隊以機器人手臂完成首例活體捐肝手術。</p>
<p>醫院表示，兩名患者目前恢復良好。</p>`;

describe('a reporter named in a wire dateline, between 記者 and the place', () => {
  const engine = engineFromArticles([parseArticle(TAIWAN, 'cna')]);

  it('is the report’s writer, without the place', () => {
    expect(engine.ask('記者是誰？').direct).toBe('岑曉霽');
    expect(engine.ask('Who is the reporter?').direct).toBe('岑曉霽');
  });

  it('is found when the question names the agency in English (CNA, 中央社)', () => {
    const answer = engine.ask('這篇 CNA 報導的記者是誰？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toBe('岑曉霽');
  });

  it('is the report’s credit too: the agency, the place, and the whole bracket left out of the story', () => {
    const text = '（中央社记者岑晓霁台中12日电）岚峰医院今天宣布，院内团队完成首例手术。';
    expect(text.slice(0, creditLength(text))).toBe('（中央社记者岑晓霁台中12日电）');
    expect(wireAgency(text)).toBe('中央社');
    expect(wirePlace(text)).toBe('台中');
    expect(engine.ask('哪家通讯社发的稿？').direct).toBe('中央社');
  });
});
