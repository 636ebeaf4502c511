import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { understandQuestion } from '../../src/answer/understand.js';

// Written for this test: a carmaker named by its pinyin and 汽车, and a country written without a
// middle dot, in transliteration characters that jieba cuts apart.
const ARTICLE = `岚峰汽车去年交付新车8.6万辆 海外首厂落户卡里斯坦
<p>岚峰汽车3日发布公告称，公司2023年全年交付新车8.6万辆，同比增长41%。</p>
<p>公司当天还宣布，将在卡里斯坦建设首座海外工厂。卡里斯坦投资部长表示欢迎。</p>
<p>据悉，这座工厂计划于2026年投产，年产能5万辆。</p>`;

describe('an English name as English writes it', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'english-name-heads')]);

  it('reads the common word ending a company name (Auto) as the word it is, 汽车', () => {
    const answer = engine.ask('How many cars did Lanfeng Auto deliver in 2023?');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('8.6万辆');
  });

  it('still refuses a name whose ending the article writes in no way', () => {
    const answer = engine.ask('How many cars did Lanfeng Airlines deliver in 2023?');
    expect(answer.abstained).toBe(true);
  });

  it('hears a foreign name the article writes without a dot', () => {
    const answer = engine.ask('When will the plant in Karistan start production?');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('2026年');
  });

  it('reads a name jieba cuts apart off the text by its pinyin (Lanfeng: 岚峰)', () => {
    const concept = understandQuestion('What did Lanfeng announce?', engine.knowledge).concepts.find((c) => c.label === 'lanfeng');
    expect(concept?.found).toBe(true);
    expect(concept?.alternatives.map((a) => a.word)).toContain('岚峰');
  });

  it('never reads an English word off the text by its pinyin, whatever it spells (Long: 龙)', () => {
    const dragon = engineFromArticles([parseArticle('小镇龙舟赛落幕\n<p>龙舟赛昨天举行，共有12支队伍参赛。</p>', 'dragon')]);
    const concept = understandQuestion('How Long was the race?', dragon.knowledge).concepts.find((c) => c.label === 'long');
    expect(concept?.alternatives.map((a) => a.word) ?? []).not.toContain('龙');
  });

  it('finds a name typed in lower case, as chat often is, when English has no such word', () => {
    const concept = understandQuestion('what did lanfeng announce?', engine.knowledge).concepts.find((c) => c.label === 'lanfeng');
    expect(concept?.alternatives.map((a) => a.word)).toContain('岚峰');
    const answer = engine.ask('when will the plant in karistan start production?');
    expect(answer.direct).toContain('2026年');
  });
});

