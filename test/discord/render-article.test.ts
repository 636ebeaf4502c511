import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { commands } from '../../commands/index.js';
import { commandDefinitions } from '../../src/discord/context.js';
import { payloadProblems } from '../../src/discord/limits.js';
import { renderPage } from '../../src/discord/pages.js';
import { articleInfoPages, paragraphPages } from '../../src/discord/render-article.js';
import { helpPages } from '../../src/discord/render-help.js';
import { sentence } from './fixtures.js';

const article: Article = {
  id: 'a1',
  title: '示例_新闻*标题',
  date: '5月4日',
  byline: ['记者甲', '记者乙'],
  paragraphs: [
    { n: 1, text: '第一段。', sentences: ['第一段。'] },
    { n: 2, text: Array.from({ length: 200 }, (_, i) => sentence(40, i)).join(''), sentences: [] },
  ],
};

describe('/article rendering', () => {
  it('shows title, date, byline and paragraph count with labels in the reader’s language', () => {
    const en = articleInfoPages(article, 'en').embeds[0];
    expect(en?.title).toBe('示例\\_新闻\\*标题');
    expect(en?.description).toContain('**Date:** 5月4日');
    expect(en?.description).toContain('**Byline:** 记者甲 记者乙');
    expect(en?.description).toContain('**Paragraphs:** 2');
    expect(articleInfoPages(article, 'zh').embeds[0]?.description).toContain('**段落数:** 2');
  });

  it('shows one paragraph by number, a long one over pages within limits', () => {
    expect(paragraphPages(article, 1, 'en').embeds[0]?.description).toBe('第一段。');
    const long = paragraphPages(article, 2, 'zh');
    expect(long.embeds.length).toBeGreaterThan(1);
    expect(long.embeds[0]?.title).toContain('第2段');
    long.embeds.forEach((_, i) => expect(payloadProblems(renderPage(long, i, 'k'))).toEqual([]));
  });
});

describe('/help rendering', () => {
  it('lists every command in the reader’s language', () => {
    const definitions = commandDefinitions(commands);
    const en = helpPages(definitions, 'en', ['T']).embeds[0]?.description ?? '';
    const zh = helpPages(definitions, 'zh', ['T']).embeds[0]?.description ?? '';
    for (const d of definitions) {
      expect(en).toContain(`**/${d.name}**`);
      expect(zh).toContain(`**/${d.name_localizations?.['zh-CN'] ?? ''}**`);
    }
    expect(en).toContain('mention me');
  });
});
