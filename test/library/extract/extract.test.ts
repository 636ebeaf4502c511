import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, ExtractionError, type ExtractedPage } from '../../../src/library/extract/index.js';

/** A whole page as a fetcher would hand it over. */
function page(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

function paragraphsOf(extracted: ExtractedPage): string[] {
  return extracted.text.split('\n');
}

/** Expects `run` to throw an ExtractionError with `reason`, and returns it for more checks. */
function extractionError(run: () => unknown, reason: ExtractionError['reason']): ExtractionError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ExtractionError);
  const error = caught as ExtractionError;
  expect(error.reason).toBe(reason);
  return error;
}

describe('a simplified Chinese portal page', () => {
  const extracted = extractArticle(page('simplified-news.html'), 'https://news.example.com/a/1.html');

  it('takes og:title as the headline, without the <title> suffix', () => {
    expect(extracted.title).toBe('临江市启动老旧小区改造 今年将惠及三万户居民');
  });

  it('reads the date, byline and site name from the metadata', () => {
    expect(extracted.date).toBe('2023-05-17');
    expect(extracted.byline).toBe('周文清');
    expect(extracted.siteName).toBe('新浪新闻');
  });

  it('keeps every article paragraph, in order, without indentation', () => {
    expect(paragraphsOf(extracted)).toEqual([
      '5月16日，临江市住房和城乡建设局召开新闻发布会，宣布全面启动今年的老旧小区改造工作。根据计划，全市今年将改造老旧小区一百二十个，涉及居民约三万户，总投资约十五亿元。',
      '据介绍，本轮改造以建成于二〇〇〇年以前、基础设施老化的住宅小区为重点，主要内容包括更新供水排水管网、加装电梯、整修外墙屋面、增设停车位和充电桩等。',
      '“改造方案要先征求居民意见，大家同意了再动工。”市住房和城乡建设局负责人表示，各街道将在六月底前完成入户调查，确保改造项目贴合居民的实际需求。',
      '发布会上还透露，为减少施工对居民生活的影响，今年的项目将分批开工，每个小区的施工期原则上不超过五个月，并设立现场投诉电话接受监督。',
      '截至目前，已有三十八个小区完成方案公示，预计第一批项目将于七月初开工。（记者 周文清）',
      '责任编辑：陈晓',
    ]);
    expect(extracted.paragraphs).toBe(6);
  });

  it('leaves out the menus, ads, share bar, related links, comments and footer', () => {
    for (const chrome of [
      '首页', '国际', '登录', '2026年11月30日', '正文', '全场五折', '分享到', '微博', '智能门锁',
      '相关新闻', '多地加快推进', '网友评论', '盼了好多年', '查看更多评论', '热点排行', '寒潮',
      '新款手机', '关于我们', '版权所有',
    ]) {
      expect(extracted.text).not.toContain(chrome);
      expect(extracted.html).not.toContain(chrome);
    }
  });

  it('writes only its own markup: one <p> per paragraph', () => {
    expect(extracted.html.split('\n')).toHaveLength(6);
    for (const line of extracted.html.split('\n')) expect(line).toMatch(/^<p>[^<>]+<\/p>$/);
  });
});

describe('a traditional Chinese page with JSON-LD', () => {
  const extracted = extractArticle(page('traditional-news.html'));

  it('cuts the site name off og:title', () => {
    expect(extracted.title).toBe('市府推動長照據點擴充 明年增設二十處');
    expect(extracted.siteName).toBe('晨光新聞網');
  });

  it('takes the date from JSON-LD datePublished, not the related stories’ times', () => {
    expect(extracted.date).toBe('2023-11-02');
    expect(extracted.byline).toBe('林雅婷');
  });

  it('keeps the four paragraphs in traditional characters, the ad between them gone', () => {
    const paragraphs = paragraphsOf(extracted);
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^市政府今天宣布，明年將在各行政區增設二十處社區長照據點/);
    expect(paragraphs[1]).toMatch(/^社會局長表示/);
    expect(paragraphs[2]).toMatch(/^新據點將優先設在交通便利/);
    expect(paragraphs[3]).toMatch(/^市府也將編列專款補助據點的人事與設備費用.*生活圈。$/);
    expect(extracted.text).toContain('長者');
    expect(extracted.text).not.toMatch(/据点|长者|设置/);
  });

  it('leaves out the menus, ads, share tools, related links, comments and footer', () => {
    for (const chrome of [
      '政治', '搜尋', '廣告', '滿千送百', '保健食品', '分享到臉書', '複製連結', '相關新聞',
      '高齡友善城市', '網友留言', '阿嬤', '上班族', '隱私權政策', '禁止轉載',
    ]) {
      expect(extracted.text).not.toContain(chrome);
    }
  });
});

