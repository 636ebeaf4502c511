import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../../src/answer/reader/prepare.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { parseArticle } from '../../../src/article/index.js';
import { foldArticle } from '../../../src/answer/written.js';
import { placeFeatureNames } from '../../helpers.js';

// Written for this test: one city named alone, two listed with 和, and a street whose name holds 和.
const text = `新工厂投产
<p>记者 周行</p>
<p>公司去年营收增长两成。研发中心设在上海，工厂分布在合肥和西安。</p>
<p>公司总部位于和平路，员工约三千人。</p>`;
const article = prepareArticle(foldArticle(parseArticle(text, 'plural-list')));

const featuresOf = (question: string, span: string) => placeFeatureNames(article, question, span);

describe('a question asking for a set (哪些)', () => {
  it('is answered with the list, not a lone name of the kind asked in the sentence', () => {
    const engine = engineFromArticles([parseArticle(text, 'plural-list')]);
    expect(engine.ask('工厂分布在哪些城市？').direct).toBe('合肥和西安');
  });

  it('is asked in English by a plural after "which", and answered with the whole list there too', () => {
    // Written for this test: two rivers listed with 、 before 等 and their class.
    const rivers = engineFromArticles([
      parseArticle('治理河流\n<p>记者 周行</p>\n<p>两地将协调推进清水河、白沙河等跨界河流综合治理与生态修复。</p>\n<p>相关工作明年启动。</p>', 'rivers'),
    ]);
    expect(rivers.ask('Which rivers need cross-border governance?').direct).toBe('清水河、白沙河');
  });

  it('marks a span listing items, and one item of a list, for the ranker', () => {
    expect(featuresOf('工厂分布在哪些城市？', '合肥和西安').has('plural.list')).toBe(true);
    expect(featuresOf('工厂分布在哪些城市？', '西安').has('plural.item')).toBe(true);
    expect(featuresOf('工厂分布在哪些城市？', '上海').has('plural.item')).toBe(false);
  });

  it('takes no word merely holding 和 for a list, and marks nothing for a question asking one value', () => {
    expect(featuresOf('公司总部位于哪些地方？', '和平路').has('plural.list')).toBe(false);
    expect(featuresOf('工厂分布在哪个城市？', '合肥和西安').has('plural.list')).toBe(false);
  });
});
