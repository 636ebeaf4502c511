import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/language/fold.js';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { engineFor, fourthFile, secondFile, thirdFile } from '../helpers.js';
import { temporaryFolder } from '../support/cleanup.js';

/** The same article in traditional script, made at test time from the simplified fixture. */
function traditionalCopy(file: string): string {
  const toTraditional = Converter({ from: 'cn', to: 'tw' }) as (text: string) => string;
  const out = join(temporaryFolder('tw'), 'traditional.txt');
  writeFileSync(out, toTraditional(readFileSync(file, 'utf8')));
  return out;
}

const cases: [string, string[]][] = [
  [secondFile, ['代表团参观了哪些地方？', '双方签订了什么？', '两地要深化什么合作？', '谁强调要推进跨省交通互联互通？', '市长是谁？', '代表团什么时候到上海？']],
  [thirdFile, ['前三季度进出口总额是多少？', '出口增长了多少？', '谁在发布会上讲话？', '出台了多少条稳外贸政策措施？']],
  [fourthFile, ['有多少名选手参加了比赛？', '比赛在哪里鸣枪开跑？', '谁获得了男子全程冠军？', '女子全程冠军的成绩是多少？']],
];

describe('traditional and simplified copies of one article give the same answers', () => {
  for (const [file, questions] of cases) {
    it(`answers alike on both scripts of ${file.split('/').pop()}`, async () => {
      const simplified = await engineFor(file);
      const traditional = await engineFor(traditionalCopy(file));
      const toTraditional = Converter({ from: 'cn', to: 'tw' }) as (text: string) => string;
      for (const question of questions) {
        const a = simplified.ask(question);
        // Asked in either script, of the traditional copy.
        for (const asked of [question, toTraditional(question)]) {
          const b = traditional.ask(asked);
          expect(b.abstained, asked).toBe(a.abstained);
          expect(foldText(b.direct), asked).toBe(foldText(a.direct));
          expect(b.passages.map((p) => p.paragraph), asked).toEqual(a.passages.map((p) => p.paragraph));
        }
      }
    });
  }

  it('quotes the traditional article as it is written', async () => {
    const traditional = await engineFor(traditionalCopy(secondFile));
    const answer = traditional.ask('代表团参观了哪些地方？');
    const article = traditional.articles[0]!;
    expect(answer.passages.length).toBeGreaterThan(0);
    for (const passage of answer.passages) {
      const paragraph = article.paragraphs.find((p) => p.n === passage.paragraph)!;
      expect(paragraph.text).toContain(passage.text);
    }
    expect(answer.direct).toMatch(/參觀|張江|臨港/u);
  });

  it('quotes an answer the reader composed in the traditional article\'s writing too', () => {
    // Written for this test: 同年底 is answered with the year it refers back to, a string the
    // article never writes whole.
    const article = parseArticle('郵局舊事\n<p>民國39年，鎮上修通了公路。同年底，郵局建成。</p>', 'composed');
    const engine = engineFromArticles([article]);
    expect(engine.ask('郵局是什麼時候建成的？').direct).toBe('民國39年底');
    expect(engine.ask('郵局是哪一年建成的？').direct).toBe('民國39年');
  });
});
