import type { Article } from '../../article/types.js';
import { extractAgreements, extractVisits } from './lists.js';
import { extractPeople, namesBeforeTitles } from './people.js';
import { extractStatements } from './statements.js';
import { NAME_DOT, transliteratedNames } from '../../language/transliterated.js';
import type { ArticleFacts } from './types.js';

export function extractFacts(article: Article): ArticleFacts {
  const people = extractPeople(article);
  // Foreign names (哈里·苏马迪) speak too, though no post precedes them; and news names them later by
  // the family name alone (苏马迪在…。会后他说), which a later 他 then stands for.
  const foreign = transliteratedNames(article.paragraphs.map((p) => p.text).join('\n'));
  const families = foreign.map((name) => name.split(NAME_DOT).at(-1)!).filter((family) => family.length >= 2);
  const titled = namesBeforeTitles(article);
  return {
    people,
    titled,
    statements: extractStatements(article, [...people.map((p) => p.name), ...titled, ...foreign, ...families]),
    agreements: extractAgreements(article),
    visits: extractVisits(article),
  };
}
