import type { Article } from '../../article/types.js';
import { extractAgreements, extractVisits } from './lists.js';
import { extractPeople } from './people.js';
import { extractStatements } from './statements.js';
import { transliteratedNames } from '../../language/transliterated.js';
import type { ArticleFacts } from './types.js';

export function extractFacts(article: Article): ArticleFacts {
  const people = extractPeople(article);
  return {
    people,
    // Foreign names (哈里·苏马迪) speak too, though no post precedes them.
    statements: extractStatements(article, [...people.map((p) => p.name), ...transliteratedNames(article.paragraphs.map((p) => p.text).join('\n'))]),
    agreements: extractAgreements(article),
    visits: extractVisits(article),
  };
}
