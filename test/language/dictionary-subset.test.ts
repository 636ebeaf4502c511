import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SortedDictionary, subsetDictionary } from '../../src/language/dictionary-subset.js';
import { dictionaryFiles, statsOf, type DictionaryStats } from '../../src/language/jieba-dict.js';
import { projectRoot } from '../../src/util/paths.js';
import { secondFile, seedFile } from '../helpers.js';

const files = dictionaryFiles();
const stats = JSON.parse(readFileSync(files.stats, 'utf8')) as DictionaryStats;
const sorted = new SortedDictionary(files.sorted);
const frequenciesOf = (dictionary: string) => dictionary.trim().split('\n').map((line) => Number(line.split(' ')[1]));

describe('the part of jieba’s dictionary a text needs', () => {
  it('finds every dictionary word a text holds, and only those', () => {
    const text = '北京市委书记出席座谈会并讲话';
    const words = [...sorted.wordsIn(text)].map((i) => sorted.line(i).split(' ')[0]!);
    for (const word of ['北京', '北京市', '市委', '书记', '出席', '座谈会', '座谈', '讲话']) expect(words).toContain(word);
    for (const word of words) expect(text).toContain(word);
    expect(sorted.indexOf('座谈会')).toBeDefined();
    expect(sorted.indexOf('座谈会议室不存在')).toBeUndefined();
  });

  it('keeps the whole dictionary’s sum, smallest and median frequency, which set every weight', () => {
    for (const text of ['', '出席座谈会', readFileSync(seedFile, 'utf8')]) {
      const lines = [...sorted.wordsIn(text)].map((i) => sorted.line(i));
      const part = subsetDictionary(lines, stats)!;
      const kept = statsOf(frequenciesOf(part));
      expect({ sum: kept.sum, min: kept.min, median: kept.median }).toEqual({ sum: stats.sum, min: stats.min, median: stats.median });
      for (const line of lines) expect(part).toContain(line + '\n');
    }
  });

  it('cuts, cuts for search and tags articles and questions exactly as the whole dictionary does, taught names included', () => {
    // Two processes: jieba is loaded once per process, with the part (the default) or the whole.
    const script = `
      import { readFileSync } from 'node:fs';
      const seg = await import(${JSON.stringify(join(projectRoot, 'dist/src/language/segmenter.js'))});
      if (process.argv[1] === 'whole') seg.loadWholeDictionary();
      const texts = ${JSON.stringify([seedFile, secondFile])}.map((f) => readFileSync(f, 'utf8').replace(/<[^>]+>/g, '\\n'));
      seg.coverTexts(texts);
      texts.push('河北省委书记是谁？', '北京和河北签署了哪些合作协议？', '臺灣的總統府位於哪裡？', '韦澜舟在座谈会上强调了什么？');
      seg.addWords(['韦澜舟', '座谈会上'], 'nr');
      const out = texts.flatMap((t) => t.split(/[\\n。]/).filter((s) => s.trim()).map((s) => [seg.cutWords(s), seg.cutForSearch(s), seg.tagWords(s)]));
      process.stdout.write(JSON.stringify({ loaded: seg.loadedDictionary(), out }));`;
    const run = (mode: string, env: NodeJS.ProcessEnv = process.env) => {
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, mode], { encoding: 'utf8', timeout: 60_000, env });
      expect(child.stderr).toBe('');
      return JSON.parse(child.stdout) as { loaded: string; out: [string[], string[], { word: string; tag: string }[]][] };
    };
    const { loaded, out: part } = run('part');
    const { out: whole } = run('whole');
    // The questions' new words were loaded as parts too (a few reloads), never the whole dictionary.
    expect(loaded).toBe('part');
    expect(part.length).toBeGreaterThan(20);
    expect(part).toEqual(whole);
    // The taught name stays whole in both, tagged as taught.
    expect(part.some(([words]) => words.includes('韦澜舟'))).toBe(true);
    // With no writable temporary folder for the part, the whole dictionary, and the same cuts.
    const unwritable = run('part', { ...process.env, TMPDIR: join(projectRoot, 'no-such-folder', 'tmp') });
    expect(unwritable.loaded).toBe('whole');
    expect(unwritable.out).toEqual(whole);
  });
});
