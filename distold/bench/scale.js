import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeStoredReadings } from './restart.js';
import { buildCorpus } from './corpus.js';
import { askAll, queryLatency } from './measure.js';
import { buildRealCorpus, hasRealText } from './real-corpus.js';
import { rates, scoreReplies } from './score.js';
import { measureSerialized } from './serialized.js';
import { peakRssMb, settledRssMb, spread, timed } from './stats.js';
/**
 * Builds the system over a corpus of `size` articles and asks the seed's questions. Dictionaries
 * are loaded first on the seed alone, so build times are the index work, not the one-off load.
 * Meant to run alone in a child process so that RSS belongs to this size only; `progress` gets the
 * row so far after each phase, so a run stopped by the time budget still reports what it measured.
 */
export function measureScale(system, options, progress = () => { }) {
    const real = hasRealText() ? buildRealCorpus(options.seedFile, options.size) : undefined;
    const { articles, characters } = real ?? buildCorpus(options.seedFile, { size: options.size });
    const seed = articles[articles.length - 1];
    system.build([seed]);
    const builds = [];
    // wenda writes its knowledge snapshot as the bot does (the time counts in the build), each build
    // into a fresh folder so that none reads another's; the last is kept for the restart.
    const snapshotDir = (i) => (options.snapshotRoot ? join(options.snapshotRoot, String(i)) : undefined);
    let built = timed(() => system.build(articles, { snapshotDir: snapshotDir(0) }));
    builds.push(built.ms);
    for (let i = 1; i < options.builds; i++) {
        rmSync(snapshotDir(i - 1) ?? '', { recursive: true, force: true });
        built = timed(() => system.build(articles, { snapshotDir: snapshotDir(i) }));
        builds.push(built.ms);
    }
    const answerer = built.value;
    progress({ system: system.name, size: options.size, characters, buildMs: spread(builds), peakMb: peakRssMb() });
    const { replies } = askAll(answerer, options.questions);
    const score = rates(scoreReplies(options.questions, replies, readFileSync(options.seedFile, 'utf8')));
    const { p50, p99 } = queryLatency(answerer, options.questions, options.queryPasses);
    const rssMb = settledRssMb();
    const row = {
        system: system.name, size: options.size, characters, buildMs: spread(builds), queryP50: p50, queryP99: p99,
        correct: score.correct, rssMb, peakMb: peakRssMb(),
    };
    progress(row);
    row.corpus = real ? 'real' : 'seed clauses';
    if (real && system.name === 'wenda')
        row.rightArticle = rightArticleRate(answerer, real.questions);
    progress(row);
    // MiniSearch's JSON against its build, where the engine built a sentence index (a tiered one has none).
    if (answerer.sentenceIndex)
        row.serialized = measureSerialized(articles, options.builds, answerer.sentenceIndex);
    const last = snapshotDir(options.builds - 1);
    if (last) {
        writeStoredReadings(articles, last);
        row.restartDir = last;
    }
    return row;
}
/** Questions asked for the right-article rate: every one at 1,000 articles would cost minutes at 10,000. */
const RIGHT_ARTICLE_SAMPLE = 400;
/** How often the engine, not told the article, answers a public-set question from the article it was written about. */
function rightArticleRate(answerer, questions) {
    if (questions.length === 0)
        return undefined;
    const step = Math.max(1, Math.floor(questions.length / RIGHT_ARTICLE_SAMPLE));
    const sample = questions.filter((_, i) => i % step === 0).slice(0, RIGHT_ARTICLE_SAMPLE);
    const right = sample.filter((q) => answerer.ask(q.question).articleId === q.articleId).length;
    return { rate: right / sample.length, questions: sample.length };
}
//# sourceMappingURL=scale.js.map