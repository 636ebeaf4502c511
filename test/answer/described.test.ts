import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a rescue report that says what one man is (是一名出租车司机), gives an
// official a post, and names a neighbour who is described in her own clause.
const ARTICLE = `市民跳河救起落水老人
<p>1月5日上午，市民王建国在河边晨练时发现一名老人落水，立即跳入水中施救。</p>
<p>王建国今年48岁，是本市人，平时是一名出租车司机。</p>
<p>王建国的邻居李红说，她是一名小学教师，早就知道王建国水性好。</p>
<p>区长张华表示，将为王建国申报见义勇为奖励。</p>`;

describe('what the article says a person is', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'described')]);

  it('answers an occupation question with the noun the article gives, cited', () => {
    for (const question of ['王建国是做什么的？', '王建国的职业是什么？', 'What does Wang Jianguo do for a living?']) {
      const answer = engine.ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.direct, question).toBe('出租车司机');
      expect(answer.passages[0]!.paragraph, question).toBe(2);
      expect(answer.passages[0]!.text, question).toContain('是一名出租车司机');
    }
  });

  it('keeps a post written beside the name as the answer', () => {
    expect(engine.ask('张华是做什么的？').direct).toContain('区长');
  });

  it('does not give a person what another person is said to be', () => {
    const answer = engine.ask('王建国是什么人？');
    expect(answer.direct).not.toContain('教师');
  });

  // Written for this test: a biography that opens with the name, its dates and an apposition, under
  // a pen name jieba does not know as a name.
  const BIOGRAPHY = `老墨
<p>老墨（1950年－），香港漫画家，原名陈志强，少年时辍学。</p>
<p>1975年加入画社，任编剧及监制，后来自立门户。</p>`;

  it('reads the apposition after a name, with the name taken from where the question opens', () => {
    const biography = engineFromArticles([parseArticle(BIOGRAPHY, 'described-biography')]);
    const answer = biography.ask('老墨的职业是什么？');
    expect(answer.direct).toBe('香港漫画家');
    expect(answer.passages[0]!.paragraph).toBe(1);
  });

  it('leaves a question about a post held at a time to the reader', () => {
    const biography = engineFromArticles([parseArticle(BIOGRAPHY, 'described-biography-post')]);
    expect(biography.ask('1975年，老墨担任什么职务？').direct).not.toBe('香港漫画家');
  });
});

describe('what a person is, said only by the noun set before the name', () => {
  // Written for this test: an expert named once, after what she is (资深营养师), then quoted.
  const farm = parseArticle(
    '养殖场渡过难关\n<p>去年冬天，村里的养鸡场接连出现病鸡。县畜牧站派来技术骨干、资深营养师唐雪梅驻场指导。</p><p>唐雪梅说：“防疫的关键是通风和消毒。”</p>',
    'kind-before-name',
  );
  const engine = engineFromArticles([farm]);

  it('answers what she does, in either language, with that noun, not with what she said', () => {
    for (const question of ['唐雪梅是做什么的？', 'What is Tang Xuemei\'s job?', 'What is Tang Xuemei\'s professional title?']) {
      const answer = engine.ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.direct, question).toBe('资深营养师');
    }
  });
});
