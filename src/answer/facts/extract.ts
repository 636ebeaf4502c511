import type { Article } from '../../article/types.js';
import { extractAgreements, extractVisits } from './lists.js';
import { extractPeople } from './people.js';
import { extractStatements } from './statements.js';
import type { ArticleFacts } from './types.js';

export function extractFacts(article: Article): ArticleFacts {
  const people = extractPeople(article);
  return {
    people,
    statements: extractStatements(article, people.map((p) => p.name)),
    agreements: extractAgreements(article),
    visits: extractVisits(article),
  };
}
