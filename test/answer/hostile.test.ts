import { describe, expect, it } from 'vitest';
import { checkQuestion } from '../../src/discord/guards.js';
import { payloadProblems } from '../../src/discord/limits.js';
import { renderPage, PAGE_BUDGET } from '../../src/discord/pages.js';
import { textPayload, type Payload } from '../../src/discord/payload.js';
import { askTyped } from '../../src/discord/question-text.js';
import { answerPages } from '../../src/discord/render.js';
import { suggestionChoices } from '../../src/discord/respond.js';
import { DEFAULT_MAX_QUESTION_LENGTH } from '../../src/discord/context.js';
import { engineFor, seedFile } from '../helpers.js';
import { HOSTILE_CASES } from '../support/hostile-inputs.js';
import { safetyProblems, shownStrings } from '../support/hostile-checks.js';

/**
 * Hostile and odd questions through what the bot does with a question, without Discord: the
 * guards, the real engine, the renderer and every page behind "More". Each gets a sensible answer
 * or a short clear message, within Discord's limits, pinging no one, echoing nothing that formats.
 * The same table runs through the live bot in test/e2e/hostile.test.ts.
 */

const engine = await engineFor(seedFile);
const article = engine.articles[0]!;

/** The bot's pipeline for a question: a refusal, or every page of the rendered answer. */
function reply(input: string): { refused: boolean; pages: Payload[]; abstained?: boolean; language?: string } {
  const allowed = checkQuestion(input, DEFAULT_MAX_QUESTION_LENGTH);
  if (!allowed.ok) return { refused: true, pages: [textPayload(allowed.message('en'))] };
  const answer = askTyped(engine, input);
  const paged = answerPages(answer, { echoQuestion: true, budget: PAGE_BUDGET });
  const pages = paged.embeds.map((_, i) => renderPage(paged, i, 'k3y'));
  return { refused: false, pages, abstained: answer.abstained, language: answer.language };
}

describe('hostile input through guards, engine and renderer', () => {
  it('has at least 40 cases', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const out = reply(c.input);
    for (const page of out.pages) {
      expect(payloadProblems(page)).toEqual([]);
      expect(safetyProblems(page)).toEqual([]);
      expect(page.allowedMentions.parse).toEqual([]);
    }
    const first = out.pages[0]!;
    if (c.expect === 'refuse') {
      expect(out.refused).toBe(true);
      expect(first.content?.length ?? 0).toBeLessThan(120);
      return;
    }
    expect(out.refused).toBe(false);
    expect(first.embeds[0]?.title?.length ?? 0).toBeGreaterThan(0);
    if (c.expect === 'answer') expect(out.abstained).toBe(false);
    if (c.language) expect(out.language).toBe(c.language);
    // Never the article dumped whole: the answer cites some paragraphs, not all of them.
    const cited = new Set(out.pages.flatMap((p) => shownStrings(p).join('\n').match(/¶\d+/g) ?? []));
    expect(cited.size).toBeLessThan(article.paragraphs.length);
  });

  it('autocomplete on each hostile input offers at most 25 choices Discord accepts, none that pings or formats', () => {
    for (const c of HOSTILE_CASES) {
      const choices = suggestionChoices(engine.suggest(c.input.slice(0, DEFAULT_MAX_QUESTION_LENGTH), 25));
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const choice of choices) {
        expect(choice.name.length, c.name).toBeGreaterThan(0);
        expect(choice.name.length, c.name).toBeLessThanOrEqual(100);
        expect(choice.name, c.name).not.toMatch(/<[@#][!&]?\d+>|@everyone|@here|[\u0000-\u001f\u202a-\u202e]/);
      }
    }
  });

  it('answers a question of nothing but Discord markup with the short prompt', () => {
    for (const input of ['@everyone', '<@123456789012345678>', '<#1> <@&2> <t:1700000000:R>']) {
      const answer = askTyped(engine, input);
      expect(answer.abstained, input).toBe(true);
      expect(answer.headline.length, input).toBeLessThan(80);
    }
  });

  it('the safety checks catch what they look for', () => {
    const bad = (description: string) => safetyProblems({ embeds: [{ title: 'ok', description }] });
    expect(bad('**Question:** hi **there**')).not.toEqual([]);
    expect(bad('x <@123> y')).not.toEqual([]);
    expect(bad('hello @everyone')).not.toEqual([]);
    expect(bad('[click](https://x.example)')).not.toEqual([]);
    expect(bad('a\u202eb')).not.toEqual([]);
    expect(bad('**Question:** hi \\*there\\* \\<@123> @\u200beveryone')).toEqual([]);
  });

  it('answers traditional Chinese as simplified, like the same question in simplified', () => {
    for (const [traditional, simplified] of [['誰參加了座談會？', '谁参加了座谈会？'], ['簽署了哪些協議？', '签署了哪些协议？']] as const) {
      const a = engine.ask(traditional);
      const b = engine.ask(simplified);
      expect(a.abstained).toBe(false);
      expect(a.direct).toBe(b.direct);
      expect(a.passages.map((p) => p.paragraph)).toEqual(b.passages.map((p) => p.paragraph));
    }
  });

  it('answers full-width ASCII as the same question in half-width', () => {
    expect(engine.ask('Ｗｈｏ ａｔｔｅｎｄｅｄ ｔｈｅ ｍｅｅｔｉｎｇ？').direct).toBe(engine.ask('Who attended the meeting?').direct);
  });
});
