// One measurement in a fresh process, so that start-up time and memory belong to one system and size.
//   node --expose-gc dist/bench/child.js side  SYSTEM ARTICLE_FILE QUESTIONS_FILE [BUILDS PASSES]
//   node --expose-gc dist/bench/child.js scale SYSTEM SIZE BUILDS QUERY_PASSES SEED_FILE QUESTIONS_FILE
//   node --expose-gc dist/bench/child.js restart DIR
//   node dist/bench/child.js pg SIZE SEED_FILE QUESTIONS_FILE BUDGET_MS
//   node dist/bench/child.js pg-build SIZE SEED_FILE DATE REVISION
//   WENDA_DATABASE_URL=… node --expose-gc dist/bench/child.js pg-bot QUESTIONS_FILE BUDGET_MS
// `side` prints the first answer as soon as it has it (the parent times that line), then answers the
// rest and prints its memory; given BUILDS and PASSES it then measures quality, builds and queries
// in-process and prints them. Each system gets its own process because jieba is one per process:
// wenda loads it with its own dictionary and teaches it names, which a peer must not inherit. `scale` prints its ScaleRow as JSON after each phase, the last the fullest.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArticleFile } from '../src/article/index.js';
import { measureInProcess } from './measure.js';
import { loadSystem } from './peers/index.js';
import { restartAndAnswer } from './restart.js';
import { measureScale } from './scale.js';
import { readQuestions } from './score.js';
import { peakRssMb, settledRssMb } from './stats.js';
async function side(args) {
    const [systemName = '', articleFile = '', questionsFile = '', builds, passes] = args;
    const system = await loadSystem(systemName);
    const article = loadArticleFile(articleFile);
    const answerer = system.build([article]);
    const questions = readQuestions(questionsFile) ?? [];
    const first = answerer.ask(questions[0]?.question ?? '这篇文章主要讲了什么？');
    process.stdout.write(JSON.stringify({ first: first.answer.slice(0, 80) }) + '\n');
    for (const q of questions)
        answerer.ask(q.question);
    process.stdout.write(JSON.stringify({ rssMb: settledRssMb(), peakMb: peakRssMb() }) + '\n');
    if (builds && passes) {
        const runs = { builds: Number(builds), queryPasses: Number(passes) };
        const measured = measureInProcess(system, [article], readFileSync(articleFile, 'utf8'), questions, runs);
        process.stdout.write(JSON.stringify(measured) + '\n');
    }
}
async function scale(args) {
    const [systemName, size, builds, passes, seedFile, questionsFile] = args;
    const questions = readQuestions(questionsFile ?? '');
    if (!systemName || !seedFile || !questions)
        throw new Error('usage: scale SYSTEM SIZE BUILDS PASSES SEED_FILE QUESTIONS_FILE');
    const progress = (partial) => process.stdout.write(JSON.stringify(partial) + '\n');
    // wenda's snapshots go to a folder of their own, which the parent removes after timing a restart from it.
    const snapshotRoot = systemName === 'wenda' ? mkdtempSync(join(tmpdir(), 'wenda-bench-restart-')) : undefined;
    const row = measureScale(await loadSystem(systemName), {
        size: Number(size), builds: Number(builds), queryPasses: Number(passes), seedFile, questions, snapshotRoot,
    }, progress);
    process.stdout.write(JSON.stringify(row) + '\n');
}
/** A restart: the stored articles and the snapshot in DIR read, the first answer printed as soon as it is had. */
async function restart(args) {
    const [dir] = args;
    if (!dir)
        throw new Error('usage: restart DIR');
    const answered = restartAndAnswer(dir);
    process.stdout.write(JSON.stringify({ ...answered, rssMb: settledRssMb(), peakMb: peakRssMb() }) + '\n');
}
/** The PostgreSQL backend at one size: a server of its own, the articles loaded through the store, candidates timed. */
async function pgScale(args) {
    // Imported here only: the PostgreSQL client and server packages would weigh on every other child's memory figures.
    const { measurePgScale } = await import('./pg-scale.js');
    const [size, seedFile, questionsFile, budgetMs = '540000'] = args;
    if (!size || !seedFile || !questionsFile)
        throw new Error('usage: pg SIZE SEED_FILE QUESTIONS_FILE BUDGET_MS');
    const extra = (readQuestions(questionsFile) ?? []).map((q) => q.question);
    const progress = (partial) => process.stdout.write(JSON.stringify(partial) + '\n');
    progress(await measurePgScale(seedFile, Number(size), extra, Number(budgetMs), progress));
}
/**
 * The kept cluster of a size past 10,000 built, or continued where a stopped build left off: the
 * load's progress on stderr, then `{ complete, loaded }` on stdout.
 */
async function pgBuild(args) {
    const { buildPgCache } = await import('./pg-scale.js');
    const [size, seedFile, date = '', revision = ''] = args;
    if (!size || !seedFile)
        throw new Error('usage: pg-build SIZE SEED_FILE DATE REVISION');
    const built = await buildPgCache(seedFile, Number(size), { date, revision }, (line) => process.stderr.write(`bench: ${line}\n`));
    process.stdout.write(JSON.stringify(built) + '\n');
}
/** The bot over PostgreSQL (WENDA_DATABASE_URL): the questions of QUESTIONS_FILE (JSON) answered until BUDGET_MS, then its row. */
async function pgBot(args) {
    const { measurePgBot } = await import('./pg-bot.js');
    const [questionsFile, budgetMs] = args;
    if (!questionsFile || !budgetMs)
        throw new Error('usage: pg-bot QUESTIONS_FILE BUDGET_MS');
    const stopAt = performance.now() + Number(budgetMs);
    process.stdout.write(JSON.stringify(await measurePgBot(JSON.parse(readFileSync(questionsFile, 'utf8')), stopAt)) + '\n');
}
const [mode, ...rest] = process.argv.slice(2);
const modes = { side, scale, restart, pg: pgScale, 'pg-build': pgBuild, 'pg-bot': pgBot };
const job = modes[mode ?? ''] ? modes[mode](rest) : Promise.reject(new Error(`unknown mode ${mode}`));
job.catch((error) => {
    process.stderr.write(`bench child: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
});
//# sourceMappingURL=child.js.map