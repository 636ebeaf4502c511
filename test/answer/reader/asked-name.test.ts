import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';
import { askedNameOf, describedButUnnamed } from '../../../src/answer/reader/asked-name.js';
import { prepareArticle } from '../../../src/answer/reader/prepare.js';

// Written for this test: a rescue report that names the rescuer, his daughter and the company of
// the driver who helped, but not the boy, the fishermen or the factory the rescuer worked at.
const ARTICLE = `男子跳河救起落水男孩
<p>3月2日下午，在镇上一家工厂打工的王建国路过河边时，看到一个小男孩掉进了河里，他立刻跳下去把孩子救上了岸。</p>
<p>两名渔民随后赶来帮忙，把两人拉上了渔船。</p>
<p>王建国的女儿王小雨说，父亲平时就很热心。</p>
<p>路过的司机李强也停车报警，他在顺达物流公司工作。</p>`;

describe('which noun a question asks the name of', () => {
  it('is the noun before the asking words, in either language', () => {
    expect(askedNameOf('落水的小男孩叫什么名字？')).toBe('男孩');
    expect(askedNameOf('那家工厂的名字是什么？')).toBe('工厂');
    expect(askedNameOf('What is the name of the factory?')).toBe('factory');
    expect(askedNameOf("What are the fishermen's names?")).toBe('fishermen');
    expect(askedNameOf('两位 pilots 叫什么 name？')).toBe('pilots');
  });

  it('is the head of an English noun phrase: its last word, before a word that ends the phrase', () => {
    expect(askedNameOf('What is the name of the delivery company in the town?')).toBe('company');
    expect(askedNameOf('What is the name of the factory he worked at?')).toBe('factory');
    expect(askedNameOf('What is the driver of the truck called?')).toBe('driver');
    // A verb form ends the noun phrase: the typhoon hitting the coast, the product a company launched.
    expect(askedNameOf("What's the name of the typhoon hitting Lanfeng?")).toBe('typhoon');
    expect(askedNameOf("What's the new product Lanfeng launched called?")).toBe('product');
    expect(askedNameOf('What is the name of the new housing estate?')).toBe('estate');
  });

  it('says what kind of name an English question asks: a person\'s only for a person', () => {
    expect(analyseQuestion('What is the name of the boy?').type).toBe('person');
    expect(analyseQuestion("What's his name?").type).toBe('person');
    expect(analyseQuestion('What is the name of the airport?').type).toBe('place');
    expect(analyseQuestion('What is the name of the delivery company?').type).toBe('thing');
  });

  it('is none for a question that asks no name, or asks it of someone referred to', () => {
    expect(askedNameOf('小男孩掉进了哪里？')).toBeUndefined();
    expect(askedNameOf('他叫什么名字？')).toBeUndefined();
    expect(askedNameOf("What's his name?")).toBeUndefined();
  });
});

describe('whether the article names what it describes', () => {
  const prepared = prepareArticle(parseArticle(ARTICLE, 'asked-name'));

  it('does when a name stands beside the description, before it or after it', () => {
    expect(describedButUnnamed(prepared, ['女儿'])).toBe(false);
    expect(describedButUnnamed(prepared, ['司机'])).toBe(false);
    expect(describedButUnnamed(prepared, ['公司'])).toBe(false);
  });

  it('does not when the description only ever stands with a figure, a verb or a possessor', () => {
    expect(describedButUnnamed(prepared, ['男孩'])).toBe(true);
    expect(describedButUnnamed(prepared, ['渔民'])).toBe(true);
    expect(describedButUnnamed(prepared, ['工厂'])).toBe(true);
  });

  it('leaves a description the article never writes to the missing-word check', () => {
    expect(describedButUnnamed(prepared, ['医院'])).toBe(false);
  });
});

describe('asking the name of someone the article never names', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'asked-name')]);

  it('is refused, saying whose name is missing, instead of giving the nearest name', () => {
    for (const question of ['落水的小男孩叫什么名字？', '帮忙的渔民叫什么名字？']) {
      const answer = engine.ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.headline, question).toMatch(/没有给出“(?:男孩|渔民)”的名字/);
      expect(answer.headline, question).not.toContain('王建国');
    }
    const english = engine.ask('What is the name of the factory he worked at?');
    expect(english.abstained).toBe(true);
    expect(english.headline).toContain('factory');
  });

  it('is answered with the name when the article gives it', () => {
    expect(engine.ask('他的女儿叫什么名字？').direct).toContain('王小雨');
    expect(engine.ask('报警的司机叫什么名字？').direct).toContain('李强');
    expect(engine.ask("What's the daughter's name?").direct).toContain('王小雨');
  });
});
