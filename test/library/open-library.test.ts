import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/library/open-library.js';
import { freshDatabase } from '../support/databases.js';
import { eventually } from '../support/poll.js';
import { closing, seedsFolder } from './helpers.js';

const READY = 'ready for English questions';

describe('the library as the bot opens it with a database', () => {
  it('reads the dictionary for English questions ahead, in the background, and answers them', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wenda-open-library-'));
    closing.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const lines: string[] = [];
    const opened = await openLibrary({
      database: { connectionString: await freshDatabase(), waitMs: 0 },
      dataDir,
      seedsDir: seedsFolder(),
      log: { info: (message) => lines.push(message), warn: (_, message) => lines.push(message) },
    });
    closing.push(() => opened.close());
    // Opening did not wait for it: the bot logs in meanwhile.
    expect(lines).not.toContain(READY);
    await eventually(() => lines.includes(READY), 'the dictionary read ahead', 50_000);
    expect(lines).toEqual([READY]);
    const engine = await opened.library.engineFor(null, { question: 'Who attended the meeting?' });
    const answer = engine.ask('Who attended the meeting?');
    expect(answer.abstained).toBe(false);
  }, 60_000);
});
