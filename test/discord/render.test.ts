import { describe, expect, it } from 'vitest';
import { LIMITS, payloadProblems } from '../../src/discord/limits.js';
import { MAX_PAGES, parseMoreId, renderPage } from '../../src/discord/pages.js';
import { answerPages, factLine, renderAnswer } from '../../src/discord/render.js';
import { makeAnswer, passage, person, sentence } from './fixtures.js';

const description = (p: ReturnType<typeof renderAnswer>) => p.embeds[0]?.description ?? '';

describe('renderAnswer: an ordinary answer', () => {
  const answer = makeAnswer({
    facts: [person('张三', 'Zhang San', '市长', 'mayor', 2), person('李四', 'Li Si', '主任', 'director', 3)],
    passages: [passage(2, '市长张三和主任李四出席会议。', ['张三', '出席'])],
  });

  it('is one embed: headline as title, article in the footer, nobody mentionable', () => {
    const payload = renderAnswer(answer);
    expect(payload.embeds).toHaveLength(1);
    expect(payload.embeds[0]?.title).toBe('Three people attended the meeting\\.'.replace('\\.', '.'));
    expect(payload.embeds[0]?.footer?.text).toBe('Source: 示例新闻标题 · 5月4日');
    expect(payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(payload.components).toEqual([]);
    expect(payloadProblems(payload)).toEqual([]);
  });

  it('lists facts with pinyin and English posts for an English reader', () => {
    const text = description(renderAnswer(answer));
    expect(text).toContain('**Facts**');
    expect(text).toContain('• 张三 Zhang San — 市长 (mayor) ¶2');
    expect(text).toContain('• 李四 Li Si — 主任 (director) ¶3');
  });

  it('cites passages with ¶ numbers and the matched terms in bold', () => {
    const text = description(renderAnswer(answer));
    expect(text).toContain('**Sources**');
    expect(text).toContain('> **¶2** 市长**张三**和主任李四**出席**会议。');
  });

  it('uses Chinese labels and no English glosses for a Chinese answer', () => {
    const payload = renderAnswer({ ...answer, language: 'zh', headline: '两人出席。' });
    const text = description(payload);
    expect(text).toContain('**要点**');
    expect(text).toContain('**出处**');
    expect(text).toContain('• 张三 — 市长 ¶2');
    expect(text).not.toMatch(/Zhang San|mayor|Facts|Sources/);
    expect(payload.embeds[0]?.footer?.text).toBe('来源: 示例新闻标题 · 5月4日');
  });

  it('formats a quotation with its speaker first and keeps the quotation in Chinese', () => {
    const line = factLine({ kind: 'statement', text: '我们要合作。', detail: '张三', gloss: 'We will cooperate.', paragraph: 4 }, 'en');
    expect(line).toBe('• 张三: “我们要合作。 We will cooperate\\.” ¶4'.replace('\\.', '.'));
  });
});

describe('renderAnswer: echoing the question', () => {
  const hostile = '@everyone <@123> **x** <@&9> [link](http://a.b) # big';
  const payload = renderAnswer(makeAnswer({ question: { raw: hostile, text: hostile, language: 'en', intent: 'free', terms: [] } }), { echoQuestion: true });
  const text = description(payload);

  it('shows the question escaped: no mention, no formatting', () => {
    expect(text).toContain('**Question:**');
    expect(text).not.toContain('@everyone');
    expect(text).not.toMatch(/(^|[^\\])<@123>/);
    expect(text).not.toContain('**x**');
    expect(text).not.toContain('[link]');
    expect(text).toContain('@\u200beveryone \\<@123> \\*\\*x\\*\\*');
    expect(payload.allowedMentions.parse).toEqual([]);
  });

  it('escapes article text too', () => {
    const tricky = makeAnswer({ passages: [passage(1, '有人写了 @here 和 *星号* 以及 _下划线_。')] });
    const body = description(renderAnswer(tricky));
    expect(body).not.toContain('@here');
    expect(body).toContain('\\*星号\\*');
    expect(body).toContain('\\_下划线\\_');
  });
});

describe('renderAnswer: abstention', () => {
  it('is brief and friendly, in the reader’s language', () => {
    const en = renderAnswer(makeAnswer({ abstained: true, headline: '' }));
    expect(en.embeds[0]?.title).toBe("The article doesn't say.");
    const zh = renderAnswer(makeAnswer({ abstained: true, headline: '', language: 'zh' }));
    expect(zh.embeds[0]?.title).toBe('文章没有提到。');
  });

  it('a refusal is its short statement alone: no passage, nothing offered as maybe related', () => {
    const payload = renderAnswer(makeAnswer({ abstained: true, headline: '文章没有提到“人口”。', passages: [] }));
    const text = description(payload);
    expect(payload.embeds[0]!.title).toBe('文章没有提到“人口”。');
    expect(text).not.toMatch(/Maybe related|可能相关|¶/u);
    expect(payload.components).toEqual([]);
  });
});

describe('renderAnswer: a huge answer stays within every Discord limit', () => {
  const longPassage = (p: number) => passage(p, Array.from({ length: 60 }, (_, i) => sentence(40, i)).join(''), ['测试', '文字']);
  const huge = makeAnswer({
    headline: 'H'.repeat(1000),
    direct: 'D. '.repeat(2000),
    facts: Array.from({ length: 40 }, (_, i) => person(`人${i}`, `Ren ${i}`, '职务'.repeat(50), 'post '.repeat(50), i + 1)),
    passages: [longPassage(1), longPassage(2), longPassage(3)],
    article: { id: 'x', title: 'T'.repeat(5000) },
  });
  const paged = answerPages(huge, { echoQuestion: true });

  it('every page obeys every limit', () => {
    expect(paged.embeds.length).toBeGreaterThan(1);
    paged.embeds.forEach((_, i) => expect(payloadProblems(renderPage(paged, i, 'k3y')), `page ${i}`).toEqual([]));
    for (const embed of paged.embeds) {
      expect(embed.title?.length).toBeLessThanOrEqual(LIMITS.embedTitle);
      expect(embed.description?.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    }
  });

  it('the first page has a More button whose id leads to page 2 of the same answer', () => {
    const first = renderAnswer(huge, { echoQuestion: true, key: 'k3y' });
    const buttons = first.components[0]?.components ?? [];
    expect(buttons.map((b) => b.label)).toEqual(['More']);
    expect(parseMoreId(buttons[0]?.custom_id ?? '')).toEqual({ key: 'k3y', page: 1 });
    expect(first.embeds[0]?.footer?.text).toMatch(/· 1\/\d+$/);
  });

  it('a middle page has Back and More, the last only Back', () => {
    const last = paged.embeds.length - 1;
    expect(renderPage(paged, 1, 'k').components[0]?.components.map((b) => b.label)).toEqual(['Back', 'More']);
    expect(renderPage(paged, last, 'k').components[0]?.components.map((b) => b.label)).toEqual(['Back']);
  });

  it('long passages are cut at a sentence boundary', () => {
    const passagePages = paged.embeds.map((e) => e.description ?? '').filter((d) => d.includes('> '));
    expect(passagePages.length).toBeGreaterThan(1);
    for (const text of passagePages.slice(0, -1)) {
      const lastLine = text.split('\n').at(-1) ?? '';
      expect(lastLine.replace(/\*+$/, '')).toMatch(/[。！？；.!?]$/);
    }
  });

  it('a passage cut into pieces reads as one quotation on a page, and a page never starts mid-quote without ">"', () => {
    for (const embed of paged.embeds) {
      const lines = (embed.description ?? '').split('\n');
      const quoteStarts = lines.filter((l) => l.startsWith('> **¶')).length;
      expect(quoteStarts).toBeLessThanOrEqual(3);
      for (const line of lines) if (/测试文字/.test(line)) expect(line.startsWith('> ')).toBe(true);
    }
  });

  it('an answer past the page cap ends with an ellipsis on its last page', () => {
    const endless = makeAnswer({ passages: Array.from({ length: 80 }, (_, i) => longPassage(i + 1)) });
    const pages = answerPages(endless).embeds;
    expect(pages).toHaveLength(MAX_PAGES);
    expect(pages.at(-1)?.description?.endsWith('…')).toBe(true);
    expect(pages.at(-1)?.footer?.text).toMatch(/· 20\/20$/);
  });

  it('labels the buttons in Chinese for a Chinese answer', () => {
    const zh = renderAnswer({ ...huge, language: 'zh' }, { key: 'k' });
    expect(zh.components[0]?.components.map((b) => b.label)).toEqual(['更多']);
  });
});
