import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadArticleFile } from '../../src/article/load.js';

const seed = fileURLToPath(new URL('../../seeds/000_20b33d47ff37ce72.txt', import.meta.url));

describe('the seed article', () => {
  const article = loadArticleFile(seed);

  it('takes id and title from the file', () => {
    expect(article.id).toBe('000_20b33d47ff37ce72');
    expect(article.file).toBe(seed);
    expect(article.title).toBe('深化京冀合作 共同推动区域高质量发展');
  });

  it('lifts the 原标题 line out of the body as the subtitle, label removed', () => {
    expect(article.subtitle).toBe(
      '河北省党政代表团在京考察 深化京冀合作 共同推动区域高质量发展 蔡奇陈吉宁李伟与王东峰许勤叶冬松座谈',
    );
    expect(article.paragraphs.some((p) => p.text.includes('原标题'))).toBe(false);
  });

  it('has the nine body paragraphs the page shows, numbered from 1', () => {
    // The page has ten text blocks: the 原标题 line and nine paragraphs of report.
    expect(article.paragraphs.map((p) => p.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(article.paragraphs[0]?.text.startsWith('10月21日，河北省党政代表团在京考察。')).toBe(true);
    expect(article.paragraphs[8]?.text.startsWith('河北省和北京市领导')).toBe(true);
  });

  it('takes the trailing (范俊生 高枝) as the byline and out of the last paragraph', () => {
    expect(article.byline).toEqual(['范俊生', '高枝']);
    expect(article.paragraphs.at(-1)?.text.endsWith('北京市政府秘书长靳伟参加。')).toBe(true);
  });

  it('reads the dateline from the first paragraph', () => {
    expect(article.date).toBe('10月21日');
  });

  it('leaves no markup, entities or indentation in the text', () => {
    for (const p of article.paragraphs) {
      expect(p.text).not.toMatch(/&nbsp;|\u3000|\u00A0|<|>|^\s|\s$/);
    }
  });

  it('cuts each paragraph into sentences that join back to it', () => {
    for (const p of article.paragraphs) {
      expect(p.sentences.length).toBeGreaterThan(0);
      expect(p.sentences.join('')).toBe(p.text);
    }
    expect(article.paragraphs[0]?.sentences).toEqual([
      '10月21日，河北省党政代表团在京考察。',
      '北京市委书记蔡奇，市委副书记、市长陈吉宁，市人大常委会主任李伟与河北省委书记、省人大常委会主任王东峰，省委副书记、省长许勤，省政协主席叶冬松座谈。',
    ]);
  });

  it('has no editor, because the page names none', () => {
    expect(article.editor).toBeUndefined();
  });

  it('decodes the seed as UTF-8 (same text as reading it as UTF-8)', () => {
    const raw = readFileSync(seed, 'utf8');
    expect(raw.includes(article.paragraphs[1]?.sentences[0] ?? '∅')).toBe(true);
  });
});
