import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../src/article/decode.js';
import { loadArticleFile, loadArticles, MAX_ARTICLE_BYTES } from '../../src/article/load.js';
import { ArticleError } from '../../src/article/types.js';

const root = mkdtempSync(join(tmpdir(), 'wenda-article-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let folders = 0;
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = join(root, `case${(folders += 1)}`);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** `标题\n<p>他说：“我们来了。”然后走了。</p>` encoded as GBK (python3: s.encode('gbk')). */
const GBK_ARTICLE = Uint8Array.from([
  177, 234, 204, 226, 10, 60, 112, 62, 203, 251, 203, 181, 163, 186, 161, 176, 206, 210, 195, 199, 192,
  180, 193, 203, 161, 163, 161, 177, 200, 187, 186, 243, 215, 223, 193, 203, 161, 163, 60, 47, 112, 62,
]);

const GOOD = '好标题\n<p>　　10月21日，一切顺利。</p>';

/** Expects `run` to throw an ArticleError for `file` whose message matches `reason`. */
function expectArticleError(run: () => unknown, file: string, reason: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ArticleError);
  const error = caught as ArticleError;
  expect(error.file).toBe(file);
  expect(error.message.startsWith(`${file}: `)).toBe(true);
  expect(error.message).toMatch(reason);
}

describe('loadArticleFile: encodings', () => {
  it('decodes GBK bytes (not valid UTF-8) as GB18030', () => {
    const dir = folder({ 'gbk.txt': GBK_ARTICLE });
    const article = loadArticleFile(join(dir, 'gbk.txt'));
    expect(article.title).toBe('标题');
    expect(article.paragraphs[0]?.sentences).toEqual(['他说：“我们来了。”', '然后走了。']);
  });

  it('decodes GBK bytes under a <meta charset=gb2312>', () => {
    const meta = new TextEncoder().encode('<meta charset="gb2312">');
    const bytes = new Uint8Array([...GBK_ARTICLE.subarray(0, 5), ...meta, ...GBK_ARTICLE.subarray(5)]);
    expect(decodeArticleBytes(bytes, 'x.html')).toBe('标题\n<meta charset="gb2312"><p>他说：“我们来了。”然后走了。</p>');
  });

  it('honours another charset the page declares (Big5)', () => {
    // python3: '<meta charset="big5">\n<p>臺灣報導。</p>'.encode('big5')
    const big5 = Uint8Array.from([
      60, 109, 101, 116, 97, 32, 99, 104, 97, 114, 115, 101, 116, 61, 34, 98, 105, 103, 53, 34, 62, 10, 60, 112,
      62, 187, 79, 198, 87, 179, 248, 190, 201, 161, 67, 60, 47, 112, 62,
    ]);
    expect(decodeArticleBytes(big5, 'tw.html')).toBe('<meta charset="big5">\n<p>臺灣報導。</p>');
  });

  it('reads UTF-8 with a byte-order mark, without the mark', () => {
    const dir = folder({ 'bom.txt': '\uFEFF' + GOOD });
    const article = loadArticleFile(join(dir, 'bom.txt'));
    expect(article.title).toBe('好标题');
    expect(article.id).toBe('bom');
  });

  it('keeps valid UTF-8 as UTF-8 even when a stale meta says gbk', () => {
    const text = '<meta charset="gbk">标题\n<p>正文。</p>';
    expect(decodeArticleBytes(new TextEncoder().encode(text), 'x.html')).toBe(text);
  });
});

describe('loadArticleFile: errors name the file', () => {
  it('missing file', () => {
    const file = join(root, 'nope.txt');
    expectArticleError(() => loadArticleFile(file), file, /file not found/);
  });

  it('empty file, and a file of only whitespace', () => {
    const dir = folder({ 'empty.txt': '', 'blank.txt': ' \n\u3000\n' });
    expectArticleError(() => loadArticleFile(join(dir, 'empty.txt')), join(dir, 'empty.txt'), /empty file/);
    expectArticleError(() => loadArticleFile(join(dir, 'blank.txt')), join(dir, 'blank.txt'), /empty file/);
  });

  it('binary file with NUL bytes, and binary without NULs', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41 + (i % 20)));
    const dir = folder({ 'image.txt': png, 'controls.txt': controls });
    expectArticleError(() => loadArticleFile(join(dir, 'image.txt')), join(dir, 'image.txt'), /binary file/);
    expectArticleError(() => loadArticleFile(join(dir, 'controls.txt')), join(dir, 'controls.txt'), /binary file/);
  });

  it('file over 2 MB is refused with its size', () => {
    const dir = folder({ 'huge.txt': '标题\n' + '<p>很长。</p>'.repeat(MAX_ARTICLE_BYTES / 10) });
    expectArticleError(() => loadArticleFile(join(dir, 'huge.txt')), join(dir, 'huge.txt'), /file too large \(\d+\.\d MB/);
  });

  it('a file exactly at the limit is still read', () => {
    const head = '标题\n<p>正文。</p>';
    const padding = MAX_ARTICLE_BYTES - Buffer.byteLength(head);
    const dir = folder({ 'edge.txt': head + ' '.repeat(padding) });
    expect(loadArticleFile(join(dir, 'edge.txt')).paragraphs).toHaveLength(1);
  });

  it('no paragraphs after parsing', () => {
    const dir = folder({ 'hollow.html': '标题\n<div>&nbsp;</div><script>alert(1)</script><p>　　</p>' });
    expectArticleError(() => loadArticleFile(join(dir, 'hollow.html')), join(dir, 'hollow.html'), /no paragraphs found/);
  });

  it('a folder given as a file', () => {
    const dir = folder({});
    expectArticleError(() => loadArticleFile(dir), dir, /folder, not a file/);
  });
});

describe('loadArticles', () => {
  it('returns the good files in name order and reports the bad one without stopping', () => {
    const dir = folder({
      'b_good.html': GOOD,
      'a_bad.txt': '',
      'c_gbk.txt': GBK_ARTICLE,
      'notes.md': '# not an article',
    });
    const { articles, skipped } = loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['b_good', 'c_gbk']);
    expect(articles[0]?.file).toBe(join(dir, 'b_good.html'));
    expect(skipped).toEqual([{ file: join(dir, 'a_bad.txt'), reason: 'empty file' }]);
  });

  it('skips a second file with the same id', () => {
    const dir = folder({ 'same.html': GOOD, 'same.txt': GOOD });
    const { articles, skipped } = loadArticles(dir);
    expect(articles.map((a) => a.file)).toEqual([join(dir, 'same.html')]);
    expect(skipped).toEqual([{ file: join(dir, 'same.txt'), reason: 'same id "same" as an earlier file' }]);
  });

  it('throws naming a missing folder', () => {
    const dir = join(root, 'missing-folder');
    expectArticleError(() => loadArticles(dir), dir, /folder not found/);
  });

  it('throws naming a folder with no readable article, with each reason', () => {
    const dir = folder({ 'x.txt': '', 'y.html': '\n<p>无标题</p>' });
    expectArticleError(() => loadArticles(dir), dir, /no readable article.*x\.txt: empty file; y\.html: missing title line/);
  });

  it('throws naming a folder with no article files at all', () => {
    const dir = folder({ 'readme.md': 'hi' });
    expectArticleError(() => loadArticles(dir), dir, /no \.txt or \.html files/);
  });
});
