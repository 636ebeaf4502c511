import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a town's new library, dated in some sentences and not in others…
const library = parseArticle(
  '新图书馆开馆\n<p>3月8日上午9时，青石镇新图书馆正式开馆，首日接待读者1200人次。</p>' +
    '<p>图书馆共有藏书八万册，设有儿童阅览室和自习室。镇政府表示，将如期完成二期工程，并继续扩充馆藏。</p>' +
    '<p>2015年9月20日，青石镇举行了图书馆奠基仪式；次日，镇报报道了奠基的消息。</p>',
  'library',
);
// …a school's new lessons, dated nowhere, in simplified and in traditional script.
const lessons = parseArticle('围棋进校园\n<p>青石镇中心小学开设了围棋课，每周两节，由镇围棋协会的老师授课。</p><p>校长说，学生们学棋以后更专注了。学校还计划举办校际围棋比赛，邀请周边学校参加。</p>', 'lessons');
const lessonsTraditional = parseArticle('圍棋進校園\n<p>青石鎮中心小學開設了圍棋課，每週兩節，由鎮圍棋協會的老師授課。</p><p>校長說，學生們學棋以後更專注了。學校還計劃舉辦校際圍棋比賽，邀請周邊學校參加。</p>', 'lessons-tw');

describe('a question asking a year, a month or a day', () => {
  it('is refused when the answer found dates nothing, and says the date is not given, in either language', () => {
    const cases: [typeof library, string, string][] = [
      [library, '二期工程哪一天完成？', '文章没有给出这个日期。'],
      [library, '二期工程几月完成？', '文章没有给出这个日期。'],
      [lessons, '围棋课是哪一年开设的？', '文章没有给出这个日期。'],
      [lessons, '校际围棋比赛在哪一天举办？', '文章没有给出这个日期。'],
      [library, 'In what year will the second phase be finished?', 'The article does not give that date.'],
      [library, 'What day does the second phase finish?', 'The article does not give that date.'],
    ];
    for (const [article, question, headline] of cases) {
      const answer = engineFromArticles([article]).ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.headline, question).toBe(headline);
    }
  });

  it('is refused when the only years of the answer\'s sentence are a length of time (历时3年零5个月)', () => {
    // Written for this test: an opening dated by the day and hour, its building time in years.
    const tunnel = parseArticle('隧道贯通\n<p>6月18日上午9时，青峰隧道正式通车，工程历时3年零5个月。</p><p>隧道全长5.2公里。</p>', 'tunnel');
    const answer = engineFromArticles([tunnel]).ask('青峰隧道是哪一年通车的？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toBe('文章没有给出这个日期。');
  });

  it('names a word of the question the article lacks, before the date', () => {
    const answer = engineFromArticles([library]).ask('二期工程哪一天完工？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toBe('文章没有提到“完工”。');
  });

  it('is answered when the day stands in the answer or its sentence', () => {
    const answer = engineFromArticles([library]).ask('新图书馆哪一天开馆？');
    expect(answer.abstained).toBe(false);
    expect(answer.passages[0]!.text).toContain('3月8日');
  });

  it('is answered when the year stands in the sentence before, in the same paragraph (次日 after a date)', () => {
    const answer = engineFromArticles([library]).ask('镇报在哪一年报道了奠基的消息？');
    expect(answer.abstained).toBe(false);
    expect(answer.passages.map((p) => p.text).join('')).toContain('2015年9月20日');
  });

  it('is refused over a traditional article', () => {
    const answer = engineFromArticles([lessonsTraditional]).ask('圍棋課是哪一年開設的？');
    expect(answer.abstained).toBe(true);
  });
});
