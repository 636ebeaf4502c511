import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { engineFromArticles } from '../../src/answer/load.js';
import { KnowledgeSnapshots } from '../../src/answer/snapshot.js';
import { parseArticle } from '../../src/article/index.js';
import { secondFile, seedFile } from '../helpers.js';

const root = mkdtempSync(join(tmpdir(), 'wenda-snapshot-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const articles = [parseArticle(readFileSync(seedFile, 'utf8'), 'seed'), parseArticle(readFileSync(secondFile, 'utf8'), 'second')];
const QUESTIONS = ['上海市委书记是谁？', '签了什么协议？', 'Who attended the meeting in Beijing?', '磁悬浮列车什么时候通车？', '河北省党政代表团在北京考察了哪些地方？'];
const replies = (engine: ReturnType<typeof engineFromArticles>) =>
  QUESTIONS.map((q) => {
    const a = engine.ask(q);
    return { article: a.article.id, headline: a.headline, direct: a.direct, passages: a.passages.map((p) => [p.paragraph, p.text]) };
  });

describe.each(['sentences', 'tiered'] as const)('a knowledge snapshot (%s index)', (index) => {
  const dir = join(root, index);
  const problems: { file: string; reason: string }[] = [];
  const snapshots = new KnowledgeSnapshots(dir, (p) => void problems.push(p));
  const built = engineFromArticles(articles, [], { index, snapshots });
  const files = () => readdirSync(dir).filter((f) => f.endsWith('.snapshot'));

  it('is written once, keyed by the articles, and gives back an engine that answers exactly as the built one', () => {
    expect(files()).toHaveLength(1);
    const key = snapshots.key(articles, index);
    expect(files()[0]).toBe(`${key}.snapshot`);
    expect(snapshots.read(key)?.index.constructor.name).toBe(index === 'tiered' ? 'TieredIndex' : 'SentenceIndex');
    const restored = engineFromArticles(articles, [], { index, snapshots });
    expect(replies(restored)).toEqual(replies(built));
    expect(files()).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('is not used for other articles, or for the same articles changed', () => {
    const changed = [articles[0]!, { ...articles[1]!, paragraphs: articles[1]!.paragraphs.slice(1) }];
    expect(snapshots.key(changed, index)).not.toBe(snapshots.key(articles, index));
    expect(snapshots.key([articles[0]!], index)).not.toBe(snapshots.key(articles, index));
    expect(snapshots.read(snapshots.key([articles[0]!], index))).toBeUndefined();
  });

  it('when damaged, is reported, rebuilt and written again, and the answers do not change', () => {
    const key = snapshots.key(articles, index);
    const file = join(dir, `${key}.snapshot`);
    writeFileSync(file, Buffer.from([7, 0, 0, 0, 123, 34, 120]));
    const rebuilt = engineFromArticles(articles, [], { index, snapshots });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toMatch(/^snapshot rebuilt/);
    expect(replies(rebuilt)).toEqual(replies(built));
    expect(snapshots.read(key)).toBeDefined();
  });
});
