import { describe, expect, it } from 'vitest';
import { cantoneseSyllables, spelledInCantonese } from '../../src/language/cantonese-romanised.js';

const found = (words: string[], text: string) => {
  const syllables = cantoneseSyllables(words);
  return syllables ? [...spelledInCantonese(Array.from(text), syllables).keys()] : [];
};

describe('Hong Kong names spelt by their Cantonese sound', () => {
  it('reads places, shops and people back into the characters a text writes', () => {
    expect(found(['Sham', 'Shui', 'Po'], '位於深水埗的老店')).toEqual(['深水埗']);
    expect(found(['Tsim', 'Sha', 'Tsui'], '尖沙咀海旁')).toEqual(['尖沙咀']);
    expect(found(['Kam', 'Lung'], '金龍酒家的招牌')).toEqual(['金龍']);
    expect(found(['Tong', 'Kwok', 'keung'], '師傅唐國強說')).toEqual(['唐國強']);
    expect(found(['Cheung', 'Sha', 'Wan'], '长沙湾')).toEqual(['长沙湾']);
  });

  it('finds nothing for words the romanisation cannot spell, nor for another name', () => {
    expect(cantoneseSyllables(['Kam', 'Restaurant'])).toBeUndefined();
    expect(found(['Kam', 'Lung'], '金鳳酒家的招牌')).toEqual([]);
  });
});

describe('the Cantonese converter', () => {
  it('is imported by the build alone, never by what the bot loads (it holds some 27 MB)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
    const sources = [...files('src'), ...files('commands')];
    const importers = sources.filter((file) => /from '(?:to-jyutping|[./]+cantonese-readings\.js)'/u.test(readFileSync(file, 'utf8')));
    expect(importers).toEqual([join('src', 'language', 'cantonese-readings.ts')]);
  });
});
