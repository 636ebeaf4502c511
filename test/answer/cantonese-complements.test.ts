import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { standardFromCantonese } from '../../src/language/cantonese.js';

// Written for this test: a Hong Kong report of a craft few still practise, asked in Cantonese with
// 仲識 (still can), 剩返 (left), 拆落嚟 (taken down) and 交咗畀 (given to).
const CRAFT = `老字號霓虹招牌陸續拆卸
<p>業界估計，目前全港仍懂得燒製霓虹燈管的師傅已不足十人，行業面臨失傳。</p>
<p>今年拆下的一塊舊招牌，由區內一間文化團體接收保存。</p>`;

describe('Cantonese verbs with their complements, in a question', () => {
  it('writes them in standard Chinese', () => {
    expect(standardFromCantonese('仲识烧')).toBe('还会烧');
    expect(standardFromCantonese('剩返几多个')).toBe('剩下多少个');
    expect(standardFromCantonese('拆落嚟嘅招牌')).toBe('拆下来的招牌');
    expect(standardFromCantonese('交咗畀边个')).toBe('交给了谁');
    expect(standardFromCantonese('屋苑入面有咩设施')).toBe('屋苑里面有什么设施');
    // Not the Mandarin words that hold the same characters.
    expect(standardFromCantonese('劳动仲裁')).toBe('劳动仲裁');
    expect(standardFromCantonese('不认识他')).toBe('不认识他');
  });

  it('answers a count asked with them, where it was refused for words the article lacks (仲識, 剩返)', () => {
    const engine = engineFromArticles([parseArticle(CRAFT, 'cantonese-complements')]);
    const answer = engine.ask('而家全港仲識燒燈管嘅師傅剩返幾多個？');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('不足十人');
  });
});

// Written for this test: a Hong Kong report naming a restaurant and a craftsman, asked about in
// English by the Cantonese spelling Hong Kong writes them in.
const SIGNS = `旺角老酒家霓虹招牌完成拆卸
<p>位於旺角的金鳳茶樓與隔鄰的寶興押兩塊霓虹招牌，昨日凌晨完成拆卸。</p>
<p>金鳳茶樓的鳳凰招牌於1979年製作，寶興押的招牌則建於1990年。</p>
<p>負責拆卸的師傅唐國強表示，工程歷時約五小時。</p>`;

describe('an English question naming Hong Kong places and people in their Cantonese spelling', () => {
  const engine = engineFromArticles([parseArticle(SIGNS, 'cantonese-spelling')]);

  it('finds the name the article writes in characters, and answers from its sentence', () => {
    const answer = engine.ask('In which year was the Kam Fung restaurant sign made?');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toBe('1979年');
  });

  it('reads a hyphened given name too', () => {
    const answer = engine.ask('How long did the work take, according to Tong Kwok-keung?');
    expect(answer.abstained).toBeFalsy();
    expect(answer.direct).toContain('五小時');
  });
});

// Written for this test: an exhibition in a Hong Kong district whose name ends in a character
// jieba leaves alone (深水 + 埗).
const SHOW = `修復招牌明年展出
<p>協會計劃明年3月在深水埗一個臨時展覽空間展出修復後的招牌，展期約六星期。</p>`;

describe('a place whose last character jieba cuts off', () => {
  it('is answered whole (深水埗, not 深水)', () => {
    const engine = engineFromArticles([parseArticle(SHOW, 'bound-character')]);
    expect(engine.ask('修復後的招牌會在哪裏展出？').direct).toBe('深水埗');
  });
});
