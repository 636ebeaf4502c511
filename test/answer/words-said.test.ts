import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for these tests: two people quoted once each, one briefly in quotation marks, one at
// length after 介绍了; the short answer to "what did X say" is their words, not who said them.
const REPORT = `泖川县启动汛期防汛准备
<p>泖川县水务局局长岑望舒表示：“今年入汛以来，全县没有发生险情。”</p>
<p>县长王立成介绍了全县防汛物资储备、堤防隐患排查、山洪灾害预警、转移安置预案和应急队伍建设等情况，并要求各乡镇在汛期实行二十四小时值班，确保发现险情后第一时间上报并组织群众转移。</p>`;

const engine = engineFromArticles([parseArticle(REPORT, 'report')]);

describe('the short answer to what someone said', () => {
  it('is the words in their quotation marks, without speaker or verb', () => {
    const reply = engine.ask('岑望舒说了什么？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('今年入汛以来，全县没有发生险情');
  });

  it('is a long remark up to its last clause mark within 60 characters, the verb’s 了 left out', () => {
    const reply = engine.ask('王立成讲了什么？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toBe('全县防汛物资储备、堤防隐患排查、山洪灾害预警、转移安置预案和应急队伍建设等情况，并要求各乡镇在汛期实行二十四小时值班');
  });
});
