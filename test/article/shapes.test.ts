import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { ArticleError, type Article } from '../../src/article/types.js';

const texts = (article: Article): string[] => article.paragraphs.map((p) => p.text);

describe('parseArticle on the HTML shapes news sites use', () => {
  it('reads <p> paragraphs with nested <strong>/<a> as one text each, without inventing spaces', () => {
    const article = parseArticle(
      [
        '标题一',
        '<p>　　<strong>新华社北京10月21日电</strong>　国务院<a href="/x">总理</a>今天<em>会见</em>了代表团。</p>',
        '<p>&nbsp;</p>',
        '<p>双方<span>就</span><strong><a href="#">合作</a></strong>\n交换了意见。</p>',
      ].join('\n'),
      'p',
    );
    expect(texts(article)).toEqual(['新华社北京10月21日电 国务院总理今天会见了代表团。', '双方就合作交换了意见。']);
    expect(article.paragraphs.map((p) => p.n)).toEqual([1, 2]);
    expect(article.date).toBe('10月21日');
  });

  it('splits one block at <br> and <br><br> into paragraphs', () => {
    const article = parseArticle(
      '标题二\n<div class="content">　　第一段。<br><br>　　第二段，<b>有</b>加粗。<br/>　　第三段。<br><br><br></div>',
      'br',
    );
    expect(texts(article)).toEqual(['第一段。', '第二段，有加粗。', '第三段。']);
  });

  it('drops scripts, styles, a repeated <h1>, the 来源 line and the 责任编辑 line', () => {
    const article = parseArticle(
      [
        '标题三',
        '<html><head><title>标题三_某网</title><style>p { color: red }</style>',
        '<script>var s = "不是正文。";</script></head><body>',
        '<h1>标题三</h1>',
        '<div class="info">2019-10-21 08:30 来源：某某日报</div>',
        '<div class="text"><p>2019年10月21日，会议在京召开。</p><script>track("正文里的脚本")</script>',
        '<p>会议听取了报告。</p></div>',
        '<p class="editor">责任编辑：王五_NN1234</p>',
        '</body></html>',
      ].join('\n'),
      'page',
    );
    expect(texts(article)).toEqual(['2019年10月21日，会议在京召开。', '会议听取了报告。']);
    expect(article.editor).toBe('王五');
    expect(article.date).toBe('2019年10月21日');
    expect(JSON.stringify(article)).not.toMatch(/不是正文|脚本|color|来源/);
  });

  it('takes nested div>p and div>span>p text once, in reading order', () => {
    const article = parseArticle(
      '标题四\n<div><div><p>甲段。</p><div><span><p>乙段。</p></span></div></div><p>丙段。</p></div>',
      'nest',
    );
    expect(texts(article)).toEqual(['甲段。', '乙段。', '丙段。']);
  });

  it('takes a full-width （记者 …） byline, dropping the role word', () => {
    const article = parseArticle(
      '标题五\n<p>本报讯（记者 赵六）21日上午，活动举行。</p><p>活动持续三天。（记者 张三 李四）</p>',
      'fw',
    );
    expect(article.byline).toEqual(['张三', '李四']);
    expect(texts(article)).toEqual(['本报讯（记者 赵六）21日上午，活动举行。', '活动持续三天。']);
    expect(article.date).toBe('21日');
  });

  it('takes names separated by 、 and a byline that is a paragraph of its own', () => {
    const article = parseArticle('标题\n<p>正文一句。</p><p>（通讯员 王二、记者 钱七）</p>', 'own');
    expect(article.byline).toEqual(['王二', '钱七']);
    expect(texts(article)).toEqual(['正文一句。']);
  });

  it('leaves ordinary parenthesised text alone', () => {
    const cases = [
      '双方签署合作协议（以下简称“协议”）',
      '这是上一次会议。(2019年)',
      '新华社播发了消息。（新华社）',
      '故事讲到这里。（未完待续）',
    ];
    for (const text of cases) {
      const article = parseArticle(`标题\n<p>${text}</p>`, 'paren');
      expect(article.byline).toBeUndefined();
      expect(texts(article)).toEqual([text]);
    }
  });

  it('drops a (完) end mark and a trailing （责任编辑：…） stuck to the last paragraph', () => {
    const article = parseArticle('标题\n<p>会议结束。（完）（责任编辑：周八）</p>', 'end');
    expect(texts(article)).toEqual(['会议结束。']);
    expect(article.editor).toBe('周八');
  });

  it('drops a plain 编辑： line without calling it the editor', () => {
    const article = parseArticle('标题\n<p>正文。</p><p>编辑：吴九</p>', 'ed');
    expect(texts(article)).toEqual(['正文。']);
    expect(article.editor).toBeUndefined();
  });

  it('accepts 原标题 with a half-width colon', () => {
    const article = parseArticle('标题\n<p>原标题:旧的标题</p><p>正文。</p>', 'sub');
    expect(article.subtitle).toBe('旧的标题');
    expect(texts(article)).toEqual(['正文。']);
  });

  it('gives no date when no paragraph opens with one', () => {
    const article = parseArticle('标题\n<p>会议于10月21日召开。</p>', 'nodate');
    expect(article.date).toBeUndefined();
  });

  it('reads a plain-text body line by line', () => {
    const article = parseArticle('标题\n　　第一段。\n\n　　第二段。\n', 'plain');
    expect(texts(article)).toEqual(['第一段。', '第二段。']);
  });

  it('uses the page headline when the file starts with HTML instead of a title line', () => {
    const article = parseArticle('<html><body><h1>页面标题</h1><p>正文。</p></body></html>', 'h1');
    expect(article.title).toBe('页面标题');
    expect(texts(article)).toEqual(['正文。']);
  });

  it('refuses a file with no title line and no headline, naming the file', () => {
    expect(() => parseArticle('\n<p>正文。</p>', 'x', 'seeds/x.txt')).toThrow(ArticleError);
    expect(() => parseArticle('\n<p>正文。</p>', 'x', 'seeds/x.txt')).toThrow(/seeds\/x\.txt: missing title line/);
  });

  it('refuses a page whose only text is furniture, naming the id when there is no file', () => {
    expect(() => parseArticle('标题\n<div>&nbsp;</div><p>责任编辑：某</p><script>x()</script>', 'only')).toThrow(
      /only: no paragraphs found/,
    );
  });
});
