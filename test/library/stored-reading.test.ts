import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { articleFromStored, READING_VERSION, storedReading } from '../../src/library/stored-reading.js';
import { secondFile } from '../helpers.js';

const article = parseArticle(readFileSync(secondFile, 'utf8'), 'abc123');

describe('an article\'s stored reading', () => {
  it('is read back as the article it was', () => {
    expect(articleFromStored(JSON.parse(JSON.stringify(storedReading(article))), 'abc123')).toEqual(JSON.parse(JSON.stringify(article)));
  });

  it('is not trusted when another parser version made it, it belongs to another id, or it is not an article', () => {
    expect(articleFromStored({ reading: READING_VERSION + 1, article }, 'abc123')).toBeUndefined();
    expect(articleFromStored(storedReading(article), 'other')).toBeUndefined();
    // What earlier versions stored: the bare article, without the parser's version.
    expect(articleFromStored(article, 'abc123')).toBeUndefined();
    expect(articleFromStored({ reading: READING_VERSION, article: { ...article, paragraphs: [{ n: 1, text: 'x' }] } }, 'abc123')).toBeUndefined();
    expect(articleFromStored(null, 'abc123')).toBeUndefined();
    expect(articleFromStored('text', 'abc123')).toBeUndefined();
  });
});
