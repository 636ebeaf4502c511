import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { classifyIntent } from '../../src/answer/classify.js';

// Written for this test: a governor's tour of two factories, with the officials who went along.
const TOUR = `岱川省长考察新能源企业
<p>5月6日，省长蒲岳川在岱川市考察新能源企业，先后走访了两家电池工厂和一座储能电站。</p>
<p>副省长郜启鸣、省政府秘书长霍振东参加考察。</p>`;

describe('English questions about people that name a tour or a deed', () => {
  it('asks who went along on a tour, not where the tour went', () => {
    const reply = engineFromArticles([parseArticle(TOUR, 'tour-officials')]).ask('Which provincial officials went along with the governor on the tour?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('郜启鸣');
    expect(reply.direct).toContain('霍振东');
    expect(reply.direct).not.toContain('工厂');
  });

  it('reads "who is building…" as a deed to find in the article, not a post to look up', () => {
    expect(classifyIntent('Who is building the new campus together with the university?')).not.toBe('role');
    expect(classifyIntent('Who is the president of the university?')).toBe('role');
  });
});
