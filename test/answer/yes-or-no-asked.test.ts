import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { isGrammarWord } from '../../src/answer/reader/decide.js';

// Written for this test: a first-instance verdict in a contract dispute, and what the defendant said after it.
const VERDICT = `某公司合同纠纷案一审宣判
<p>8日上午，某区人民法院对某公司合同纠纷案作出一审判决，判令被告乙某赔偿原告损失30万元。</p>
<p>法院审理认为，乙某未按合同约定按期交货，应承担违约责任。</p>
<p>宣判后，乙某当庭表示将提出上诉。</p>`;

describe('a question asking yes or no, and the words it asks with', () => {
  const engine = engineFromArticles([parseArticle(VERDICT, 'yes-or-no-asked')]);

  it('reads 服不服 as asking, not as a 不服 the article must write, and answers with the clause that says it', () => {
    const answer = engine.ask('乙某对判决服不服，会上诉吗？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('将提出上诉');
  });

  it('answers with the clause, not the bare verb of it (提出)', () => {
    const answer = engine.ask('乙某会不会上诉？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('上诉');
  });

  it('names what the article lacks when refused, not the demonstrative of 这桩', () => {
    expect(isGrammarWord('这桩')).toBe(true);
    expect(isGrammarWord('那件')).toBe(true);
    const answer = engine.ask('这桩纠纷案双方和解了吗？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).not.toContain('这桩');
    expect(answer.headline).toContain('和解');
  });
});
