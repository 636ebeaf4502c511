// npm run feedback [-- --review FILE]: the 👍/👎 stored in the data directory (WENDA_DATA_DIR, default
// ./data): counts by intent and the worst questions; with --review, the 👎 questions written to FILE
// in the scoring format of ../shared/eval/seed-dev.jsonl, for a person to add the answer keys.
import { writeFileSync } from 'node:fs';
import { feedbackFile, feedbackReport, readRecords, reviewLines } from '../src/feedback/index.js';
import { dataDirFromEnv } from '../src/library/store/index.js';

function main(args: string[]): number {
  const file = feedbackFile(dataDirFromEnv());
  let records;
  try {
    records = readRecords(file);
  } catch (error) {
    process.stderr.write(`wenda: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  process.stdout.write(`${feedbackReport(records)}\n`);
  const at = args.indexOf('--review');
  if (at >= 0) {
    const target = args[at + 1];
    if (!target) {
      process.stderr.write('wenda: --review needs a file name\n');
      return 1;
    }
    const lines = reviewLines(records);
    writeFileSync(target, lines.map((l) => `${l}\n`).join(''));
    process.stdout.write(`wrote ${lines.length} 👎 questions to ${target}\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
