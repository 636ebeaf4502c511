import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { sentencesSpokenBy } from '../../src/conversation/speech.js';

const paragraph = (n: number, sentences: string[]) => ({ n, text: sentences.join(''), sentences });

describe('the sentences where a person speaks', () => {
  const article: Article = {
    id: 'speech',
    title: '测试',
    paragraphs: [
      paragraph(1, ['会议在北京举行。', '张伟表示，这是一个必须解决的问题。', '他在接受采访时说，要进行分析和改进。', '会场气氛热烈。']),
      paragraph(2, ['“我们会继续努力。', '困难总是暂时的。”', '张伟称。']),
      paragraph(3, ['李明表示，他同意这个看法。', '他还说，明年再来。']),
    ],
  };

  it('takes the sentence naming them with a speech verb, and the next ones that go on with 他 + a speech verb', () => {
    const spoken = sentencesSpokenBy(article, '张伟').map((s) => `${s.paragraph}.${s.sentence}`);
    expect(spoken).toContain('1.1');
    expect(spoken).toContain('1.2');
    // A sentence that does not go on with the speaker ends the run.
    expect(spoken).not.toContain('1.3');
    expect(spoken).not.toContain('1.0');
  });

  it('gives a quotation to the attribution after it, back to its opening mark', () => {
    const spoken = sentencesSpokenBy(article, '张伟').map((s) => `${s.paragraph}.${s.sentence}`);
    expect(spoken).toEqual(expect.arrayContaining(['2.0', '2.1', '2.2']));
  });

  it('never gives one person what another said', () => {
    const spoken = sentencesSpokenBy(article, '张伟').map((s) => s.paragraph);
    expect(spoken).not.toContain(3);
    expect(sentencesSpokenBy(article, '李明').map((s) => `${s.paragraph}.${s.sentence}`)).toEqual(['3.0', '3.1']);
  });

  it('leaves out a sentence that only names them while the facts give it to another speaker', () => {
    const family: Article = {
      id: 'family',
      title: '测试',
      paragraphs: [paragraph(1, ['王强说，搜索进行了两天，王芳也全程跟着寻找父亲。']), paragraph(2, ['王芳说，父亲平时很喜欢小孩。'])],
    };
    const statements = [
      { speaker: '王强', verb: '说', text: family.paragraphs[0]!.sentences[0]!, paragraph: 1, sentence: 0 },
      { speaker: '王芳', verb: '说', text: family.paragraphs[1]!.sentences[0]!, paragraph: 2, sentence: 0 },
    ];
    expect(sentencesSpokenBy(family, '王芳', statements).map((s) => `${s.paragraph}.${s.sentence}`)).toEqual(['2.0']);
    // Without the facts, a sentence naming her with a speech verb is still taken as hers.
    expect(sentencesSpokenBy(family, '王芳').map((s) => s.paragraph)).toContain(1);
  });
});
