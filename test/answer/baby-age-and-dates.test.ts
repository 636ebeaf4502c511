import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: twins' operation, their age in months, and a date the father came home.
const TWINS = `沐溪儿童医院成功分离一对连体女婴
<p>记者从沐溪儿童医院获悉，该院外科团队日前为一对连体女婴成功实施分离手术。手术时姐妹俩已11个月大，总体重为15.2公斤。</p>
<p>孩子的父亲简若舟1月19日从外地赶回，一直守在病房外。</p>`;

describe('an age in months, and a count the article never gives', () => {
  const engine = engineFromArticles([parseArticle(TWINS, 'twins')]);

  it('gives a baby\'s age in months', () => {
    for (const question of ['手术时姐妹俩多大？', 'How old were the twins at the time of the operation?']) {
      const reply = engine.ask(question);
      expect(reply.abstained, question).toBe(false);
      expect(reply.direct, question).toContain('11个月');
    }
  });

  it('refuses a count rather than give a date', () => {
    const reply = engine.ask('How many children does Jian Ruozhou have?');
    expect(reply.abstained).toBe(true);
    expect(reply.direct).not.toContain('1月19日');
  });
});
