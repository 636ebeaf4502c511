import { describe, expect, it } from 'vitest';
import { transliteratedNames } from '../../src/language/transliterated.js';

describe('foreign names written with a middle dot', () => {
  it('reads the name out of the words around it', () => {
    expect(transliteratedNames('印尼航空观察家格里·苏加特曼表示')).toEqual(['格里·苏加特曼']);
    expect(transliteratedNames('美国总统乔·拜登说')).toEqual(['乔·拜登']);
    expect(transliteratedNames('玛丽·居里和阿尔伯特·爱因斯坦')).toEqual(['玛丽·居里', '阿尔伯特·爱因斯坦']);
  });

  it('does not take two place names joined by a dot, or a dot with nothing after it, for a name', () => {
    expect(transliteratedNames('北京市・河北省工作交流座谈会')).toEqual([]);
    expect(transliteratedNames('格里·')).toEqual([]);
    expect(transliteratedNames('没有名字')).toEqual([]);
  });
});
