import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/article/load.js';
import { projectRoot } from '../../src/util/paths.js';
import { seedFile } from '../helpers.js';

/**
 * Articles that fight back, beyond load.test.ts (which covers each bad file alone): a 5 MB file
 * among good ones, a folder where every kind of bad file sits beside the seed, and the running
 * program — `node dist/src/cli.js` and `npm start` — with a bad seeds folder.
 */

const root = mkdtempSync(join(tmpdir(), 'wenda-fight-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

const HEAD = '标题\n<p>很长的一段。</p>';
/** Exactly 5 MB: a real article's head, padded out. */
const FIVE_MB = HEAD + ' '.repeat(5 * 1024 * 1024 - Buffer.byteLength(HEAD));

/** `npm start`'s and `npm run ask`'s programs, from a folder with no .env, so only `env` configures them. */
function run(script: 'src/cli.js' | 'src/main.js', env: Record<string, string>, args: string[] = []) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DISCORD_') && !k.startsWith('WENDA_')));
  return spawnSync(process.execPath, [join(projectRoot, 'dist', script), ...args], {
    cwd: root,
    env: { ...clean, ...env },
    input: '',
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('bad files among good ones', () => {
  it('skips a 5 MB file, an empty one, a binary one and one without paragraphs, each named with its reason; the seed still loads', () => {
    const dir = folder('mixed', {
      'a_huge.txt': FIVE_MB,
      'b_empty.txt': '',
      'c_image.html': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'd_hollow.html': '标题\n<div>&nbsp;</div><script>x()</script>',
    });
    copyFileSync(seedFile, join(dir, 'z_seed.txt'));
    const { articles, skipped } = loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['z_seed']);
    expect(articles[0]?.paragraphs.length).toBeGreaterThan(5);
    expect(skipped.map((s) => s.file)).toEqual(['a_huge.txt', 'b_empty.txt', 'c_image.html', 'd_hollow.html'].map((f) => join(dir, f)));
    const reasons = skipped.map((s) => s.reason);
    for (const [i, reason] of [/^file too large/, /^empty file$/, /^binary file/, /^no paragraphs found/].entries()) expect(reasons[i]).toMatch(reason);
    expect(skipped[0]?.reason).toMatch(/5\.0 MB/);
  });
});

describe('the running program with a bad seeds folder', () => {
  it('node dist/src/cli.js: a missing folder exits 1 naming it, nothing on stdout', () => {
    const missing = join(root, 'no-such-folder');
    const out = run('src/cli.js', { WENDA_SEEDS_DIR: missing }, ['--jsonl']);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(missing);
  });

  it('npm start without a token: a folder of only bad files exits 1 naming the folder and each file', () => {
    const dir = folder('all-bad', { 'x.txt': '', 'y.txt': FIVE_MB });
    const out = run('src/main.js', { WENDA_SEEDS_DIR: dir });
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(dir);
    expect(out.stderr).toMatch(/x\.txt: empty file/);
    expect(out.stderr).toMatch(/y\.txt: file too large/);
  });

  it('npm start with a token: a missing folder exits 1 naming it, before any login, and never prints the token', () => {
    const token = 'MTIzNDU2Nzg5MDEy.secret-token-for-the-test.0123456789';
    const missing = join(root, 'gone');
    const out = run('src/main.js', { WENDA_SEEDS_DIR: missing, DISCORD_TOKEN: token, DISCORD_API_URL: 'http://127.0.0.1:9/api' });
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(missing);
    expect(out.stderr + out.stdout).not.toContain(token);
  });

  it('npm start without a token: one bad file is reported and the rest still answer', () => {
    const dir = folder('one-bad', { 'a_empty.txt': '' });
    copyFileSync(seedFile, join(dir, 'b_seed.txt'));
    const out = run('src/cli.js', { WENDA_SEEDS_DIR: dir }, ['签署了哪些协议？']);
    expect(out.status).toBe(0);
    expect(out.stderr).toContain(`skipped ${join(dir, 'a_empty.txt')}: empty file`);
    expect(out.stdout).toMatch(/协议/);
  });
});
