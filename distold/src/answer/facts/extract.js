import { extractAgreements, extractVisits } from './lists.js';
import { extractPeople } from './people.js';
import { extractStatements } from './statements.js';
import { transliteratedNames } from '../../language/transliterated.js';
export function extractFacts(article) {
    const people = extractPeople(article);
    return {
        people,
        // Foreign names (格里·苏加特曼) speak too, though no post precedes them.
        statements: extractStatements(article, [...people.map((p) => p.name), ...transliteratedNames(article.paragraphs.map((p) => p.text).join('\n'))]),
        agreements: extractAgreements(article),
        visits: extractVisits(article),
    };
}
//# sourceMappingURL=extract.js.map