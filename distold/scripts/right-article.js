// `npm run right-article`: every article of the public span sets loaded into one engine, and each
// held-out question (fold 0) asked without naming its article: how often the engine answers from the
// article the question was written about, and how long an answer takes at that size. The library's
// goal is 90% or more.
import { loadArticleFile } from '../src/article/index.js';
import { engineFromArticles } from '../src/answer/load.js';
import { HELD_OUT_FOLD, readSpanSet, SETS } from './training-data.js';
const questions = SETS.flatMap((set) => readSpanSet(set));
const files = [...new Set(questions.map((q) => q.file))];
// Each article keyed by its file, so an answer's article says which question it belongs to.
const articles = files.map((file) => ({ ...loadArticleFile(file), id: file }));
// Both indexes, to compare them: these 1,256 articles are past the size where the engine tiers its index by itself.
for (const index of ['sentences', 'tiered']) {
    const started = performance.now();
    const engine = engineFromArticles(articles, [], { index });
    console.log(`${files.length} articles in one engine, ${index} index, built in ${Math.round(performance.now() - started)} ms`);
    for (const set of SETS) {
        const heldOut = questions.filter((q) => q.set === set && q.fold === HELD_OUT_FOLD);
        const times = [];
        let right = 0;
        for (const q of heldOut) {
            const asked = performance.now();
            if (engine.ask(q.question).article.id === q.file)
                right++;
            times.push(performance.now() - asked);
        }
        times.sort((a, b) => a - b);
        const at = (share) => times[Math.min(times.length - 1, Math.floor(share * times.length))].toFixed(1);
        console.log(`  ${set}: right article ${((100 * right) / (heldOut.length || 1)).toFixed(1)}% of ${heldOut.length} held-out questions; p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`);
    }
}
//# sourceMappingURL=right-article.js.map