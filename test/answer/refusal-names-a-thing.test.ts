import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { isGrammarWord } from '../../src/answer/reader/decide.js';

// Written for this test: a county's towns and its hospitals; nothing on clinics or who runs them.
const ARTICLE = `县域人口统计公布
<p>据统计，全县共有十二个乡镇，其中三个乡镇的常住人口超过十万。</p>
<p>县政府计划在未来五年内新建两所医院，总投资约八亿元。</p>`;

describe('a refused question that writes a grammatical word the article does not use', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'refusal-names-a-thing')]);

  it('tells closed-class words from things', () => {
    for (const word of ['大于', '之后', '或是', '经由']) expect(isGrammarWord(word), word).toBe(true);
    // A thing, an act, and a name jieba does not know (tagged x): each is something an article can lack.
    for (const word of ['诊所', '祭祀', '柯秋岚']) expect(isGrammarWord(word), word).toBe(false);
    // A figure the article lacks is a fact it lacks, though jieba tags it a numeral.
    for (const word of ['1457', '3.65']) expect(isGrammarWord(word), word).toBe(false);
  });

  // The refusal names the thing the article lacks (诊所), not the word it merely never uses (或是),
  // though the question writes that one first.
  it('names the thing lacked when refused', () => {
    const answer = engine.ask('新医院或是诊所由哪家公司负责运营？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).not.toContain('或是');
    expect(answer.headline).toMatch(/诊所|公司|运营/u);
  });
});
