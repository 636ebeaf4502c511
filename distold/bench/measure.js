import { rates, scoreReplies } from './score.js';
import { percentile, spread, timed } from './stats.js';
/** Times one pass of questions; returns per-question milliseconds and the replies. */
export function askAll(answerer, questions) {
    const ms = [];
    const replies = [];
    for (const q of questions) {
        const { ms: took, value } = timed(() => answerer.ask(q.question));
        ms.push(took);
        replies.push(value);
    }
    return { ms, replies };
}
/** Per-pass percentiles: a pass is one run, so p50 and p99 are each a median over passes. */
export function queryLatency(answerer, questions, passes) {
    const p50 = [];
    const p99 = [];
    for (let i = 0; i < passes; i++) {
        const { ms } = askAll(answerer, questions);
        p50.push(percentile(ms, 50));
        p99.push(percentile(ms, 99));
    }
    return { p50: spread(p50), p99: spread(p99) };
}
/**
 * Everything that can be measured inside one process: answer quality, build time and query latency.
 * A first build and a first pass run untimed, so dictionary loads and JIT warm-up (which cold start
 * measures) are not charged to every build and query.
 */
export function measureInProcess(system, articles, articleRaw, questions, runs) {
    const answerer = system.build(articles);
    const { replies } = askAll(answerer, questions);
    const quality = rates(scoreReplies(questions, replies, articleRaw));
    const builds = [];
    for (let i = 0; i < runs.builds; i++)
        builds.push(timed(() => system.build(articles)).ms);
    const { p50, p99 } = queryLatency(answerer, questions, runs.queryPasses);
    return { quality, buildMs: spread(builds), queryP50: p50, queryP99: p99 };
}
//# sourceMappingURL=measure.js.map