// npm run dialogues: the follow-up dialogue set (test/fixtures/dialogues.jsonl) scored, with the rate of
// later turns answered correctly in their conversation. `--verbose` prints every turn.
import { loadEngine } from '../src/answer/index.js';
import { DIALOGUE_ARTICLES, readDialogues, scoreDialogues } from './dialogue-score.js';

async function main(args: string[]): Promise<number> {
  const engine = await loadEngine({ files: DIALOGUE_ARTICLES });
  const dialogues = readDialogues();
  const { turns, firstTurnsCorrect } = scoreDialogues(engine, dialogues);
  const inContext = turns.filter((t) => t.inContext).length;
  const alone = turns.filter((t) => t.alone).length;
  for (const t of turns) {
    if (!args.includes('--verbose') && t.inContext && !t.alone) continue;
    const marks = `${t.inContext ? 'ok  ' : 'MISS'} ${t.alone ? 'alone-ok' : ''}`;
    process.stdout.write(`${marks} ${t.dialogue}#${t.turn} ${t.question}${t.understood ? `  [${t.understood}]` : ''}\n    ${t.reply.split('\n').slice(0, 3).join(' / ').slice(0, 200)}\n`);
  }
  process.stdout.write(`dialogues: ${dialogues.length}, first turns correct: ${firstTurnsCorrect}/${dialogues.length}\n`);
  process.stdout.write(`later turns correct in context: ${inContext}/${turns.length} = ${(inContext / turns.length).toFixed(3)}\n`);
  process.stdout.write(`later turns correct asked alone: ${alone}/${turns.length}\n`);
  return 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
