import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { understandQuestion } from '../../src/answer/understand.js';
import { baseForms, buildSynonyms, loadSynonyms, synonymsOf } from '../../src/language/wordnet.js';
import { temporaryFolder } from '../support/cleanup.js';

describe('English synonyms from WordNet', () => {
  it('are reduced from the WordNet files to a word → synonyms table, the commonest senses only', () => {
    const file = join(temporaryFolder('wordnet'), 'synonyms.tsv');
    buildSynonyms(file);
    const table = loadSynonyms(file);
    expect(table.get('plane')).toContain('airplane');
    expect(table.get('kid')).toContain('child');
    // Single words only: WordNet's "dead_body" is no synonym a question's word can meet.
    expect(readFileSync(file, 'utf8')).not.toMatch(/_/);
  });

  it('are found for an inflected word through its base form', () => {
    expect(baseForms('kids')).toContain('kid');
    expect(baseForms('cities')).toContain('city');
    expect(synonymsOf('kids')).toContain('child');
    expect(synonymsOf('qwertyuiop')).toEqual([]);
  });
});

describe('an English word the dictionary maps to nothing in the article', () => {
  // Written for this test. CC-CEDICT glosses 飞机 as "airplane" and 孩子 as "child", never "plane" or "kid".
  const engine = engineFromArticles([
    parseArticle(
      `小镇迎来新机场\n<p>新机场昨天启用，首架飞机上午9时降落，机上载有153名乘客。</p>\n<p>镇上的李老师带着两个孩子到现场观看，他说孩子们都很兴奋。</p>`,
      'airport',
    ),
  ]);

  it('reaches the article through a synonym (plane → airplane → 飞机)', () => {
    const answer = engine.ask('When did the first plane land?');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('上午9时');
  });

  it('and the answer still comes from the sentence that says it (kids → child → 孩子)', () => {
    const answer = engine.ask('How many kids did the teacher bring?');
    expect(answer.abstained).toBe(false);
    expect(answer.direct).toContain('两个');
  });

  it('a capitalised word inside a question is a name, and a name is not read through synonyms', () => {
    const concept = (question: string) => understandQuestion(question, engine.knowledge).concepts.find((c) => c.label === 'plane');
    expect(concept('Where did the plane land?')?.alternatives.map((a) => a.word)).toContain('飞机');
    expect(concept('What did Mr Plane say?')?.alternatives ?? []).toEqual([]);
  });
});
