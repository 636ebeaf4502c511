import { describe, expect, it } from 'vitest';
import { formatForTerminal } from '../../src/terminal/format.js';
import { replyText } from '../../src/terminal/text.js';
import { engineFor, seedFile } from '../helpers.js';

describe('the terminal reply', () => {
  it('names the article it answered from, with its date', async () => {
    const engine = await engineFor(seedFile);
    const answer = engine.ask('签署了哪些协议？');
    const lines = formatForTerminal(answer, replyText(answer, engine.articles), false).split('\n');
    expect(lines.at(-1)).toBe(`来源: ${engine.articles[0]!.title} · ${engine.articles[0]!.date}`);
  });

  it('names no article when it says the article does not answer', async () => {
    const engine = await engineFor(seedFile);
    const answer = engine.ask('What is the population of Mars?');
    expect(answer.abstained).toBe(true);
    expect(formatForTerminal(answer, replyText(answer, engine.articles), false)).not.toContain('Source:');
  });
});
