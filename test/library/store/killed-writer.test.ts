import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/util/paths.js';
import { GUILD_A, MEMBER, openStore, tempDataDir } from './helpers.js';

/**
 * A writer process loading article after article, killed with SIGKILL in the middle: no chance to
 * clean up, exactly like a crash. It runs the built store (npm test builds first), as the bot does.
 */
const WRITER = `
const { FileArticleStore } = await import(${JSON.stringify(join(projectRoot, 'dist', 'src', 'library', 'store', 'index.js'))});
const store = new FileArticleStore({ dataDir: process.argv[1], maxArticlesPerGuild: 100000, maxLoadsPerMemberPerHour: 100000 });
const body = '<p>' + '这是一段用来测试写入中途崩溃的正文。'.repeat(400) + '</p>';
for (let i = 0; ; i++) {
  const { article } = await store.add(${JSON.stringify(GUILD_A)}, {
    articleFile: 'Article ' + i + '\\n' + body + i,
    rawHtml: '<html>' + body.repeat(400) + '</html>',
    parsed: { id: 'x', title: 'Article ' + i, paragraphs: [{ n: 1, text: body, sentences: [body] }] },
    meta: { title: 'Article ' + i, paragraphs: 1, source: { kind: 'url', value: 'https://example.com/' + i, loadedBy: ${JSON.stringify(MEMBER)}, loadedAt: new Date().toISOString() } },
  });
  process.stdout.write(article.id + '\\n');
}
`;

describe('a store whose writer is killed mid-write', () => {
  it('keeps every article it finished and shows no half-written one', async () => {
    expect(existsSync(join(projectRoot, 'dist', 'src', 'library', 'store', 'index.js')), 'run npm run build first (npm test does)').toBe(true);
    const dataDir = await tempDataDir();
    const child = spawn(process.execPath, ['--input-type=module', '-e', WRITER, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const finished: string[] = [];
    let buffered = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the writer stored nothing in 20 s')), 20_000);
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        finished.push(...lines.filter(Boolean));
        // Killed at an arbitrary moment after a few complete writes: most likely inside the next one.
        if (finished.length >= 5) {
          clearTimeout(timer);
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('error', reject);
    });
    await new Promise((resolve) => child.once('close', resolve));

    const store = openStore(dataDir);
    const listed = await store.list(GUILD_A);
    const ids = listed.map((a) => a.id);
    for (const id of finished) expect(ids).toContain(id);
    // Whatever is listed is whole: its text and parsed form read back.
    for (const article of listed) {
      const content = await store.get(GUILD_A, article.id);
      expect(content?.articleFile.startsWith(article.title)).toBe(true);
      expect(content?.parsed).toMatchObject({ title: article.title });
    }
    // A leftover of the interrupted write is reported and deleted, never taken for an article.
    for (const problem of store.problems) expect(problem.reason).toBe('left by a write or removal that did not finish; deleted');
    expect(listed.length - finished.length).toBeLessThanOrEqual(1);
  });
});