describe('an old-style page whose body is one <div> of <br>-separated lines', () => {
  const extracted = extractArticle(page('br-body.html'));

  it('cuts the body into its paragraphs at each <br>', () => {
    expect(paragraphsOf(extracted)).toEqual([
      '本报讯 3月7日上午，城南湿地公园正式对市民开放。公园占地约八百亩，是城区目前面积最大的湿地公园，免费向市民开放。',
      '公园内建有环湖步道、观鸟平台和科普展馆，沿湖种植了芦苇、菖蒲等多种水生植物，为候鸟提供栖息场所。',
      '园区管理方介绍，公园实行分区管理，核心保育区不对外开放，游客可在开放区域内散步、骑行和观赏水鸟。',
      '当天上午，不少市民带着孩子前来游玩。一位附近小区的居民说，以前这里是一片荒地，现在成了家门口的好去处。',
    ]);
  });

  it('takes the headline <h1>, not the logo <h1> that is the site’s name', () => {
    expect(extracted.title).toBe('城南湿地公园正式开园');
    expect(extracted.siteName).toBe('江城日报');
  });

  it('reads the date from the line under the headline, not today’s date in the top bar', () => {
    expect(extracted.date).toBe('2024-03-08');
  });

  it('leaves out the print links, ad, related links, comments, sidebar and footer', () => {
    for (const chrome of [
      '今天是', '区县', '时政', '文体', '打印', '关闭窗口', '春季车展', '相关新闻', '湿地保护条例', '我来说两句',
      '江边人', '图片新闻', '春日花海', '主办',
    ]) {
      expect(extracted.text).not.toContain(chrome);
    }
  });
});

describe('pages that are not an article', () => {
  it('refuses a section front that is only navigation and link lists', () => {
    const url = 'https://news.example.com/china/';
    const error = extractionError(() => extractArticle(page('navigation-only.html'), url), 'no-article');
    expect(error.url).toBe(url);
    expect(error.message).toContain(url);
    expect(error.message).toMatch(/No article text found/);
  });

  it('refuses a login wall that shows the headline and a notice', () => {
    const error = extractionError(() => extractArticle(page('login-wall.html')), 'no-article');
    expect(error.message).toMatch(/on the page: 2 paragraph\(s\) with \d+ Chinese characters/);
  });

  it('refuses an empty page', () => {
    extractionError(() => extractArticle(''), 'no-article');
  });

  it('refuses article text with no headline anywhere', () => {
    const body = '<p>第一段内容说明了事件的起因和经过，有关部门已经介入调查，具体情况仍在进一步核实之中。</p>'.repeat(2) +
      '<p>第二段内容介绍了各方的反应，多位居民表示希望尽快公布调查结果，以便了解事件的来龙去脉。</p>';
    const error = extractionError(() => extractArticle(`<html><body><div>${body}</div></body></html>`), 'no-title');
    expect(error.message).toMatch(/No headline found/);
  });
});

describe('page shapes', () => {
  const lead = '今天上午，市区主干道完成了路面翻修工程，全线恢复通车，早高峰期间车流明显比施工期间顺畅。';
  const second = '交通部门提醒，部分路口的信号灯配时已经调整，请驾驶人注意观察，按照新的标志标线通行。';
  const third = '据介绍，翻修后的路面采用了降噪材料，沿线居民反映夜间的噪声比过去小了许多。';

  it('reads a page that leaves out <body> (HTML allows that)', () => {
    const html = `<!DOCTYPE html><html><head><title>主干道翻修完工恢复通车 - 某某新闻网</title></head>
      <div class="content"><p>${lead}</p><p>${second}</p><p>${third}</p></div></html>`;
    const extracted = extractArticle(html);
    expect(extracted.title).toBe('主干道翻修完工恢复通车');
    expect(paragraphsOf(extracted)).toEqual([lead, second, third]);
  });

  it('drops link lines inside the body and keeps a paragraph with a link in it', () => {
    const withLink = '据了解，<a href="/n/2">此前的施工方案</a>曾经多次征求沿线居民和商户的意见，并根据反馈调整了施工时段。';
    const html = `<html><head><meta property="og:title" content="主干道翻修完工"></head><body><article>
      <p>${lead}</p><p>${withLink}</p><p><a href="/n/3">点击查看更多精彩内容</a></p><p>${second}</p>
      </article></body></html>`;
    expect(paragraphsOf(extractArticle(html))).toEqual([
      lead,
      '据了解，此前的施工方案曾经多次征求沿线居民和商户的意见，并根据反馈调整了施工时段。',
      second,
    ]);
  });

  it('reads a dateline that opens the article when the page declares no date', () => {
    const html = `<html><head><title>主干道翻修完工</title></head><body><div>
      <p>2024年6月3日上午，${lead.slice(5)}</p><p>${second}</p><p>${third}</p></div></body></html>`;
    expect(extractArticle(html).date).toBe('2024-06-03');
  });

  it('does not take a date from the middle of the story', () => {
    const html = `<html><head><title>主干道翻修完工</title></head><body><h1>主干道翻修完工</h1><div>
      <p>${lead}这条道路始建于1998年5月6日，是城区最早的主干道之一。</p><p>${second}</p></div></body></html>`;
    expect(extractArticle(html).date).toBeUndefined();
  });
});
