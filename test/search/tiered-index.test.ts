import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { engineFromArticles } from '../../src/answer/load.js';
import { parseArticle } from '../../src/article/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const SEED = readFileSync(new URL('../../seeds/000_20b33d47ff37ce72.txt', import.meta.url), 'utf8');

// The same articles under both indexes: a large library's tiered index must answer as the small
// library's sentence index does, from the same article.
const articles = [
  parseArticle(SEED, 'seed'),
  parseArticle(fixture('second-article.txt'), 'second'),
  parseArticle(fixture('fourth-article.txt'), 'fourth'),
  parseArticle(fixture('fifth-article.txt'), 'fifth'),
];
const small = engineFromArticles(articles, [], { index: 'sentences' });
const tiered = engineFromArticles(articles, [], { index: 'tiered' });

describe('the tiered index (articles first, then their sentences)', () => {
  it('is the index built when asked for', () => {
    expect(tiered.knowledge.index.constructor.name).toBe('TieredIndex');
    expect(small.knowledge.index.constructor.name).toBe('SentenceIndex');
  });

  it.each([
    '上海市委书记是谁？',
    '浙江省代表团哪天去的上海？',
    'Who attended the meeting in Beijing?',
    '河北省党政代表团在北京考察了哪些地方？',
  ])('answers %s from the same article, with the same short answer, as the sentence index', (question) => {
    const a = small.ask(question);
    const b = tiered.ask(question);
    expect(b.abstained).toBe(false);
    expect(b.article.id).toBe(a.article.id);
    expect(b.direct).toBe(a.direct);
  });

  it('knows what the articles contain and what they do not', () => {
    const { index } = tiered.knowledge;
    expect(index.contains('长三角一体化')).toBe(true);
    expect(index.contains('长三角二体化')).toBe(false);
    // A name no article holds is refused, as the sentence index refuses it.
    const absent = tiered.ask('磁悬浮列车什么时候通车？');
    expect(absent.abstained).toBe(true);
    expect(absent.headline).toBe(small.ask('磁悬浮列车什么时候通车？').headline);
  });

  it('cites sentences that are where it says they are', () => {
    const answer = tiered.ask('上海市委书记是谁？');
    const cited = answer.passages[0]!;
    const article = articles.find((a) => a.id === answer.article.id)!;
    expect(article.paragraphs.find((p) => p.n === cited.paragraph)?.text).toContain(cited.text.replace(/\*\*/g, '').slice(0, 8));
  });
});
