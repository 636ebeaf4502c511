import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine, type Engine } from '../../src/answer/index.js';
import { DIALOGUE_ARTICLES, DIALOGUE_SETS, readDialogues, scoreDialogues, type Dialogue, type TurnScore } from '../../scripts/dialogue-score.js';

const rate = (turns: readonly TurnScore[]) => turns.filter((t) => t.inContext).length / turns.length;

/**
 * The scored follow-up dialogues: two to four turns each, Chinese, English and mixed, on the seed
 * and six real news articles, all loaded in one engine. The original set (dialogues.jsonl) was
 * written so that no later turn can be answered without its conversation; the added set
 * (dialogues-added.jsonl) was written the same way before it was run, and the few of its turns the
 * engine answers alone are counted, not hidden.
 */
describe('follow-up dialogues', () => {
  let engine: Engine;
  let original: Dialogue[];
  let added: Dialogue[];
  let originalTurns: TurnScore[];
  let addedTurns: TurnScore[];
  beforeAll(async () => {
    engine = await loadEngine({ files: DIALOGUE_ARTICLES });
    original = readDialogues(DIALOGUE_SETS.original);
    added = readDialogues(DIALOGUE_SETS.added);
    originalTurns = scoreDialogues(engine, original).turns;
    addedTurns = scoreDialogues(engine, added).turns;
  });

  it('covers both languages, the seed and the news articles, with dialogues of two to four turns', () => {
    const dialogues = [...original, ...added];
    expect(original.length).toBe(27);
    expect(new Set(dialogues.map((d) => d.id)).size).toBe(dialogues.length);
    expect(new Set(dialogues.map((d) => d.lang))).toEqual(new Set(['zh', 'en', 'mixed']));
    expect(new Set(dialogues.map((d) => d.article)).size).toBe(7);
    for (const d of dialogues) expect(d.turns.length).toBeGreaterThanOrEqual(2), expect(d.turns.length).toBeLessThanOrEqual(4);
  });

  it('no later turn of the original set is answered correctly when asked on its own: each needs its conversation', () => {
    expect(originalTurns.filter((t) => t.alone).map((t) => `${t.dialogue}#${t.turn} ${t.question}`)).toEqual([]);
  });

  it('answers the later turns correctly through the context often enough', () => {
    // Measured 0.862 (25/29) on the original set and 0.854 (35/41) on the whole set; below these floors is a regression.
    expect(rate(originalTurns)).toBeGreaterThanOrEqual(0.82);
    expect(rate([...originalTurns, ...addedTurns])).toBeGreaterThanOrEqual(0.82);
  });
});
