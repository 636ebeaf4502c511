import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { extractArticle, toArticleFile, type ExtractedPage } from '../../../src/library/extract/index.js';

function page(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

describe('toArticleFile', () => {
  it('writes the title on the first line and one <p> per paragraph after it', () => {
    const extracted: ExtractedPage = {
      title: '标题',
      html: '<p>第一段。</p>\n<p>第二段。</p>',
      text: '第一段。\n第二段。',
      paragraphs: 2,
    };
    expect(toArticleFile(extracted)).toBe('标题\n<p>第一段。</p>\n<p>第二段。</p>\n');
  });

  it('keeps the title on one line', () => {
    const file = toArticleFile({ title: '上半句\n下半句', html: '<p>正文。</p>', text: '正文。', paragraphs: 1 });
    expect(file.split('\n')[0]).toBe('上半句 下半句');
  });
});

describe('the article file read back by the article parser', () => {
  it.each(['traditional-news.html', 'br-body.html'])('%s gives the same title and paragraphs', (name) => {
    const extracted = extractArticle(page(name));
    const article = parseArticle(toArticleFile(extracted), 'extracted');
    expect(article.title).toBe(extracted.title);
    expect(article.paragraphs.map((p) => p.text)).toEqual(extracted.text.split('\n'));
  });

  it('takes the editor and reporter credits off the simplified page as it does for the seeds', () => {
    const extracted = extractArticle(page('simplified-news.html'));
    const article = parseArticle(toArticleFile(extracted), 'extracted');
    const paragraphs = extracted.text.split('\n');
    expect(article.title).toBe(extracted.title);
    expect(article.editor).toBe('陈晓');
    expect(article.byline).toEqual(['周文清']);
    expect(article.date).toBe('5月16日');
    // The parser's paragraphs are ours less the 责任编辑 line and the (记者 …) credit.
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      ...paragraphs.slice(0, 4),
      '截至目前，已有三十八个小区完成方案公示，预计第一批项目将于七月初开工。',
    ]);
  });

  it('escapes what the page wrote as text, so < and & read back as themselves', () => {
    const lead = '研发投入占比&gt;15%，R&amp;D团队规模&lt;500人的企业可申请专项补贴，申请截止日期为本月月底，逾期不再受理。';
    const second = '有关负责人表示，今年的补贴标准比去年有所提高，符合条件的企业可以通过线上平台提交申请材料。';
    const html = `<html><head><title>A&amp;B &lt;测试&gt; 专项补贴开始申请 - 某某新闻网</title></head>
      <body><div><p>${lead}</p><p>${second}</p></div></body></html>`;
    const extracted = extractArticle(html);
    expect(extracted.title).toBe('A&B <测试> 专项补贴开始申请');
    expect(extracted.text.split('\n')[0]).toContain('R&D团队规模<500人');

    const article = parseArticle(toArticleFile(extracted), 'escaped');
    expect(article.title).toBe('A&B <测试> 专项补贴开始申请');
    expect(article.paragraphs.map((p) => p.text)).toEqual(extracted.text.split('\n'));
  });
});
