import { pinyinSyllables } from '../../language/pinyin.js';
import { namedAfterSurname, readText, spelledIn, type TextReading } from '../../language/spelled-in-text.js';
import type { PreparedArticle } from './prepare.js';

const readings = new WeakMap<PreparedArticle, TextReading>();

/** The article's characters and their readings, read once per article rather than per question. */
function articleReading(prepared: PreparedArticle): TextReading {
  let reading = readings.get(prepared);
  if (!reading) {
    reading = readText(prepared.text);
    readings.set(prepared, reading);
  }
  return reading;
}

/**
 * Names a question writes in Latin letters (Zhang Mingyuan, Li Hua, Liu), found in the article by
 * their pinyin: jieba often cuts an unknown name apart (柯 + 秋岚), so the article's characters are
 * read, not its words. A run of capitalised words is one name, matched character for syllable; a
 * single capitalised syllable is a surname, standing for the name the article most often writes
 * after it.
 */
export function namesInQuestion(question: string, prepared: PreparedArticle): string[] {
  const found: string[] = [];
  for (const run of question.match(/\b[A-Z][a-z]+(?:'[a-z]+|[ -][A-Z][a-z]+)*/g) ?? []) {
    const spoken = pinyinSyllables(run.toLowerCase().replace(/[^a-z]/g, ''));
    if (!spoken) continue;
    if (spoken.length === 1) {
      const name = namedAfterSurname(articleReading(prepared), spoken[0]!);
      if (name) found.push(name);
      continue;
    }
    const matches = [...spelledIn(articleReading(prepared), spoken)].sort((a, b) => b[1] - a[1]);
    if (matches[0]) found.push(matches[0][0]);
  }
  return [...new Set(found)];
}
