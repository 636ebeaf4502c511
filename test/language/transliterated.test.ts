import { describe, expect, it } from 'vitest';
import { transliteratedNames, undottedNames } from '../../src/language/transliterated.js';

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

describe('names of China’s Uyghur and Tibetan people, written with a dot', () => {
  it('reads them whole after a post, as foreign names are read', () => {
    // Invented names, in the characters such names are written with.
    expect(transliteratedNames('该局副局长买买提江·吐尔逊介绍，今年投入采棉机2,870台')).toEqual(['买买提江·吐尔逊']);
    expect(transliteratedNames('村党支部书记扎西·顿珠说')).toEqual(['扎西·顿珠']);
  });
});

describe('foreign names written without a dot', () => {
  it('reads a run of transliteration characters the text writes twice', () => {
    // Invented: a country and a city, each written twice, amid ordinary words.
    const text = '代表团访问了卡里斯坦首都维拉诺。卡里斯坦外长在维拉诺会见了代表团，双方签署了合作协议。';
    expect(undottedNames(text).sort()).toEqual(['卡里斯坦', '维拉诺'].sort());
  });

  it('leaves out a run written once, and one of two characters', () => {
    expect(undottedNames('代表团访问了卡里斯坦。')).toEqual([]);
    expect(undottedNames('德国和德国的朋友')).toEqual([]);
  });
});
