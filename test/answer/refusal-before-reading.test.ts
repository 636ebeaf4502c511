import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { compatibilityFold } from '../../src/language/fold.js';
import { normalizeQuestion } from '../../src/language/normalize.js';
import { commonWordTaggedAsName } from '../../src/language/tagged-as-name.js';

// Refusals made before any reading (a name the article lacks, nobody from a place) are rules, not the
// decision model: each must fire only on what it is about. All articles here are written for the tests.
const article = (title: string, ...paragraphs: string[]) => parseArticle(`${title}\n${paragraphs.map((p) => `<p>${p}</p>`).join('')}`, title);

describe('a question quoting the article', () => {
  it('keeps the article’s Chinese punctuation while folding full-width letters', () => {
    expect(compatibilityFold('「和平，意味着繁荣」ＧＤＰ①')).toBe('「和平，意味着繁荣」GDP1');
    expect(normalizeQuestion('「和平，意味著繁榮」這句話是誰說的？')).toBe('「和平，意味着繁荣」这句话是谁说的？');
  });

  it('finds the quotation the article writes and answers who said it', () => {
    const engine = engineFromArticles([
      article('帝国的宣言', '皇帝在加冕后的演说中声称「和平，意味着繁荣」，表明他无意扩张。', '此后数年，邻国之间的战事却没有停止。'),
    ]);
    const answer = engine.ask('「和平，意味着繁荣」这句话是谁说的？');
    expect(answer.abstained).toBe(false);
    expect(answer.headline).not.toMatch(/没有提到/);
    expect(answer.passages[0]?.text).toContain('和平，意味着繁荣');
  });
});

describe('a common word jieba tags as a name', () => {
  it('is told apart from names by the dictionary', () => {
    expect(commonWordTaggedAsName('长度')).toBe(true);
    expect(commonWordTaggedAsName('天津')).toBe(false);
    expect(commonWordTaggedAsName('清朝')).toBe(false);
  });

  it('is not a name the article lacks: a length asked in 厘米 is read, not refused', () => {
    const engine = engineFromArticles([
      article('南方的大树', '这种树生长在南方的河谷里，树干粗大。', '这种树的果实长约15至20厘米，成熟后呈褐色。'),
    ]);
    const answer = engine.ask('这种树果实的长度约是多少厘米？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toMatch(/15至20厘米/);
  });

  it('leaves a real place the article lacks refused before reading', () => {
    const engine = engineFromArticles([
      article('两市代表团座谈', '3月5日，北京市代表团与河北省代表团在石家庄举行座谈。', '北京市委书记王明、河北省委书记李华出席座谈会。'),
    ]);
    const answer = engine.ask('有天津的领导参加座谈吗？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toContain('天津');
  });
});

describe('who from a place, of an article that lists no participants', () => {
  it('is read for the answer instead of "nobody from there is named"', () => {
    const engine = engineFromArticles([
      article(
        '张远',
        '张远是中国足球运动员，2005年入选国家队。中国足协主席王强称赞他。',
        '张远与队友刘山、陈海被球迷并称为“三剑客”。',
        '退役后，张远担任青年队主教练。',
      ),
    ]);
    const answer = engine.ask('中国足球的“三剑客”是哪些人？');
    expect(answer.abstained).toBe(false);
    expect(answer.headline).not.toMatch(/没有提到来自/);
    expect(answer.passages.some((p) => p.text.includes('三剑客'))).toBe(true);
  });
});

describe('why someone wanted something, of an article that quotes no one', () => {
  const engine = engineFromArticles([
    article(
      '节目改版',
      '3月5日，市委书记张平、副市长孔祥麒出席节目改版座谈会。',
      '据知情人士透露，孔祥麒不能接受主持人批评政府的手法，因此要求新一季《晚间新闻》更换主持。',
      '节目组对此没有回应。',
    ),
  ]);

  it('is read for the reason instead of "the article does not report what they said"', () => {
    const answer = engine.ask('孔祥麒为什么希望新一季《晚间新闻》更换主持？');
    expect(answer.abstained).toBe(false);
    expect(answer.headline).not.toMatch(/没有报道/);
    expect(answer.passages[0]?.text).toContain('不能接受主持人批评政府的手法');
  });

  it('is still refused when what they said is asked', () => {
    const answer = engine.ask('孔祥麒讲了什么？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toContain('孔祥麒');
  });
});
