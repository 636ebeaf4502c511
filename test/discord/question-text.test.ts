import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { askTyped, questionText } from '../../src/discord/question-text.js';
import { makeAnswer } from './fixtures.js';

const ID = '123456789012345678';

describe('questionText', () => {
  it('removes Discord markup and keeps the words', () => {
    const typed = `<@${ID}> <@!${ID}> <@&${ID}> <#${ID}> 谁参加了 @everyone @here <:pepe:${ID}> <a:dance:${ID}> <t:1700000000:R> </ask:${ID}>？`;
    expect(questionText(typed).replace(/\s+/g, ' ').trim()).toBe('谁参加了 ？');
  });

  it('sees a mention split by an invisible character or a control', () => {
    expect(questionText(`@\u200beveryone <\u200b@${ID}> who came?`).trim()).toBe('who came?');
    expect(questionText('@every\u200done\tx').trim()).toBe('x');
  });

  it('leaves what only looks like markup', () => {
    expect(questionText('＠everyone <@name> <@12a> @everyones')).toBe('＠everyone <@name> <@12a> @everyones');
  });
});

describe('askTyped', () => {
  it('asks the engine without the markup and echoes the question as typed', () => {
    const asked: string[] = [];
    const engine = {
      ask: (question: string) => {
        asked.push(question);
        return makeAnswer({ question: { raw: question, text: question, language: 'zh', intent: 'attendees', terms: [] } });
      },
    } as unknown as Engine;
    const answer = askTyped(engine, '@everyone 谁参加了？');
    expect(asked.map((q) => q.trim())).toEqual(['谁参加了？']);
    expect(answer.question.raw).toBe('@everyone 谁参加了？');
  });
});
