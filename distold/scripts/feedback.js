// npm run feedback [-- --review FILE]: the 👍/👎 stored by the bot — in PostgreSQL when
// WENDA_DATABASE_URL is set, else in the data directory (WENDA_DATA_DIR, default ./data): counts by
// intent and the worst questions with what members wrote; with --review, the 👎 questions written to
// FILE in the scoring format of ../shared/eval/seed-dev.jsonl, for a person to add the answer keys.
import { writeFileSync } from 'node:fs';
import { feedbackFile, feedbackReport, PgFeedbackStore, readRecords, reviewLines } from '../src/feedback/index.js';
import { dataDirFromEnv } from '../src/library/store/index.js';
async function storedRecords() {
    const databaseUrl = process.env.WENDA_DATABASE_URL?.trim();
    if (!databaseUrl)
        return readRecords(feedbackFile(dataDirFromEnv()));
    const store = await PgFeedbackStore.open({ connectionString: databaseUrl, maxConnections: 1 });
    try {
        return await store.all();
    }
    finally {
        await store.close();
    }
}
async function main(args) {
    const at = args.indexOf('--review');
    const target = at >= 0 ? args[at + 1] : undefined;
    if (at >= 0 && !target) {
        process.stderr.write('wenda: --review needs a file name\n');
        return 1;
    }
    let records;
    try {
        records = await storedRecords();
    }
    catch (error) {
        process.stderr.write(`wenda: ${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
    }
    process.stdout.write(`${feedbackReport(records)}\n`);
    if (target) {
        const lines = reviewLines(records);
        writeFileSync(target, lines.map((l) => `${l}\n`).join(''));
        process.stdout.write(`wrote ${lines.length} 👎 questions to ${target}\n`);
    }
    return 0;
}
main(process.argv.slice(2)).then((code) => (process.exitCode = code));
//# sourceMappingURL=feedback.js.map