import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';
import { askedNameWords } from '../../../src/answer/reader/other-name.js';

// Written for this test: names given after words that introduce them — another name, a former
// one, a short one, a common one beside another — each to the end of its clause.
const ARTICLE = `青禾书院
<p>青禾书院，或称南河书院，是南河县的一所私立学校，简称青禾、禾院，位于县城东郊。</p>
<p>本校原名北岭义学，1950年改为今名。</p>
<p>书院的校花青禾草，又称青苗草，俗名草禾，多生于山坡。</p>
<p>周一本名周明、周二本名周亮，兄弟二人都在书院任教。</p>`;

describe('a name given after a word that introduces it', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'other-name')]);

  it('answers 也叫什么 with the name after 或称, not the clause that follows', () => {
    expect(engine.ask('青禾书院也叫什么？').direct).toBe('南河书院');
  });

  it('answers a short name with the whole list of them', () => {
    expect(engine.ask('青禾书院的简称是什么？').direct).toBe('青禾、禾院');
  });

  it('answers a former name from the sentence that gives it', () => {
    expect(engine.ask('青禾书院原名叫什么？').direct).toBe('北岭义学');
  });

  it('answers the common name asked, not another name given before it', () => {
    expect(engine.ask('青禾草的俗名是什么？').direct).toBe('草禾');
  });

  it('ends a list where the next item names another thing', () => {
    expect(engine.ask('周一的本名是什么？').direct).toBe('周明');
  });

  it('reads no name asked in a why question that writes a naming word', () => {
    expect(askedNameWords(analyseQuestion('青禾书院为什么又叫南河书院？'))).toBeUndefined();
    expect(askedNameWords(analyseQuestion('青禾书院又叫什么？'))?.[0]).toBe('又叫');
  });
});
