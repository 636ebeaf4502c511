import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { understandQuestion } from '../../src/answer/understand.js';

// Written for this test: an official named in full, as Chinese news names a person every time.
const ARTICLE = `某县举行防汛应急演练
<p>5月14日上午，某县防汛应急演练在水库坝下举行，县长韩立新担任演练总指挥。</p>
<p>演练结束后，韩立新在讲评时说，各部门要把隐患整改到位。</p>`;

describe('a person an English question names by the surname alone', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'english-surname')]);
  const words = (question: string, label: string) => understandQuestion(question, engine.knowledge).concepts.find((c) => c.label === label)?.alternatives.map((a) => a.word) ?? [];

  it('is the article’s person of that surname (Han: 韩立新)', () => {
    expect(words('What did Han say after the drill?', 'han')).toContain('韩立新');
  });

  it('is no one when nobody in the article bears it', () => {
    expect(words('What did Zhao say after the drill?', 'zhao')).toEqual([]);
  });

  it('answers from what that person said', () => {
    const answer = engine.ask('What did Han say after the drill?');
    expect(answer.abstained).toBeFalsy();
    expect(answer.passages[0]?.text).toContain('隐患整改到位');
  });
});
