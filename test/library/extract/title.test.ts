import { describe, expect, it } from 'vitest';
import { chooseTitle, stripSiteSuffix } from '../../../src/library/extract/title.js';

describe('stripSiteSuffix', () => {
  it.each([
    ['市区新增三条公交线路 - 新华网', '市区新增三条公交线路', '新华网'],
    ['市区新增三条公交线路_新浪新闻', '市区新增三条公交线路', '新浪新闻'],
    ['市区新增三条公交线路|澎湃新闻', '市区新增三条公交线路', '澎湃新闻'],
    ['市区新增三条公交线路｜某某客户端', '市区新增三条公交线路', '某某客户端'],
    ['市區新增三條公車路線 | 某某新聞網', '市區新增三條公車路線', '某某新聞網'],
    ['市区新增三条公交线路 — 某某日报', '市区新增三条公交线路', '某某日报'],
    ['市区新增三条公交线路 - news.example.com', '市区新增三条公交线路', 'news.example.com'],
  ])('cuts the site name off %s', (title, headline, site) => {
    expect(stripSiteSuffix(title)).toEqual({ title: headline, site });
  });

  it('cuts a channel name and the site name, and reports the site’s', () => {
    expect(stripSiteSuffix('市区新增三条公交线路_国内新闻_新浪网')).toEqual({ title: '市区新增三条公交线路', site: '新浪网' });
  });

  it('cuts a name the page declares even without a publisher’s ending', () => {
    expect(stripSiteSuffix('市区新增三条公交线路 - Example Daily', ['example daily'])).toEqual({
      title: '市区新增三条公交线路',
      site: 'Example Daily',
    });
  });

  it.each([
    ['a doubled dash, the subtitle dash of Chinese headlines', '奋进新征程——走进某某日报'],
    ['a hyphen inside a word', '新型疫苗COVID-19加强针开始接种'],
    ['a tail that is headline, not a name', '市区新增三条公交线路 - 早晚高峰加密班次'],
    ['a column name before the bar, whose tail is longer', '两会观察｜走进某某日报'],
    ['a long tail with a publisher’s ending', '市区公交 - 今年以来全市共开通了十二条社区微循环线路新闻'],
    ['no separator at all', '市区新增三条公交线路'],
    ['a suffix after a headline shorter than it (it could be a column name)', '新区规划 - 某某新闻网'],
  ])('keeps %s', (_why, title) => {
    expect(stripSiteSuffix(title)).toEqual({ title });
  });
});

describe('chooseTitle', () => {
  const sources = {
    ogTitle: '分享用的新闻标题',
    headings: ['页面上的新闻标题'],
    documentTitle: '页面上的新闻标题 - 某某新闻网',
    readabilityTitle: '阅读器选出的新闻标题',
  };

  it('prefers og:title, then the <h1>, then <title>, then Readability’s', () => {
    expect(chooseTitle(sources)).toEqual({ title: '分享用的新闻标题', site: '某某新闻网' });
    expect(chooseTitle({ ...sources, ogTitle: undefined })?.title).toBe('页面上的新闻标题');
    expect(chooseTitle({ ...sources, ogTitle: undefined, headings: ['页面上的标题'] })?.title).toBe('页面上的标题');
    expect(chooseTitle({ ...sources, ogTitle: undefined, headings: [] })?.title).toBe('页面上的新闻标题');
    expect(chooseTitle({ headings: [], readabilityTitle: '阅读器选出的新闻标题 - 某某新闻网' })).toEqual({
      title: '阅读器选出的新闻标题',
      site: '某某新闻网',
    });
    expect(chooseTitle({ headings: [] })).toBeUndefined();
  });

  it('skips an <h1> that is the site’s logo and prefers one the <title> contains', () => {
    const chosen = chooseTitle({
      headings: ['某某晚报', '栏目名称', '市区新增三条公交线路'],
      documentTitle: '市区新增三条公交线路_某某晚报',
    });
    expect(chosen).toEqual({ title: '市区新增三条公交线路', site: '某某晚报' });
  });

  it('cuts the declared site name off og:title', () => {
    const chosen = chooseTitle({ ogTitle: '市区新增三条公交线路 - Example Daily', headings: [], siteName: 'Example Daily' });
    expect(chosen?.title).toBe('市区新增三条公交线路');
  });
});
