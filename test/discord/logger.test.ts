import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/discord/logger.js';

const TOKEN = 'MTIzNDU2Nzg5.Gabcde.secret-part-of-the-token_0123456789';

function capture() {
  const lines: string[] = [];
  return { lines, destination: { write: (line: string) => void lines.push(line) } };
}

describe('logger', () => {
  it('never writes the token: not in fields, messages, errors or stacks', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: 'trace', secrets: [TOKEN], destination });
    logger.info({ token: TOKEN }, 'field');
    logger.info({ config: { token: TOKEN }, headers: { authorization: `Bot ${TOKEN}` } }, 'nested');
    logger.warn(`message with Bot ${TOKEN} inside`);
    logger.error({ err: new Error(`request failed: Authorization: Bot ${TOKEN}`) }, 'error');
    logger.debug({ detail: { deep: [{ text: `x${TOKEN}y` }] } }, 'deep');
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      expect(line).not.toContain(TOKEN);
      expect(line).not.toContain('secret-part-of-the-token');
    }
    expect(lines.join('')).toContain('[redacted]');
  });

  it('writes JSON lines with the level and message', () => {
    const { lines, destination } = capture();
    createLogger({ level: 'info', destination }).info({ user: '1' }, 'ready');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ level: 30, msg: 'ready', user: '1', app: 'wenda' });
  });
});
