// `npm run soak`: 100,000 questions through what the bot does with a question — guards, engine,
// renderer and the page store behind "More" — in one process, without Discord. Reports, per window
// of 10,000, latency p50/p99 of each question and RSS/heap after a full GC; the growth after warm-up
// is the figure to watch (target: under 10 MB). Exits 1 only when a question threw or a reply broke
// a Discord limit: speed and memory are reported, never asserted.
//   --questions N  total questions (default 100000)
//   --window N     questions per reported window (default 10000)
//   --warmup N     questions before the memory baseline (default: one window)
import { FeedbackStore } from '../src/feedback/index.js';
import { createConversations } from '../src/discord/conversations.js';
import { SettingsStore } from '../src/discord/settings.js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadEngine } from '../src/answer/index.js';
import { createCooldown, checkQuestion, firstRefusal } from '../src/discord/guards.js';
import { DEFAULT_MAX_QUESTION_LENGTH } from '../src/discord/context.js';
import { payloadProblems } from '../src/discord/limits.js';
import { createPageStore } from '../src/discord/page-store.js';
import { PAGE_BUDGET } from '../src/discord/pages.js';
import { answerPayload } from '../src/discord/respond.js';
import { textPayload } from '../src/discord/payload.js';
import { percentile } from './stats.js';
/** Real question shapes in both languages; `{n}` and `{w}` are filled per question so no two runs are alike. */
const SHAPES = [
    '谁参加了座谈会？', '签署了哪些协议？', '考察了哪些地方？', '这篇文章主要讲了什么？', '第{n}段说了什么？',
    '{w}是谁？', '{w}说了什么？', '会议在哪里举行？', '什么时候召开的？', '誰參加了座談會？', '簽署了哪些協議？',
    'Who attended the meeting?', 'What agreements were signed?', 'Where did they visit?', 'What is the article about?',
    'What did {w} say?', 'Who is {w}?', 'When was the meeting held?', 'How many people attended?', 'Ｗｈｏ ａｔｔｅｎｄｅｄ？',
    'Shéi cānjiāle zuòtánhuì?', 'Who 参加了 the 座谈会?', '{w}{w}{w}',
    // Hostile ones, as in the test table.
    '@everyone 谁参加了？', '<@123456789012345678> what was signed?', '<#123456789012345678> <@&123456789012345678>',
    '**谁**参加了 __座谈会__ ~~？~~', '```js\nalert({n})\n```', '<script>alert({n})</script>', "'; DROP TABLE t{n}; --",
    'https://discord.gg/x{n} 谁参加了？', '谁\u200b参\u200c加\u200d了？\u202e', '谁参加了\u0000座谈会\u0007？',
    'W̸̡̛h̷o̴ ̶a̵t̸t̷e̶n̵d̸e̷d̶?', '🙂🎉🔥{n}', 'Кто присутствовал на встрече {n}?', 'من حضر الاجتماع؟',
    '', '   ', 'a'.repeat(400), '谁'.repeat(10_000),
];
/** A small deterministic generator, so a soak can be rerun question for question. */
function lcg(seed) {
    let x = seed >>> 0;
    return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}
