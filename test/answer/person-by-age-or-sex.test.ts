import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { isPersonByAgeOrSex } from '../../src/language/person-by-age-or-sex.js';

// Written for this test: a Taiwan report that names a banana farmer by what he does (種蕉30年的陳文雄),
// where a reader calls him by his age (阿伯, 大叔).
const SLUMP = `香蕉價格崩跌 蕉農嘆血本無歸
<p>屏東香蕉產地價格近日跌至每公斤新臺幣5元，創近10年新低。</p>
<p>在高樹鄉種蕉30年的陳文雄，一早站在自家蕉園裡直嘆氣：「一串香蕉30幾公斤，盤商只肯出300元。」</p>
<p>農業部表示，將啟動保價收購，每公斤補貼新臺幣5元。</p>`;

describe('someone asked of by age or sex (阿伯, 大叔)', () => {
  const engine = engineFromArticles([parseArticle(SLUMP, 'person-by-age')]);

  it('is the person the article names, not a word it lacks', () => {
    expect(engine.ask('那個種香蕉種了30年的阿伯叫什麼名字？').direct).toBe('陳文雄');
    expect(engine.ask('種蕉30年的大叔是誰？').direct).toBe('陳文雄');
  });

  it('is a closed list of such words, not every noun of a person', () => {
    expect(isPersonByAgeOrSex('阿伯')).toBe(true);
    expect(isPersonByAgeOrSex('律师')).toBe(false);
  });
});
