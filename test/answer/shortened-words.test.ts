import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: the article writes names in full; the questions shorten them as people do.
const ARTICLE = `张立群
<p>张立群是一位机械工程师，出生于湖南省衡阳市。</p>
<p>抗战期间，张立群的父亲在衡阳机床厂工作。</p>
<p>文化大革命期间，张立群在衡阳纺织厂当工人。</p>
<p>他曾作为技术顾问参与奥林匹克运动会场馆的建设，负责看台钢结构的安装。</p>
<p>此后张立群在衡阳体育场馆的建设中负责地基的设计。</p>`;

describe('a word the question shortens and the article writes in full', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'shortened')]);

  it('finds the sentence of the full name (文革 → 文化大革命)', () => {
    const answer = engine.ask('文革期间，张立群在哪家工厂工作？');
    expect(answer.abstained).toBe(false);
    expect(answer.passages[0]!.text).toContain('纺织厂');
  });

  it('finds a three-character shortening too (奥运会 → 奥林匹克运动会)', () => {
    const answer = engine.ask('张立群在奥运会场馆建设中负责什么？');
    expect(answer.abstained).toBe(false);
    expect(answer.passages[0]!.text).toContain('钢结构');
  });
});
