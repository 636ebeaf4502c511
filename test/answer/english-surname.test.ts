import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { understandQuestion } from '../../src/answer/understand.js';

// Written for this test: an official named in full, as Chinese news names a person every time.
const ARTICLE = `某县举行防汛应急演练
<p>5月14日上午，某县防汛应急演练在水库坝下举行，县长韩立新担任演练总指挥。</p>
<p>演练结束后，韩立新在讲评时说，各部门要把隐患整改到位。</p>`;

describe('a person an English question names by the surname alone', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'english-surname')]);
  const words = (question: string, label: string) => understandQuestion(question, engine.knowledge).concepts.find((c) => c.label === label)?.alternatives.map((a) => a.word) ?? [];

  it('is the article’s person of that surname (Han: 韩立新)', () => {
    expect(words('What did Han say after the drill?', 'han')).toContain('韩立新');
  });

  it('is no one when nobody in the article bears it', () => {
    expect(words('What did Zhao say after the drill?', 'zhao')).toEqual([]);
  });

  it('answers from what that person said', () => {
    const answer = engine.ask('What did Han say after the drill?');
    expect(answer.abstained).toBeFalsy();
    expect(answer.passages[0]?.text).toContain('隐患整改到位');
  });
});

// Written for this test: a Taiwanese report, whose people an English reader names as Taiwan spells
// them, in Wade–Giles (Hsu of 許, Chang of 張), not in pinyin (Xu, Zhang).
const TAIWANESE = `桃園少年棋士許澄睿奪冠
<p>（中央社記者台北3日電）全國少年象棋賽今天在桃園落幕，16歲的許澄睿擊敗張維彬，奪得冠軍。</p>
<p>許澄睿賽後表示，前一晚只睡了4個小時，但一坐下來就不緊張了。</p>
<p>張維彬則說，自己中局的判斷太過樂觀。</p>`;

describe('a Taiwanese person an English question names by the surname alone, in Wade–Giles', () => {
  const engine = engineFromArticles([parseArticle(TAIWANESE, 'wade-giles-surname')]);

  it('is the article’s person of that surname (Hsu: 許澄睿)', () => {
    const answer = engine.ask('How many hours did Hsu sleep the night before?');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('4個小時');
  });

  it('is not refused as a name the article lacks', () => {
    expect(engine.ask('What did Chang say about the middle game?').headline).not.toContain('Chang');
    expect(engine.ask('What did Chang say about the middle game?').passages[0]?.text).toContain('太過樂觀');
  });
});
