// npm run dialogues: the follow-up dialogue sets (test/fixtures/dialogues.jsonl, the original set, and
// dialogues-added.jsonl) scored: the rate of later turns answered correctly in their conversation, per
// set and together, and how many are answered correctly asked alone. `--verbose` prints every turn.
import { loadEngine } from '../src/answer/index.js';
import { DIALOGUE_ARTICLES, DIALOGUE_SETS, readDialogues, scoreDialogues } from './dialogue-score.js';
function rateLine(name, dialogues, turns) {
    const inContext = turns.filter((t) => t.inContext).length;
    const alone = turns.filter((t) => t.alone).length;
    const needing = turns.filter((t) => !t.alone);
    const needingRight = needing.filter((t) => t.inContext).length;
    const precise = turns.filter((t) => t.precise).length;
    return (`${name}: ${dialogues} dialogues, later turns correct in context ${inContext}/${turns.length} = ${(inContext / turns.length).toFixed(3)}; ` +
        `asked alone ${alone}/${turns.length}; of the ${needing.length} that need their conversation, ${needingRight} = ${(needingRight / Math.max(1, needing.length)).toFixed(3)}; ` +
        `right by the short answer too ${precise}/${turns.length} = ${(precise / turns.length).toFixed(3)}\n`);
}
async function main(args) {
    const engine = await loadEngine({ files: DIALOGUE_ARTICLES });
    const all = [];
    let count = 0;
    const lines = [];
    for (const [name, file] of Object.entries(DIALOGUE_SETS)) {
        const dialogues = readDialogues(file);
        const { turns, firstTurnsCorrect } = scoreDialogues(engine, dialogues);
        for (const t of turns) {
            if (!args.includes('--verbose') && t.inContext && t.precise && !t.alone)
                continue;
            const marks = `${t.inContext ? (t.precise ? 'ok  ' : 'loose') : 'MISS'} ${t.alone ? 'alone-ok' : ''}`;
            process.stdout.write(`${marks} ${t.dialogue}#${t.turn} ${t.question}${t.understood ? `  [${t.understood}]` : ''}\n    ${t.reply.split('\n').slice(0, 3).join(' / ').slice(0, 200)}\n`);
        }
        lines.push(`${name}: first turns correct ${firstTurnsCorrect}/${dialogues.length}\n`, rateLine(name, dialogues.length, turns));
        all.push(...turns);
        count += dialogues.length;
    }
    process.stdout.write(lines.join('') + rateLine('whole set', count, all));
    return 0;
}
main(process.argv.slice(2)).then((code) => (process.exitCode = code));
//# sourceMappingURL=dialogues.js.map