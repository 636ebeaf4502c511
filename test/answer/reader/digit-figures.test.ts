import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';
import { tokenize } from '../../../src/answer/reader/prepare.js';

// Written for this test: figures of one digit and with a decimal point, which jieba's dictionary
// lacks (it tags them x and eng), beside figures it knows.
describe('a figure of one digit or with a decimal point is a figure', () => {
  it('tags a single digit and its measure as a figure and a measure (5/m 例/q)', () => {
    const tokens = tokenize('此外还有输入病例5例，均已治愈。');
    const five = tokens.find((t) => t.word === '5');
    expect(five?.tag).toBe('m');
    expect(tokens[tokens.indexOf(five!) + 1]).toMatchObject({ word: '例', tag: 'q' });
  });

  it('tags a decimal as a figure (3.75/m 公里)', () => {
    expect(tokenize('新线全长3.75公里。').find((t) => t.word.startsWith('3.75'))?.tag).toBe('m');
  });
});

// Written for this test: visits counted as 人次, which is not a count of people.
const CLINIC = `社区义诊月
<p>社区卫生服务中心介绍，义诊活动自3月1日开展以来，已接诊居民2,418人次，其中发现高血压患者63人。</p>`;

describe('a count asked in 人次', () => {
  const engine = engineFromArticles([parseArticle(CLINIC, 'person-times')]);

  it('is answered with its measure (2,418人次), not the bare figure', () => {
    expect(engine.ask('义诊活动一共接诊了多少人次？').direct).toBe('2,418人次');
  });
});

describe('a figure with "more than" and its measure (1300余人, 1.2万瓶)', () => {
  it('tags 余人 after a figure as the figure\'s, not a name', () => {
    const tokens = tokenize('十年来已资助乡村中学生800余人。');
    expect(tokens.find((t) => t.word === '余人')?.tag).toBe('m');
  });

  it('keeps a magnitude and a measure jieba read as a name with the figure', () => {
    expect(words('仓库里的1.2万瓶已全部封存。')).toContain('1.2万瓶');
  });
});

const words = (text: string) => tokenize(text).map((t) => t.word);
