import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/library/extract/dom.js';
import { extractArticle, ExtractionError } from '../../../src/library/extract/index.js';
import { MAX_NESTING, MAX_TEXT_DEPTH, measurePage } from '../../../src/library/extract/page-size.js';

const paragraph = '<p>今天上午，市区主干道完成了路面翻修工程，全线恢复通车，早高峰期间车流明显比施工期间顺畅。</p>';

function refusal(html: string): ExtractionError {
  try {
    extractArticle(html, 'https://news.example.com/deep');
  } catch (error) {
    if (error instanceof ExtractionError) return error;
    throw error;
  }
  throw new Error('expected the page to be refused');
}

describe('measurePage', () => {
  it('counts how deep the markup goes and each text’s length times its depth', () => {
    const size = measurePage(parsePage('<html><body><p>一二</p><div><p>三</p></div></body></html>'));
    expect(size).toEqual({ nesting: 3, textDepth: 2 * 2 + 1 * 3 });
  });

  it('leaves out scripts and styles, which Readability drops before reading', () => {
    const script = `<script>var config = "${'x'.repeat(1000)}";</script><style>p { margin: 0 }</style>`;
    const size = measurePage(parsePage(`<html><body><div>${script}<p>一二</p></div></body></html>`));
    expect(size).toEqual({ nesting: 3, textDepth: 2 * 3 });
  });

  it('walks a page nested far deeper than the call stack would allow', () => {
    const depth = 20_000;
    const size = measurePage(parsePage(`<html><body>${'<div>'.repeat(depth)}字${'</div>'.repeat(depth)}</body></html>`));
    expect(size.nesting).toBe(depth + 1);
  });
});

describe('pages that would stall the reader', () => {
  it('refuses markup nested past the limit, at once', () => {
    const started = performance.now();
    const error = refusal(`<html><body>${'<div>'.repeat(5000)}${paragraph.repeat(3)}</body></html>`);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(error.reason).toBe('too-complex');
    expect(error.message).toBe(`Cannot read https://news.example.com/deep: its markup nests 5002 levels deep (at most ${MAX_NESTING}).`);
  });

  it('refuses a great deal of text under deep nesting', () => {
    const error = refusal(`<html><body>${'<div>'.repeat(100)}${paragraph.repeat(2000)}</body></html>`);
    expect(error.reason).toBe('too-complex');
    expect(error.message).toContain(`at most ${MAX_TEXT_DEPTH}`);
  });

  it('reads an ordinary page with a long comment thread', () => {
    const comments = '<div class="comment"><p>希望施工期间做好交通疏导，方便大家出行。</p></div>'.repeat(3000);
    const html = `<html><head><title>主干道翻修完工恢复通车 - 某某新闻网</title></head><body>
      <div class="article">${paragraph.repeat(3)}</div><div id="comments">${comments}</div></body></html>`;
    expect(extractArticle(html).paragraphs).toBe(3);
  });
});
