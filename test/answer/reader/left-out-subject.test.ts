import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';
import { asksSubject, subjectOpening } from '../../../src/answer/reader/subject.js';
import { preparedSentence } from '../../helpers.js';

// Written for this test: an encyclopedia-style entry that names its subject once and then leaves it
// out (创办了…) or says it as 他, and a sentence whose clause has a subject of its own.
const ARTICLE = `青禾书院
<p>赵德明，南河县石桥村人。创办了青禾书院，推行乡村夜校，被乡人尊称为“夜校先生”。</p>
<p>青禾中学创办于1950年，校址在县城东郊。该校是全省第一所开设天文课的中学，毕业生多次在竞赛中获奖。</p>
<p>星河汽车是一家源自南河县的汽车制造商，总部位于县城东郊。为全省第二大汽车制造商，年产量仅次于长风汽车。</p>
<p>南河县位于全省北部。本县煤炭蕴藏丰富，是全省重要的产煤区，大同煤矿系省内第一大煤矿。</p>
<p>2011年1月1日，周明远受聘为县政府顾问。</p>`;

describe('the subject a sentence leaves out, when the question asks it', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'left-out-subject')]);

  it('answers with the subject an earlier sentence names when the chosen one has none (创办了…)', () => {
    const answer = engine.ask('青禾书院是由哪一人创办的？');
    expect(answer.direct).toBe('赵德明');
    // The passage quotes the sentence that names him with the one that says what he did.
    expect(answer.passages[0]!.text).toContain('赵德明');
    expect(answer.passages[0]!.text).toContain('创办了青禾书院');
  });

  it('answers with what a demonstrative stands for (该校是…)', () => {
    const answer = engine.ask('全省第一所开设天文课的中学是哪一所？');
    expect(answer.direct).toBe('青禾中学');
    expect(answer.passages[0]!.text).toContain('该校是全省第一所开设天文课的中学');
  });

  it('answers a "X是哪一家" question with the topic of the entry', () => {
    expect(engine.ask('全省第二大汽车制造商是哪一家企业？').direct).toBe('星河汽车');
  });

  it('answers with what 本县 stands for, where the clause asked about continues its subject (…，是全省重要的产煤区)', () => {
    expect(engine.ask('全省重要的产煤区是哪个县？').direct).toBe('南河县');
  });

  it('keeps the subject a later clause names itself (…，大同煤矿系省内第一大煤矿)', () => {
    expect(engine.ask('省内第一大煤矿是哪一个？').direct).not.toContain('南河县');
  });

  it('answers what a verb takes after 为, not who (受聘为什么职务)', () => {
    expect(engine.ask('周明远在2011年受聘为什么职务？').direct).toContain('顾问');
  });
});

describe('which questions ask a subject, and which sentences leave theirs out', () => {
  const asks = (q: string) => asksSubject(analyseQuestion(q));

  it('reads an opening asking word, a closing one after a copula, and a cleft agent as asking the subject', () => {
    expect(asks('哪一个球队为英格兰最成功的女子球队？')).toBe(true);
    expect(asks('全省第二大汽车制造商是哪一家企业？')).toBe(true);
    expect(asks('夜校先生指的是谁？')).toBe(true);
    expect(asks('青禾书院是由哪一人创办的？')).toBe(true);
  });

  it('does not read an object, a verb\'s complement, an agent outside a cleft or a time as the subject', () => {
    expect(asks('赵德明创办了什么？')).toBe(false);
    expect(asks('周明远受聘为什么职务？')).toBe(false);
    expect(asks('书院在2011年由哪个部门管理？')).toBe(false);
    expect(asks('周明远什么时候受聘？')).toBe(false);
  });

  it('tells a sentence with its own subject from one that leaves it out or says it with a pronoun', () => {
    expect(subjectOpening(preparedSentence('创办了青禾书院，推行乡村夜校。'))).toBe('none');
    expect(subjectOpening(preparedSentence('他是全省第一位培育出蓝色月季的园艺师。'))).toBe('pronoun');
    expect(subjectOpening(preparedSentence('该校位于县城东郊。'))).toBe('pronoun');
    expect(subjectOpening(preparedSentence('去世后，获赠“夜校先生”称号。'))).toBe('none');
    expect(subjectOpening(preparedSentence('赵德明创办了青禾书院。'))).toBe('subject');
    // 他的 is someone's: the subject is what he has; a verb before 的 describes the subject it opens.
    expect(subjectOpening(preparedSentence('他的父亲是一名教师。'))).toBe('subject');
    expect(subjectOpening(preparedSentence('继任院长的周明远扩建了书院。'))).toBe('subject');
    expect(subjectOpening(preparedSentence('此外，书院还开设了夜校。'))).toBe('subject');
  });
});
