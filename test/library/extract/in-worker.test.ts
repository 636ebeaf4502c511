import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractInWorker, ExtractionError } from '../../../src/library/extract/index.js';
import { projectRoot } from '../../../src/util/paths.js';

const fixture = (name: string) => readFileSync(join(projectRoot, 'test', 'library', 'extract', 'fixtures', name), 'utf8');

describe('extraction in a worker thread', () => {
  it('reads a page to the same article as in this thread', async () => {
    const html = fixture('simplified-news.html');
    expect(await extractInWorker(html, 'https://news.test/a')).toEqual(extractArticle(html, 'https://news.test/a'));
  });

  it('passes the reader’s refusal on, with its reason', async () => {
    const error = await extractInWorker(fixture('navigation-only.html'), 'https://news.test/b').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as ExtractionError).reason).toBe('no-article');
  });

  it('refuses a page that takes too long to read, and the bot’s thread stays free meanwhile', async () => {
    // Deep enough to be slow, not so deep that the size guard refuses it at once.
    const deep = '<div>'.repeat(200) + '<p>文字</p>'.repeat(3000) + '</div>'.repeat(200);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const started = Date.now();
    const error = await extractInWorker(`<html><head><title>标题</title></head><body>${deep}</body></html>`, 'https://news.test/c', 50).catch((e: unknown) => e);
    clearInterval(ticker);
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as ExtractionError).reason).toBe('too-complex');
    expect((error as Error).message).toMatch(/took longer than/);
    expect(Date.now() - started).toBeLessThan(2_000);
    // The timer kept running while the page was being read elsewhere.
    expect(ticks).toBeGreaterThan(0);
  });
});
