import MiniSearch from 'minisearch';
import { encodeTerm, SentenceIndex } from '../src/search/sentence-index.js';
import { indexTerms } from '../src/search/tokenize.js';
import { spread, timed } from './stats.js';
/** The options loadJSON needs to rebuild wenda's index: the same fields and tokenizer as SentenceIndex. */
const LOAD_OPTIONS = { fields: ['text'], storeFields: [], tokenize: (text) => indexTerms(text), processTerm: encodeTerm };
/**
 * Serialized index load time against building it, over the same articles: `builds` fresh builds of
 * the index alone, or, where one build already costs minutes, the build the engine just made.
 */
export function measureSerialized(articles, runs, built) {
    const builds = [];
    let index;
    if (built && runs <= 1)
        builds.push(built.build);
    else {
        for (let i = 0; i < runs; i++) {
            const timedBuild = timed(() => new SentenceIndex(articles));
            builds.push(timedBuild.ms);
            index = timedBuild.value;
        }
    }
    const json = JSON.stringify(index ? index.toJSON() : built ? built.toJSON() : new SentenceIndex(articles).toJSON());
    index = undefined;
    const loads = [];
    for (let i = 0; i < Math.max(1, runs); i++)
        loads.push(timed(() => MiniSearch.loadJSON(json, LOAD_OPTIONS)).ms);
    return { indexBuildMs: spread(builds), loadJsonMs: spread(loads), jsonChars: json.length };
}
//# sourceMappingURL=serialized.js.map