import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_COOLDOWN_MS, loadConfig } from '../../src/discord/config.js';

const TOKEN = 'MTIzNDU2Nzg5.abcdef.ghijklmnopqrstuvwxyz';

describe('loadConfig', () => {
  it('fills defaults around the token', () => {
    expect(loadConfig({ DISCORD_TOKEN: TOKEN })).toEqual({
      token: TOKEN,
      apiUrl: 'https://discord.com/api',
      cooldownMs: DEFAULT_COOLDOWN_MS,
      maxQuestionLength: 300,
      logLevel: 'info',
      messageContent: false,
    });
  });

  it('asks for Message Content only when WENDA_MESSAGE_CONTENT says so, and refuses anything but true or false', () => {
    expect(loadConfig({ DISCORD_TOKEN: TOKEN, WENDA_MESSAGE_CONTENT: 'true' }).messageContent).toBe(true);
    expect(loadConfig({ DISCORD_TOKEN: TOKEN, WENDA_MESSAGE_CONTENT: '' }).messageContent).toBe(false);
    expect(() => loadConfig({ DISCORD_TOKEN: TOKEN, WENDA_MESSAGE_CONTENT: 'yes' })).toThrow(/WENDA_MESSAGE_CONTENT: must be true or false/);
  });

  it('reads every variable, treating empty ones as unset', () => {
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: 'http://127.0.0.1:5000/api/',
      DISCORD_APPLICATION_ID: '42',
      DISCORD_GUILD_ID: '',
      WENDA_COOLDOWN_MS: '0',
      LOG_LEVEL: 'warn',
      WENDA_SEEDS_DIR: 'articles',
    });
    expect(config).toMatchObject({ apiUrl: 'http://127.0.0.1:5000/api', applicationId: '42', cooldownMs: 0, logLevel: 'warn', seedsDir: 'articles' });
    expect(config.guildId).toBeUndefined();
  });

  it('says what to do when the token is missing', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    expect(() => loadConfig({ DISCORD_TOKEN: '' })).toThrow(/DISCORD_TOKEN is not set.*\.env/);
  });

  it('lists every bad variable by name, and never echoes the token', () => {
    let message = '';
    try {
      loadConfig({ DISCORD_TOKEN: `Bot ${TOKEN}`, DISCORD_API_URL: 'ftp://x', WENDA_COOLDOWN_MS: 'soon', LOG_LEVEL: 'loud', DISCORD_GUILD_ID: 'my-guild' });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of ['DISCORD_TOKEN', 'DISCORD_API_URL', 'WENDA_COOLDOWN_MS', 'LOG_LEVEL', 'DISCORD_GUILD_ID']) expect(message).toContain(name);
    expect(message).not.toContain(TOKEN);
  });
});