/** Question `i` of the soak: a shape with a paragraph number and a word from the article or made up. */
export function soakQuestion(i, words, random) {
    const shape = SHAPES[i % SHAPES.length];
    const word = random() < 0.5 ? (words[Math.floor(random() * words.length)] ?? '他') : `词${Math.floor(random() * 1e6)}`;
    return shape.replaceAll('{n}', String(1 + Math.floor(random() * 12))).replaceAll('{w}', word);
}
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
function memory() {
    gc();
    const m = process.memoryUsage();
    return { rssMB: m.rss / 2 ** 20, heapMB: m.heapUsed / 2 ** 20 };
}
/** The bot's handling of one question, minus the network: guards, then the first page of the rendered answer. */
function handle(question, ctx, engine, user) {
    const allowed = firstRefusal(() => checkQuestion(question, ctx.maxQuestionLength), () => ctx.cooldown.take(user));
    return allowed.ok ? answerPayload(engine.ask(question), ctx, true) : textPayload(allowed.message('en'));
}
export async function runSoak(options) {
    const engine = options.engine ?? (await loadEngine());
    const pages = options.pages ?? createPageStore();
    const ctx = {
        prepareEngine: async () => () => engine,
        canRead: (_, articleId) => engine.articles.some((a) => a.id === articleId),
        pages,
        cooldown: createCooldown({ ms: 0 }),
        logger: undefined,
        maxQuestionLength: DEFAULT_MAX_QUESTION_LENGTH,
        // A third of the default page, so many answers span pages and the store behind "More" fills up.
        pageBudget: Math.floor(PAGE_BUDGET / 3),
        commands: [],
        conversations: createConversations(),
        settings: new SettingsStore(),
        feedback: new FeedbackStore(),
    };
    const words = [...new Set(engine.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.text.match(/\p{Script=Han}{2,4}/gu) ?? [])))];
    const random = lcg(20_240_521);
    const errors = [];
    const windows = [];
    let latencies = [];
    let baseline;
    for (let i = 0; i < options.questions; i++) {
        const question = soakQuestion(i, words, random);
        const start = performance.now();
        try {
            const payload = handle(question, ctx, engine, `user${i % 50}`);
            const problems = payloadProblems(payload);
            if (problems.length > 0)
                errors.push({ question, error: problems.join('; ') });
        }
        catch (error) {
            errors.push({ question, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
        }
        latencies.push(performance.now() - start);
        const done = i + 1;
        if (done === options.warmup)
            baseline = memory();
        if (done % options.window === 0 || done === options.questions) {
            const window = { done, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), ...memory() };
            windows.push(window);
            options.onWindow?.(window);
            latencies = [];
        }
    }
    const end = windows.at(-1) ?? { ...memory() };
    const base = baseline ?? windows[0] ?? end;
    return {
        questions: options.questions,
        errors,
        windows,
        rssGrowthMB: end.rssMB - base.rssMB,
        heapGrowthMB: end.heapMB - base.heapMB,
        pageStoreSize: pages.size,
    };
}
function option(args, name, fallback) {
    const i = args.indexOf(`--${name}`);
    const value = i >= 0 ? Number(args[i + 1]) : fallback;
    if (!Number.isInteger(value) || value <= 0)
        throw new Error(`--${name} must be a positive whole number`);
    return value;
}
async function main(args) {
    const questions = option(args, 'questions', 100_000);
    const window = option(args, 'window', 10_000);
    const warmup = option(args, 'warmup', Math.min(window, questions));
    const fixed = (n, digits = 2) => n.toFixed(digits).padStart(8);
    process.stdout.write(`soak: ${questions} questions, windows of ${window}, memory baseline after ${warmup}\n`);
    process.stdout.write('  questions   p50 ms   p99 ms   rss MB  heap MB\n');
    const started = performance.now();
    const result = await runSoak({
        questions,
        window,
        warmup,
        onWindow: (w) => process.stdout.write(`${String(w.done).padStart(11)} ${fixed(w.p50Ms, 3)} ${fixed(w.p99Ms, 3)} ${fixed(w.rssMB, 1)} ${fixed(w.heapMB, 1)}\n`),
    });
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`errors: ${result.errors.length}; after warm-up RSS ${result.rssGrowthMB >= 0 ? '+' : ''}${result.rssGrowthMB.toFixed(1)} MB ` +
        `(target < 10 MB: ${result.rssGrowthMB < 10 ? 'met' : 'NOT met'}), heap ${result.heapGrowthMB >= 0 ? '+' : ''}${result.heapGrowthMB.toFixed(1)} MB; ` +
        `page store ${result.pageStoreSize} entries; ${seconds.toFixed(1)} s on Node ${process.version}\n`);
    for (const e of result.errors.slice(0, 10))
        process.stdout.write(`  error on ${JSON.stringify(e.question.slice(0, 80))}: ${e.error.split('\n')[0]}\n`);
    return result.errors.length === 0 ? 0 : 1;
}
if (import.meta.url === `file://${process.argv[1]}`) {
    main(process.argv.slice(2)).then((code) => (process.exitCode = code), (error) => {
        process.stderr.write(`soak: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
    });
}
//# sourceMappingURL=soak.js.map