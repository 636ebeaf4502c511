import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';
import { classifiedTerm, definedTerm, definitionStart } from '../../../src/answer/reader/definition.js';
import { preparedSentence } from '../../helpers.js';

// Written for this test: an entry that says what its term is once, in its first sentence (with an
// aside and another name before the copula), and repeats the term with more of a question's words later.
const ARTICLE = `青禾历
<p>青禾历（又作青禾纪年），或称南河历，是南河县一带民间通行的一种农历，以立春为岁首。</p>
<p>青禾历作为南河县民间的历法，其节日与官方历法并不相同。青禾历的衍生历法“北青禾历”是青禾历的一种变体。</p>
<p>晴川码是指在单一站点，或者单一线路范围内，预先编排的车次代码；晴川码也被用于票务系统。</p>`;

describe('what X is, from the sentence that says it', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'defined-term')]);

  it('answers 什么是X with what its defining sentence says, over an aside and another name', () => {
    const answer = engine.ask('什么是青禾历？');
    // What it is, not the term, its aside and its other name again.
    expect(answer.direct).toBe('南河县一带民间通行的一种农历');
    expect(engine.ask('青禾历是什么？').direct).toBe('南河县一带民间通行的一种农历');
    expect(engine.ask('What is 青禾历?').direct).toContain('南河县一带民间通行的一种农历');
    expect(answer.passages[0]!.text).toContain('或称南河历，是南河县一带民间通行的一种农历');
  });

  it('reads a definition over its commas, after 是指 (not a noun inside it)', () => {
    expect(engine.ask('晴川码是什么？').direct).toBe('在单一站点，或者单一线路范围内，预先编排的车次代码');
  });

  it('takes only a question asking what X is, not a property of it', () => {
    expect(definedTerm(analyseQuestion('什么是“青禾历”？'))).toBe('青禾历');
    expect(definedTerm(analyseQuestion('青禾历是什么？'))).toBe('青禾历');
    expect(definedTerm(analyseQuestion('青禾历的闰月是什么？'))).toBeUndefined();
    expect(definedTerm(analyseQuestion('青禾历的岁首是哪一天？'))).toBeUndefined();
  });

  it("finds the definition only where the term is the copula's subject", () => {
    expect(definitionStart(preparedSentence('青禾历，是一种农历。'), '青禾历')).toBe(5);
    expect(definitionStart(preparedSentence('青禾历作为民间的历法，其节日另有算法。'), '青禾历')).toBe(-1);
    expect(definitionStart(preparedSentence('南河县的青禾历是一种农历。'), '青禾历')).toBe(-1);
  });

  it('finds it after the field it holds in (在数学中，) or after 所谓, but not after any other words', () => {
    expect(definitionStart(preparedSentence('在数学中，环簇是一类代数簇。'), '环簇')).toBe(8);
    expect(definitionStart(preparedSentence('在植物学上，青禾是禾本科的一属。'), '青禾')).toBe(9);
    expect(definitionStart(preparedSentence('所谓晴川码，就是预先编排的车次代码。'), '晴川码')).toBe(8);
    expect(definitionStart(preparedSentence('在南河县，青禾历是一种农历。'), '青禾历')).toBe(-1);
    expect(definitionStart(preparedSentence('代数环面都是环簇。'), '环簇')).toBe(-1);
  });

  it('answers 什么是X from the sentence defining X in its field, over one naming X after more of the question', () => {
    const engine = engineFromArticles([parseArticle(`环簇
<p>代数环面与仿射空间都是环簇，射影空间亦然。</p>
<p>在数学中，环簇是包含一个稠密代数环面的正规代数簇。</p>`, 'field-definition')]);
    expect(engine.ask('什么是环簇？').direct).toBe('包含一个稠密代数环面的正规代数簇');
  });

  it('answers what class of thing X is from the sentence with X as its subject, over one naming the class after more of the question', () => {
    const engine = engineFromArticles([parseArticle(`第7支队
<p>此后第7支队又新设一支训练部队，是一支巡逻艇部队。</p>
<p>第7支队为南河县警察局下属的一支部队，驻守北岸码头。</p>`, 'kind-asked')]);
    const answer = engine.ask('第7支队是一支什么样的部队？');
    expect(answer.passages[0]!.text).toContain('第7支队为南河县警察局下属的一支部队');
    expect(answer.direct).toContain('南河县警察局');
  });

  it('takes a question asking what kind X is, not a why written with 为什么', () => {
    expect(classifiedTerm(analyseQuestion('第7支队是一支什么样的部队？'))).toBe('第7支队');
    expect(classifiedTerm(analyseQuestion('鸟兽脚类是什么动物的演化支？'))).toBe('鸟兽脚类');
    expect(classifiedTerm(analyseQuestion('第7支队为什么驻守北岸？'))).toBeUndefined();
    expect(classifiedTerm(analyseQuestion('第7支队的队长是什么人？'))).toBeUndefined();
  });
});

