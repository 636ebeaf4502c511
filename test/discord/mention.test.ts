import { describe, expect, it } from 'vitest';
import { isForBot, questionFromMessage } from '../../src/discord/mention.js';

const BOT = '1000';
const message = (over: { bot?: boolean; guildId?: string | null; mentioned?: string[] }) => ({
  author: { bot: over.bot ?? false },
  guildId: over.guildId === undefined ? '55' : over.guildId,
  mentions: { users: new Map((over.mentioned ?? []).map((id) => [id, {}])) },
}) as unknown as Parameters<typeof isForBot>[0];

describe('mentions', () => {
  it('strips the bot’s own mention in both forms, and nothing else', () => {
    expect(questionFromMessage(`<@${BOT}> 谁参加了？`, BOT)).toBe('谁参加了？');
    expect(questionFromMessage(`who came <@!${BOT}>`, BOT)).toBe('who came');
    expect(questionFromMessage(`<@${BOT}> ask <@2000>`, BOT)).toBe('ask <@2000>');
    expect(questionFromMessage(`<@${BOT}>`, BOT)).toBe('');
  });

  it('answers a channel message that mentions the bot, and any DM', () => {
    expect(isForBot(message({ mentioned: [BOT] }), BOT)).toBe(true);
    expect(isForBot(message({ guildId: null }), BOT)).toBe(true);
    expect(isForBot(message({ mentioned: ['2000'] }), BOT)).toBe(false);
  });

  it('ignores bots, itself included', () => {
    expect(isForBot(message({ bot: true, mentioned: [BOT] }), BOT)).toBe(false);
    expect(isForBot(message({ bot: true, guildId: null }), BOT)).toBe(false);
  });
});
