import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { shownSentences, passageUnshown } from '../../src/conversation/shown.js';
import type { SentenceKey } from '../../src/conversation/types.js';
import { answerActions } from '../../src/discord/answer-actions.js';
import { renderAnswer } from '../../src/discord/render.js';
import { jsonLine } from '../../src/cli.js';
import { replyText } from '../../src/terminal/text.js';

// Written for this test: the causes close one paragraph and the sentence they explain opens the next;
// a paragraph about something else follows.
const FERRY = `渡口
<p>王伯在河边摆渡四十年。前年，上游建起了一座公路桥，过河的人都改走桥上，渡船常常一整天没有一个客人。</p>
<p>王伯只好在去年秋天卖掉了渡船。</p>
<p>镇上今年新开了一所小学，有六个班，两百多名学生。</p>`;

// Written for this test: a description an editor cut into two paragraphs.
const BIRD = `白头山雀
<p>白头山雀是一种小型鸣禽，分布在高山的针叶林中。它的外形很好认：头顶为白色，背部灰蓝色。</p>
<p>白头山雀的翅膀和尾羽呈黑色，腹部淡黄。</p>
<p>当地每年五月举办观鸟节，吸引了上万名游客。</p>`;

// Written for this test: a description, then a paragraph that is only a picture's credit.
const CAPTIONED = `灰喜鹊
<p>灰喜鹊是一种常见的留鸟。它的外形很好认：头顶黑色，背部灰色，尾羽很长。</p>
<p>（图片由读者提供）</p>`;

// Written for this test: a quotation opened in one paragraph and closed in the next.
const RECIPE = `涮锅
<p>涮锅是北方常见的吃法。一本老菜谱这样描述涮锅的做法：“先把清汤烧开，放入葱段和姜片。</p>
<p>再把切得极薄的羊肉片放进锅里，一变色就夹出来。”</p>
<p>如今城里的火锅店越来越多。</p>`;

describe('an answer running on over a paragraph break', () => {
  const ferry = engineFromArticles([parseArticle(FERRY, 'ferry')]);
  const bird = engineFromArticles([parseArticle(BIRD, 'bird')]);

  it('quotes the causes at the end of the paragraph before, in one passage cited ¶n–m', () => {
    const answer = ferry.ask('王伯为什么卖掉了渡船？');
    expect(answer.abstained).toBe(false);
    const first = answer.passages[0]!;
    expect(first.text).toContain('上游建起了一座公路桥');
    expect(first.text).toContain('卖掉了渡船');
    expect(first.text).not.toContain('小学');
    expect(first.through).toBe(first.paragraph + 1);
    // No gap is marked where the quotation goes straight on over the break.
    expect(first.text).not.toContain('……');
    expect(replyText(answer, ferry.articles)).toContain(`¶${first.paragraph}–${first.paragraph + 1} `);
    expect(renderAnswer(answer).embeds[0]?.description).toContain(`**¶${first.paragraph}–${first.paragraph + 1}**`);
    expect(JSON.parse(jsonLine(answer, '')).passages[0]).toMatchObject({ paragraph: first.paragraph, through: first.paragraph + 1 });
  });

  it('quotes a description on into the next paragraph', () => {
    const answer = bird.ask('白头山雀的外形是怎样的？');
    expect(answer.abstained).toBe(false);
    const first = answer.passages[0]!;
    expect(first.text).toContain('头顶为白色');
    expect(first.text).toContain('尾羽呈黑色');
    expect(first.text).not.toContain('观鸟节');
  });

  it('quotes the rest of a quotation left open at the break', () => {
    const engine = engineFromArticles([parseArticle(RECIPE, 'recipe')]);
    const answer = engine.ask('老菜谱是怎么描述涮锅的做法的？');
    expect(answer.abstained).toBe(false);
    const first = answer.passages[0]!;
    expect(first.text).toContain('葱段和姜片');
    expect(first.text).toContain('羊肉片');
    expect(first.text).not.toContain('火锅店');
  });

  it('stops at a break after which nothing speaks of what was asked', () => {
    const engine = engineFromArticles([parseArticle(CAPTIONED, 'captioned')]);
    const answer = engine.ask('灰喜鹊的外形是怎样的？');
    expect(answer.passages[0]!.text).toContain('尾羽很长');
    expect(answer.passages.some((p) => p.text.includes('图片'))).toBe(false);
    expect(answer.passages[0]!.through).toBeUndefined();
  });

  it('keeps a figure to its own paragraph', () => {
    const answer = ferry.ask('王伯摆渡了多少年？');
    expect(answer.direct).toContain('四十年');
    expect(answer.passages.every((p) => p.through === undefined)).toBe(true);
  });

  it('counts every sentence of both paragraphs as shown, and offers both in full', () => {
    const answer = ferry.ask('王伯为什么卖掉了渡船？');
    const first = answer.passages[0]!;
    const article = ferry.articles[0]!;
    const shown = new Set(shownSentences(article, answer));
    expect(shown.has(`${first.paragraph + 1}.0`)).toBe(true);
    expect(shown.has(`${first.paragraph}.1`)).toBe(true);
    expect(passageUnshown(article, first, shown)).toBeUndefined();
    // With the cause's paragraph shown before, what is left is the other paragraph alone.
    const left = passageUnshown(article, first, new Set<SentenceKey>([`${first.paragraph}.0`, `${first.paragraph}.1`]));
    expect(left).toMatchObject({ paragraph: first.paragraph + 1, text: '王伯只好在去年秋天卖掉了渡船。' });
    expect(left?.through).toBeUndefined();
    const source = answerActions(answer, 'a1', []).flatMap((row) => row.components).map((c) => ('custom_id' in c ? c.custom_id : '')).find((id) => id.startsWith('src:'));
    expect(source).toContain(`${first.paragraph}.${first.paragraph + 1}`);
  });
});
