import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../../src/language/vocabulary.js';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

describe('English words for article words the dictionary lacks', () => {
  // A tiny dictionary written for this test, in CC-CEDICT's shape.
  const lexicon = new Map<string, string[]>([
    ['生', ['to be born', 'to give birth', 'life']],
    ['毕业', ['to graduate']],
    ['跳', ['to jump', 'to hop']],
    ['河', ['river']],
  ]);
  const vocabulary = buildVocabulary(['生于', '毕业于', '发生于', '跳入', '河中', '河流'], lexicon);

  it('reach a verb written with its preposition (生于, 毕业于), at half weight', () => {
    expect(vocabulary.byEnglish('born')).toEqual([{ word: '生于', weight: 0.5 }]);
    expect(vocabulary.byEnglish('graduat').map((t) => t.word)).toEqual(['毕业于']);
  });

  it('reach a verb written with its direction (跳入) and a noun with its place word (河中), at half weight', () => {
    expect(vocabulary.byEnglish('jump')).toEqual([{ word: '跳入', weight: 0.5 }]);
    // …and not 河流, which is 河 and a character that is neither.
    expect(vocabulary.byEnglish('river')).toEqual([{ word: '河中', weight: 0.5 }]);
  });

  it('do not come from a word that is not a known word and one trailing character', () => {
    expect(vocabulary.byEnglish('happen')).toEqual([]);
  });
});

describe('English nouns for compounds the article builds on a head character', () => {
  // A tiny dictionary written for this test, in CC-CEDICT's shape.
  const lexicon = new Map<string, string[]>([
    ['桥', ['bridge']],
    ['塔', ['pagoda', 'tower', 'pylon']],
    ['长', ['length', 'long', 'forever']],
    ['省', ['to save', 'to economize']],
    ['局长', ['director', 'office chief']],
    ['大桥', ['Da Qiao, one of the Two Qiaos']],
  ]);
  const vocabulary = buildVocabulary(['特大桥', '大桥', '主塔', '局长', '江东省', '全长'], lexicon);

  it('reach a compound by a thing its last character names (bridge: 特大桥; tower: 主塔)', () => {
    expect(vocabulary.byHead('bridg')).toEqual(['特大桥', '大桥']);
    expect(vocabulary.byHead('tower')).toEqual(['主塔']);
  });

  it('not through a verb sense of the character (to save: 省), nor a compound the dictionary glosses (局长)', () => {
    expect(vocabulary.byHead('save')).toEqual([]);
    expect(vocabulary.byHead('long')).not.toContain('局长');
  });
});

describe('an English question about a man who jumped in', () => {
  it('finds the sentence that writes 跳入河中, and the man it names', () => {
    // Written for this test: the river is written 河边 where the child fell in, 河中 where the man jumped.
    const engine = engineFromArticles([parseArticle(`男子跳河救起落水儿童\n<p>3月5日下午，南河县一名儿童在河边玩耍时不慎落水。</p>\n<p>路过男子张国强见状跳入河中，将儿童救上岸。</p>\n<p>儿童被送往医院，目前已无大碍。</p>`, 'jumped')]);
    expect(engine.ask('Who jumped into the river?').direct).toBe('张国强');
  });
});

describe('an English question about a date of birth', () => {
  it('finds the sentence that writes 生于', () => {
    const engine = engineFromArticles([parseArticle(`一位老工匠\n<p>王守义生于1952年3月8日，是镇上有名的木匠。</p>\n<p>他的作品曾在省里获奖。</p>`, 'born')]);
    expect(engine.ask('When was Wang Shouyi born?').direct).toBe('1952年3月8日');
  });
});

describe('English senses that repeat a word around "by" or "to"', () => {
  // A tiny dictionary written for this test, in CC-CEDICT's shape.
  const lexicon = new Map<string, string[]>([
    ['陆续', ['in turn', 'successively', 'bit by bit']],
    ['面对面', ['face to face']],
    ['碎片', ['chip', 'fragment', 'bit']],
  ]);
  const vocabulary = buildVocabulary(['陆续', '面对面', '碎片'], lexicon);

  it('say how, so their word reaches only the words that mean it (bit → 碎片, not 陆续)', () => {
    expect(vocabulary.byEnglish('bit').map((t) => t.word)).toEqual(['碎片']);
    expect(vocabulary.byEnglish('face')).toEqual([]);
  });

  it('are still reached as the whole phrase', () => {
    expect(vocabulary.byPhrase('bit bit')).toEqual(['陆续']);
  });
});
