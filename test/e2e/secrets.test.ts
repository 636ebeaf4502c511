import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { startBot } from '../../src/discord/bot.js';
import { createLogger } from '../../src/discord/logger.js';
import { projectRoot } from '../../src/util/paths.js';
import { newUser, pause, seedEngine, startHarness, until, visible, type Harness } from './support/harness.js';

/**
 * The token never leaves the process: errors that carry it (the API echoing it back in an error
 * body, a failed login) are logged and answered without it, and `.env` never reaches git.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ cooldownMs: 0 });
});
afterAll(async () => {
  await h?.close();
});

/**
 * An API error message that quotes the token, as a misbehaving proxy or server might. A 4xx, because
 * discord.js puts a 4xx body's message in the error it throws (a 5xx only gives the status text).
 */
const leaky = () => `403: upstream rejected Authorization "Bot ${h.fake.token}" (token=${h.fake.token})`;

describe('an error that carries the token', () => {
  it('from an interaction callback: logged without it, and the user reads no token', async () => {
    h.fake.addRestFault({ path: /\/callback$/, status: 403, message: leaky() });
    const before = h.logs.length;
    const interaction = await h.fake.sendCommand('ask', { question: '谁参加了座谈会？' }, { userId: newUser() });
    const final = await h.fake.waitForResponse(interaction.id, { final: true });
    await until(() => h.logs.slice(before).some((l) => l.includes('interaction failed')), 'the failure to be logged');
    // The error really carried the token: the server sent it, the logger had to take it out.
    expect(h.logs.slice(before).join('\n')).toContain('upstream rejected Authorization');
    expect(visible(final.message)).not.toContain(h.fake.token);
  });

  it('from a mention reply: logged without it, and the channel reads no token', async () => {
    h.fake.addRestFault({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 403, message: leaky() });
    const before = h.logs.length;
    const sent = await h.fake.sendMessage('Who attended?', { mentionBot: true, authorId: newUser() });
    await h.fake.waitForChannelMessage((m) => m.message_reference?.message_id === sent.id, 8_000);
    await until(() => h.logs.slice(before).some((l) => l.includes('mention failed')), 'the failure to be logged');
    expect(h.logs.slice(before).join('\n')).toContain('upstream rejected Authorization');
  });

  it('from a failed login: the start-up error names the server and hides the token', async () => {
    h.fake.addRestFault({ method: 'GET', path: /^\/gateway\/bot$/, status: 403, message: leaky() });
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', secrets: [h.fake.token], destination: { write: (l: string) => void lines.push(l) } });
    const failed = await startBot({ engine: await seedEngine(), commands, token: h.fake.token, apiUrl: h.fake.apiUrl, logger }).then(
      () => new Error('logged in despite the fault'),
      (error: unknown) => error as Error,
    );
    expect(failed.name).toBe('StartupError');
    expect(failed.message).toContain(h.fake.apiUrl);
    expect(failed.message).toContain('upstream rejected');
    expect(failed.message).not.toContain(h.fake.token);
    for (const line of lines) expect(line).not.toContain(h.fake.token);
  });

  it('appears in no log line, no message and no request body, ever', async () => {
    await pause(100);
    expect(h.logs.length).toBeGreaterThan(2);
    for (const line of h.logs) expect(line).not.toContain(h.fake.token);
    for (const message of h.fake.messages()) expect(JSON.stringify(message)).not.toContain(h.fake.token);
    for (const request of h.fake.requests) expect(JSON.stringify(request.body ?? null)).not.toContain(h.fake.token);
  });
});

describe('configuration at start', () => {
  it('a bad variable stops npm start with exit 1, naming it, without printing the token', () => {
    const token = 'MTIzNDU2Nzg5MDEy.another-secret-token.abcdefghij';
    const cwd = mkdtempSync(join(tmpdir(), 'wenda-config-'));
    try {
      const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DISCORD_') && !k.startsWith('WENDA_')));
      const out = spawnSync(process.execPath, [join(projectRoot, 'dist', 'src', 'main.js')], {
        cwd,
        env: { ...clean, DISCORD_TOKEN: token, WENDA_COOLDOWN_MS: 'soon', DISCORD_API_URL: 'ftp://example' },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(out.status).toBe(1);
      expect(out.stderr).toMatch(/WENDA_COOLDOWN_MS: must be a number/);
      expect(out.stderr).toMatch(/DISCORD_API_URL: must be an http\(s\) URL/);
      expect(out.stderr + out.stdout).not.toContain(token);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('.env is ignored by git, .env.example is not', () => {
    const ignored = (path: string) => spawnSync('git', ['check-ignore', '-q', path], { cwd: projectRoot }).status;
    expect(ignored('.env')).toBe(0);
    expect(ignored('.env.example')).toBe(1);
  });
});
