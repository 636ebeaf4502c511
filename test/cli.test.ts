import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/util/paths.js';
import { secondFile, seedFile } from './helpers.js';
import { temporaryFolder } from './support/cleanup.js';

/** The scripting interface exactly as outside checkers call it. */
function ask(input: string, ...args: string[]) {
  return spawnSync('npm', ['run', '--silent', 'ask', '--', '--jsonl', ...args], {
    cwd: projectRoot,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm run ask -- --jsonl', () => {
  it('writes one JSON object per input line, a blank one included, and nothing else', () => {
    const run = ask('签署了哪些协议？\nWho attended?\n\n河北的GDP是多少？\n');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    const answers = lines.map((line) => JSON.parse(line));
    for (const answer of answers) {
      expect(Object.keys(answer).sort()).toEqual(['abstained', 'answer', 'direct', 'intent', 'passages', 'question']);
      for (const passage of answer.passages) {
        expect(Object.keys(passage).sort()).toEqual(['article', 'paragraph', 'score', 'text']);
        expect(passage.article).toEqual({ id: '000_20b33d47ff37ce72', title: expect.stringContaining('深化京冀合作') });
      }
    }
    expect(answers[0].intent).toBe('agreements');
    expect(answers[0].direct.split('；')).toHaveLength(2);
    expect(answers[1].question).toBe('Who attended?');
    // The blank line keeps its place: the n-th answer is the n-th line's.
    expect(answers[2]).toMatchObject({ question: '', abstained: true, direct: '', passages: [] });
    expect(answers[2].answer).toContain('请输入一个关于文章的问题');
    expect(answers[3].question).toBe('河北的GDP是多少？');
    expect(answers[3].abstained).toBe(true);
    expect(answers[3].passages).toEqual([]);
  });

  it('stops quietly when its reader closes the pipe early', () => {
    const run = spawnSync('bash', ['-c', 'yes 签署了哪些协议？ | head -400 | npm run --silent ask -- --jsonl | head -1; echo "status ${PIPESTATUS[2]}" >&2'], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(JSON.parse(run.stdout).intent).toBe('agreements');
    expect(run.stderr).not.toContain('EPIPE');
    expect(run.stderr).toContain('status 0');
  });

  it('answers about another article with --article', () => {
    const run = ask('签了什么协议？\n', '--article', secondFile);
    expect(JSON.parse(run.stdout).direct).toContain('数字经济合作备忘录');
  });

  it('reads every article of a folder with --seeds and says which article each passage is from', () => {
    const dir = temporaryFolder('seeds');
    copyFileSync(seedFile, join(dir, 'a.txt'));
    copyFileSync(secondFile, join(dir, 'b.txt'));
    const run = ask('签了什么协议？\n', '--seeds', dir);
    expect(run.status).toBe(0);
    const answer = JSON.parse(run.stdout);
    expect(answer.passages.length).toBeGreaterThan(0);
    const ids = new Set(answer.passages.map((p: { article: { id: string } }) => p.article.id));
    expect([...ids].every((id) => id === 'a' || id === 'b')).toBe(true);
    for (const p of answer.passages) expect(p.article.title.length).toBeGreaterThan(0);
  });

  it('names the file when the article cannot be read', () => {
    const dir = temporaryFolder('cli');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const run = ask('hi\n', '--article', empty);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(empty);
  });
});
