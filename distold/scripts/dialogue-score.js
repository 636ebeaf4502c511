// Scores follow-up dialogues: each later turn asked in its conversation, and asked alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { converse } from '../src/conversation/index.js';
import { replyText } from '../src/terminal/text.js';
import { projectRoot } from '../src/util/paths.js';
export const DIALOGUES_FILE = join(projectRoot, 'test', 'fixtures', 'dialogues.jsonl');
/**
 * Dialogues added later, each written before it was first run, kept apart so the rate on the
 * original set stays comparable with what it was when the set was made.
 */
export const ADDED_DIALOGUES_FILE = join(projectRoot, 'test', 'fixtures', 'dialogues-added.jsonl');
export const DIALOGUE_SETS = { original: DIALOGUES_FILE, added: ADDED_DIALOGUES_FILE };
/** The seed and the six news-dev articles the dialogues are about, all loaded in one engine. */
export const DIALOGUE_ARTICLES = [
    join(projectRoot, 'seeds', '000_20b33d47ff37ce72.txt'),
    ...['batik-air-pilots-asleep', 'beidou-56th-satellite', 'hebei-man-ice-river-rescue', 'huawei-q1-2023', 'liu-guozhong-sichuan-chongqing', 'wanzhou-extortion-acquittal'].map((name) => join(projectRoot, '..', 'shared', 'eval', 'news-dev', `${name}.txt`)),
];
export function readDialogues(file = DIALOGUES_FILE) {
    return readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line));
}
const squeeze = (text) => text.replace(/[\s\u3000\u00a0]+/g, '');
/**
 * The scoring format's "correct" (../shared/eval/README.md): every answer key in the reply, not a
 * refusal, and not a dump of the article (over 35% of its text, or 300 characters).
 */
export function isCorrect(answer, reply, keys, articleLength) {
    const text = squeeze(reply);
    const dump = text.length > Math.max(0.35 * articleLength, 300);
    return !answer.abstained && !dump && keys.every((key) => text.includes(squeeze(key)));
}
/**
 * The scoring format's "precise", for a reply with a short answer: every key in it, and it stays short
 * (at most three times the keys' characters plus 40). A reply without one is judged by `isCorrect`.
 */
export function isPrecise(answer, correct, keys) {
    const direct = squeeze(answer.direct ?? '');
    if (!correct || !direct)
        return correct;
    const budget = 3 * keys.reduce((n, key) => n + squeeze(key).length, 0) + 40;
    return direct.length <= budget && keys.every((key) => direct.includes(squeeze(key)));
}
/** Every later turn of every dialogue, asked in its conversation and asked alone. */
export function scoreDialogues(engine, dialogues) {
    const lengths = new Map(engine.articles.map((a) => [a.id, squeeze([a.title, ...a.paragraphs.map((p) => p.text)].join('')).length]));
    const judge = (answer, keys) => {
        const reply = replyText(answer, engine.articles);
        const correct = isCorrect(answer, reply, keys, lengths.get(answer.article.id) ?? 0);
        return { reply, correct, precise: isPrecise(answer, correct, keys) };
    };
    const turns = [];
    let firstTurnsCorrect = 0;
    for (const dialogue of dialogues) {
        let exchange;
        dialogue.turns.forEach((turn, i) => {
            const said = converse(engine, exchange, turn.question);
            exchange = said.exchange;
            const inContext = judge(said.answer, turn.answer_keys);
            if (i === 0) {
                if (inContext.correct)
                    firstTurnsCorrect++;
                return;
            }
            const alone = judge(converse(engine, undefined, turn.question).answer, turn.answer_keys);
            turns.push({ dialogue: dialogue.id, turn: i + 1, question: turn.question, inContext: inContext.correct, precise: inContext.precise, alone: alone.correct, understood: said.understood, reply: inContext.reply });
        });
    }
    return { turns, firstTurnsCorrect };
}
//# sourceMappingURL=dialogue-score.js.map