import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: the answer's own sentence only points back at what it names (这所学院),
// which the sentence before names in full.
const ACADEMY = `青川画院的由来
<p>1921年，画家林墨川在青川创办了青川美术学院。这所学院后来培养了许多著名画家。</p>
<p>学院旧址今天是一座美术馆。</p>`;

// Written for this test: the head noun opens the text (where a search backwards must stop), and
// nothing before the pointing span names more than it.
const ALONE = `学院新闻
<p>学院今年扩建了图书馆。这所学院培养了许多著名画家。</p>`;

describe('a chosen span that only points back (这所学院)', () => {
  it('is answered with what it points at, as named before', () => {
    const answer = engineFromArticles([parseArticle(ACADEMY, 'pointed-at')]).ask('哪一所学院培养了许多著名画家？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toBe('青川美术学院');
  });

  it('is left as it is when nothing before names more than its head noun', () => {
    const answer = engineFromArticles([parseArticle(ALONE, 'pointed-at-alone')]).ask('哪一所学院培养了许多著名画家？');
    expect(answer.direct).toBe('这所学院');
  });
});
