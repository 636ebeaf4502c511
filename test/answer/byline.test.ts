import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: the credit stands on a line of its own at the head, two reporters.
const ARTICLE = `城市书房夜间开放
<p>晨报记者 | 王文 李青</p>
<p>从本周起，全市二十家城市书房延长开放至晚上十点。</p>
<p>市图书馆表示，将根据读者反馈调整开放时间。</p>`;

describe('who wrote the article, when the byline heads it', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'byline')]);

  it('names every reporter on the line, and cites the line', () => {
    const answer = engine.ask('这篇稿子的记者是谁？');
    expect(answer.direct).toBe('王文、李青');
    expect(answer.passages[0]?.paragraph).toBe(1);
    expect(engine.ask('Who are the reporters?').direct).toBe('王文、李青');
  });

  it('says so when the article credits no one, rather than taking a word of the story for a name', () => {
    const story = engineFromArticles([
      parseArticle(`书房开放\n<p>从本周起，书房开放至晚上十点，一位记者当晚在现场看到不少读者。</p>`, 'story'),
    ]);
    const answer = story.ask('这篇稿子的记者是谁？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toBe('文章没有署名记者。');
  });
});

describe('the author of something else', () => {
  it('is looked for in the text, not refused as an uncredited report', () => {
    const engine = engineFromArticles([parseArticle(`一部小说的诞生\n<p>小说《远山》的作者是青年作家林晓，这本书去年出版后广受好评。</p>`, 'novel')]);
    const answer = engine.ask('《远山》的作者是谁？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('林晓');
  });

  it('named in title marks with 文章, in a credited report, is the work’s author, not the reporters', () => {
    // 文章 made it a question about this report; the 《》 say which article is meant.
    const engine = engineFromArticles([
      parseArticle(`纪念展开幕
<p>晨报记者 | 王文</p>
<p>展览展出了文章《被抹掉的奠基人》的手稿，这篇文章的作者是记者林天宇。</p>`, 'exhibit'),
    ]);
    const answer = engine.ask('《被抹掉的奠基人》这篇文章的作者是谁？');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('林天宇');
    expect(engine.ask('这篇稿子的记者是谁？').direct).toBe('王文');
  });
});

describe('a reporter credited in the lead’s brackets, after the outlet', () => {
  // Written for this test: the credit in 【】 after the outlet's name, as many portals write it.
  const engine = engineFromArticles([
    parseArticle(`城市书房夜间开放
<p>【晨报网报道 记者 王文】本周起，全市二十家城市书房延长开放至晚上十点。</p>
<p>市图书馆表示，将根据读者反馈调整开放时间。</p>`, 'bracketed'),
  ]);

  it('names the reporter, asked of the article or of who reported it', () => {
    expect(engine.ask('这篇报道的记者是谁？').direct).toBe('王文');
    expect(engine.ask('谁报道了这条新闻？').direct).toBe('王文');
    expect(engine.ask('Who reported the story?').direct).toBe('王文');
  });
});

// Written for this test: a wire report whose lead credits its reporters, and a story whose
// official holds a post whose words (中央) the credit shares.
const WIRE = `颱風岚峰今晨登陸 全台逾30萬戶停電
<p>（中央社記者葛書遠、簡若舟台北3日電）中度颱風岚峰今天清晨在花蓮縣登陸，暴風圈籠罩全台，多地出現積淹水。中央災害應變中心統計，颱風已造成1人死亡、36人受傷。</p>
<p>中央災害應變中心指揮官、內政部政務次長霍家澍今天下午在應變中心主持第3次工作會報時表示，目前全國共撤離2,315人，民眾不要掉以輕心。</p>`;

describe('a wire report’s own reporters', () => {
  const engine = engineFromArticles([parseArticle(WIRE, 'wire')]);

  it('hold no post in the story: a question of a post gets its holder, never the credit', () => {
    expect(engine.ask('Who is commanding the Central Emergency Operation Center?').direct).toBe('霍家澍');
  });

  it('are still who wrote the report', () => {
    expect(engine.ask('Who are the reporters?').direct).toBe('葛書遠、簡若舟');
  });
});

// Written for these tests: a byline line that ends with where the report was filed (武汉报道), under a
// headline that names a work among other words, whose composer the story names.
const TOUR = `东湖交响乐团结束欧洲巡演 原创作品《湖山吟》获满堂彩
<p class="byline">本报记者 林思远 武汉报道</p>
<p>3月29日，结束为期28天欧洲巡演的东湖交响乐团一行96人返回武汉。</p>
<p>巡演曲目包括德沃夏克《第九交响曲》，以及青年作曲家李浩然为乐团创作的交响诗《湖山吟》。</p>
<p>《湖山吟》是乐团2021年委约创作的作品，时长约22分钟。</p>`;

describe('a byline line with the place the report was filed from', () => {
  const engine = engineFromArticles([parseArticle(TOUR, 'byline-filed-from')]);

  it('names the reporter, not the place as a second one', () => {
    expect(engine.ask('这篇报道是谁写的？').direct).toBe('林思远');
  });

  it('is not the author of a work the headline names among other words', () => {
    const reply = engine.ask('《湖山吟》是谁写的？');
    expect(reply.direct).toBe('李浩然');
  });
});
