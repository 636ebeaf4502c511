import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/index.js';
import { converse, suggestQuestions } from '../../src/conversation/index.js';
import { seedEngine } from '../e2e/support/harness.js';

describe('reading a follow-up against the last exchange (seed article)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await seedEngine();
  });

  it('reads 他 as the person the last question named, and says so', () => {
    const first = converse(engine, undefined, '王东峰是什么职务？');
    const next = converse(engine, first.exchange, '他说了什么？');
    expect(next.reading).toEqual({ kind: 'person', name: '王东峰' });
    expect(next.understood).toBe('关于王东峰');
    expect(next.answer.passages.some((p) => p.text.includes('河北人民永远铭记'))).toBe(true);
    // Without the conversation, 他 is someone else.
    expect(converse(engine, undefined, '他说了什么？').answer.passages.some((p) => p.text.includes('河北人民永远铭记'))).toBe(false);
  });

  it('reads "the second one?" as the second item of the list just shown, in English', () => {
    const first = converse(engine, undefined, '签署了哪些协议？');
    const next = converse(engine, first.exchange, 'the second one?');
    expect(next.reading.kind).toBe('item');
    expect(next.answer.language).toBe('en');
    expect(next.answer.direct).toBe('加快建设雄安新区中关村科技园合作协议');
    expect(next.answer.passages[0]?.paragraph).toBe(7);
  });

  it('reads "和北京呢？" as the last question asked about Beijing', () => {
    const first = converse(engine, undefined, '河北省委书记是谁？');
    const next = converse(engine, first.exchange, '和北京呢？');
    expect(next.reading.kind).toBe('rephrased');
    expect(next.understood).toMatch(/^理解为：北京/u);
    expect(next.answer.direct).toContain('蔡奇');
  });

  it('"他还说了什么？" quotes what was not shown yet, and "what else" past the end says there is nothing more', () => {
    const first = converse(engine, undefined, '蔡奇说了什么？');
    const shown = first.answer.passages.map((p) => p.text).join('');
    const next = converse(engine, first.exchange, '他还说了什么？');
    expect(next.answer.passages.length).toBeGreaterThan(0);
    // Sentence by sentence: nothing quoted the first time is quoted again.
    const sentences = next.answer.passages.flatMap((p) => p.text.match(/[^。！？；]+[。！？；]?/gu) ?? []);
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) expect(shown).not.toContain(s);
    let exchange = next.exchange;
    let last = next;
    for (let i = 0; i < 4; i++) {
      last = converse(engine, exchange, '还有呢？');
      exchange = last.exchange;
    }
    expect(last.answer.abstained).toBe(true);
    expect(last.answer.headline).toBe('文章没有再说更多。');
  });

  it('reads 他们 as the people the last answer listed, and quotes each of them', () => {
    const first = converse(engine, undefined, '蔡奇和王东峰是什么职务？');
    const next = converse(engine, first.exchange, '他们说了什么？');
    expect(next.reading).toEqual({ kind: 'group', group: { kind: 'people', members: ['蔡奇', '王东峰'] } });
    expect(next.understood).toBe('关于蔡奇、王东峰');
    const quoted = next.answer.passages.map((p) => p.text).join('');
    expect(quoted).toContain('河北人民永远铭记');
    expect(quoted).toContain('蔡奇');
  });

  it('reads "they" after a list of attendees as those people, by their pinyin', () => {
    const first = converse(engine, undefined, 'Who attended the talks?');
    const next = converse(engine, first.exchange, 'What did they say?');
    expect(next.reading.kind).toBe('group');
    expect(next.understood).toMatch(/^About Cai Qi \(蔡奇\)/u);
    expect(next.answer.abstained).toBe(false);
    // Alone, "they" is nobody: the question cannot be read as about these people.
    expect(converse(engine, undefined, 'What did they say?').reading.kind).toBe('new');
  });

  it('a question naming its own subject stands alone', () => {
    const first = converse(engine, undefined, '王东峰是什么职务？');
    const next = converse(engine, first.exchange, '蔡奇说了什么？');
    expect(next.reading.kind).toBe('new');
    expect(next.understood).toBeUndefined();
  });

  it('suggests two or three self-contained next questions from the article, in the question language', () => {
    const zh = suggestQuestions(engine, converse(engine, undefined, '谁参加了座谈？').exchange);
    expect(zh.length).toBeGreaterThanOrEqual(2);
    expect(zh).toContain('签署了哪些协议？');
    expect(zh.some((q) => /说了什么？$/u.test(q))).toBe(true);
    const en = suggestQuestions(engine, converse(engine, undefined, 'What is Wang Dongfeng’s position?').exchange);
    expect(en).toContain('What did Wang Dongfeng say?');
    for (const q of [...zh, ...en]) expect(q).not.toMatch(/[他她]|\b(?:he|she|his|her)\b/iu);
  });
});
