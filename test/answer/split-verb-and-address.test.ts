import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for these tests: a fraud case in which the victim is named only by surname and form of
// address (胡女士), in the same sentences as the man convicted, named in full.
const REPORT = `汀湾区一男子冒充客服诈骗获刑
<p>近日，汀湾区人民法院审结一起电信诈骗案，被告人蒲晓川以诈骗罪被判处有期徒刑三年。</p>
<p>法院审理查明，2023年3月，蒲晓川冒充电商平台客服联系胡女士，以退款为由骗取其转账4.6万元。</p>
<p>同年4月2日，被害人胡女士发现自己被拉黑后报警。</p>
<p>4月9日，蒲晓川在汀湾区一出租屋内被警方抓获。</p>`;

const engine = engineFromArticles([parseArticle(REPORT, 'report')]);
const direct = (question: string) => engine.ask(question).direct ?? '';

describe('a verb the question says apart (是谁报的警)', () => {
  it('is read as the verb the article writes whole (报警), and answered with who did it', () => {
    expect(direct('最后是谁报的警？')).toBe('胡女士');
  });

  it('is read so in a question asking when', () => {
    expect(direct('胡女士是哪天报的警？')).toContain('4月2日');
  });
});

describe('someone named by surname and form of address (胡女士)', () => {
  it('is a name as whole, as a full name is', () => {
    expect(direct('是谁报警的？')).toBe('胡女士');
  });
});

// Written for this test: a bridge whose tower height is given beside its length.
const BRIDGE = `沐江大桥建成通车
<p>沐江大桥全长4.2公里，其中主桥长1080米，是目前跨度最大的双塔斜拉桥之一，有双向六车道。</p>
<p>大桥主塔高286米，相当于约95层楼高。</p>`;

describe('a word jieba glues to a helping character it cannot cut (主塔有 of 主塔有多高)', () => {
  it('is read as the article’s word (主塔), and the question answered by it', () => {
    const engine = engineFromArticles([parseArticle(BRIDGE, 'glued-helper')]);
    expect(engine.ask('主塔有多高？').direct).toBe('286米');
  });
});
