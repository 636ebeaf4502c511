import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../../src/answer/reader/prepare.js';
import { parseArticle } from '../../../src/article/index.js';
import { foldArticle } from '../../../src/answer/written.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: a clan's name jieba does not know, written three times, and common
// characters that meet only by chance.
const article = foldArticle(parseArticle(
  `岩垣家小史
<p>岩垣家的先锋在河边迎敌。</p>
<p>岩垣家臣多出身山中，其中一人的家在河的北岸。</p>
<p>后来岩垣氏迁往平原，在那里安家。</p>`,
  'bound-words',
));

describe('characters the article writes as one word', () => {
  const [first, second] = prepareArticle(article).sentences;

  it('binds two characters the article never writes apart (岩|垣)', () => {
    expect(first!.text.startsWith('岩垣家')).toBe(true);
    expect(first!.bound[1]).toBeCloseTo(1);
  });

  it('leaves unbound characters that meet once, by chance (的|先)', () => {
    const at = first!.text.indexOf('的先');
    expect(first!.bound[at + 1]).toBe(0);
  });

  it('binds by share: 家 also stands apart from 垣 (安家), so 垣|家 binds less than 岩|垣', () => {
    expect(second!.bound[2]).toBeGreaterThan(0);
    expect(second!.bound[2]).toBeLessThan(second!.bound[1]!);
  });
});

describe('an answer inside a name jieba cuts apart', () => {
  // jieba reads 萱田家 as 萱 + 田家 (a word of its own): a span of 田家 cuts the name.
  const ARTICLE = `河畔之战
<p>天正年间，毛利元就率军渡河，首先投靠了萱田家，随后又与萱田家反目。</p>
<p>萱田家的家督萱田信房战后出家，萱田家由此衰落。</p>
<p>次年，毛利元就转而投靠了柴田家的家老。</p>`;
  const engine = engineFromArticles([parseArticle(ARTICLE, 'bound-answer')]);

  it('gives the name whole, not from its second character on', () => {
    expect(engine.ask('随后又与谁反目？').direct).toContain('萱田家');
  });
});
