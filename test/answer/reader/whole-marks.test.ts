import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/answer/reader/candidates.js';
import { tokenize } from '../../../src/answer/reader/prepare.js';
import { analyseQuestion } from '../../../src/answer/reader/analyse.js';
import { balanced, wholeSpan } from '../../../src/answer/reader/span-edges.js';
import { directAnswers, preparedSentence } from '../../helpers.js';

// Written for this test: a school, a novel, a fish and a vehicle, each answer a thing whose
// written marks a cut would break (a ratio's colon, a name's dot, a Latin name's spaces, a range's
// first figure, a list of days, brackets and title marks).
const ARTICLE = `一所学校和一部小说
<p>青石中学创办于1958年，目前学校男女生比例约为2：9。</p>
<p>小说《河上的灯》由作家彼得·怀特和约翰·麦克唐纳共同创作。</p>
<p>小说的英文版由Green River Community Foundation资助出版。</p>
<p>书中写到的银斑鱼生活在浅海，生殖季在3至5月。</p>
<p>小说的首发式于2019年7月15日及7月16日在青石中学礼堂举行。</p>`;

describe('an answer kept whole over the marks inside it', () => {
  const direct = directAnswers(ARTICLE, 'whole-marks');

  it('gives a ratio across its colon', () => {
    expect(direct('青石中学男女生比例是多少？')).toBe('约为2：9');
  });

  it('gives people named together, a name jieba tags whole though the tables lack one of its characters', () => {
    // Both people whole, joined as written (a post written before them, 作家, may stay, as with 省长某某).
    expect(direct('小说《河上的灯》是由谁创作的？')).toMatch(/^(?:作家)?彼得·怀特和约翰·麦克唐纳$/u);
  });


  it('gives a range of months from its bare first figure', () => {
    expect(direct('银斑鱼的生殖季是什么时候？')).toBe('3至5月');
  });
});

describe('dates and figures read as one word', () => {
  const words = (text: string) => tokenize(text).map((t) => t.word);

  it('reads days listed in one month\'s writing as one date, but never a list of years', () => {
    expect(words('首发式于2019年7月15日及7月16日举行')).toContain('2019年7月15日及7月16日');
    expect(words('公司在1899年和1906年两次改名')).toEqual(expect.arrayContaining(['1899年', '1906年']));
    // A join no day follows belongs to the sentence: 和 stays its own word.
    expect(words('7月15日和他见面')).not.toContain('7月15日和');
  });

  it('reads a ratio as one figure, but not a figure before a colon that starts a clause', () => {
    expect(words('比例约为2：9。')).toContain('2：9');
    expect(words('共有3：一是学校')).not.toContain('3：');
  });
});

describe('a Latin name read over its spaces', () => {
  it('widens a span on one of its words to the whole run', () => {
    const sentence = preparedSentence('小说的英文版由Green River Community Foundation资助出版。');
    const start = sentence.text.indexOf('River');
    const end = start + 'River'.length;
    const at = sentence.tokens.findIndex((t) => t.start === start);
    const candidate: Candidate = { first: at, last: at, start, end, text: 'River', kinds: ['latin'] };
    expect(wholeSpan(sentence, candidate, analyseQuestion('英文版由谁资助出版？')).text).toBe('Green River Community Foundation');
  });
});

describe('a span never cuts an aside, a title or a quotation in two', () => {
  const span = (written: string, part: string): [ReturnType<typeof preparedSentence>, Candidate] => {
    const sentence = preparedSentence(written);
    const start = sentence.text.indexOf(part);
    expect(start, part).toBeGreaterThanOrEqual(0);
    const end = start + part.length;
    const first = sentence.tokens.findIndex((t) => t.end > start);
    const last = sentence.tokens.findIndex((t) => t.end >= end);
    return [sentence, { first, last, start, end, text: part, kinds: [] }];
  };

  it('closes a bracket or a title it opened, when the closing mark is near', () => {
    expect(balanced(...span('车顶装有SVS（Smart Vision System）第二代热成像仪。', '车顶装有SVS（Smart Vision')).text).toBe('车顶装有SVS（Smart Vision System）');
    expect(balanced(...span('他主唱了《河上的灯》和《远山》。', '他主唱了《河上')).text).toBe('他主唱了《河上的灯》');
  });

  it('opens a title it closed, and an aside with the words it is written after', () => {
    expect(balanced(...span('他主唱了《河上的灯》和《远山》。', '上的灯》和')).text).toBe('《河上的灯》和');
    expect(balanced(...span('民国二年（1913年）石浦等地复归象山县。', '1913年）石浦等地复归象山县')).text).toBe('民国二年（1913年）石浦等地复归象山县');
    expect(balanced(...span('广场（Place des Victoires）是巴黎的一个圆形广场。', 'Victoires）是巴黎的一个圆形广场')).text).toBe('广场（Place des Victoires）是巴黎的一个圆形广场');
  });

  it('leaves an aside whose words run on too far back with the aside', () => {
    const written = '这座位于城市北部老工业区边缘并且建成已有一百多年历史的古老红砖教堂（1913年）在战后修复。';
    expect(balanced(...span(written, '1913年）在战后修复')).text).toBe('在战后修复');
  });

  it('leaves a span whose marks are paired as it is', () => {
    const [sentence, candidate] = span('车顶装有SVS（Smart Vision System）第二代热成像仪。', 'SVS（Smart Vision System）');
    expect(balanced(sentence, candidate)).toBe(candidate);
  });
});
