import type { Answer, Fact, Passage } from '../../src/answer/types.js';

/** An Answer value built by hand: the input of the pure renderer, not a stub of the engine. */
export function makeAnswer(overrides: Partial<Answer> = {}): Answer {
  const language = overrides.language ?? 'en';
  return {
    question: { raw: 'Who attended?', text: 'Who attended?', language, intent: 'attendees', terms: ['出席'] },
    intent: 'attendees',
    language,
    headline: language === 'en' ? 'Three people attended the meeting.' : '三人出席了会议。',
    direct: '',
    facts: [],
    passages: [],
    abstained: false,
    article: { id: 'a1', title: '示例新闻标题', date: '5月4日' },
    ...overrides,
  };
}

export function person(text: string, gloss: string, detail: string, detailGloss: string, paragraph = 2): Fact {
  return { kind: 'person', text, gloss, detail, detailGloss, paragraph };
}

export function passage(paragraph: number, text: string, matched: string[] = []): Passage {
  return { articleId: 'a1', paragraph, text, score: 1, matched };
}

/** A Chinese sentence of about `n` characters ending in 。 */
export function sentence(n: number, i: number): string {
  return `第${i}句` + '测试文字'.repeat(Math.max(1, Math.floor((n - 4) / 4))) + '。';
}
