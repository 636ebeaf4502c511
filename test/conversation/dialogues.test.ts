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

  it('keeps its later turns follow-ups: none is answered correctly when asked on its own', () => {
    // Written so that none could be. With the reader improved, nine (他有几个孩子？, 主持召开了几场座谈会？,
    // And the co-pilot?, …) came to be answered alone from the one article that holds their words; on
    // 2026-12-01 those nine were rewritten as the bare follow-ups people type (他多大年纪？, And the other
    // pilot?), once, before being run. Four are still answered alone (a word only one article writes
    // finds it); the rate is also taken over the turns that need their conversation. A fifth since
    // "a year earlier" reaches the article's 去年同期 (huawei-05#2: the article's one sentence on the
    // year before gives the revenue first, so the bare follow-up finds it); it is left as written.
    // A sixth since a pronoun with no one named and no conversation stands for the person the
    // article quotes most (hebei-05#2, "What did she say about her father?").
    // Later on 2026-12-01 the four that carried a word only one article writes (hebei-05#2 "…about her
    // father?", wanzhou-05#2 那辩护人怎么说？, beidou-02#2 "…its use is limited by?", beidou-04#2 "…about
    // other navigation systems?") were rewritten, once, before being run, as the bare follow-ups the
    // issue names (What did she say?, 那对方怎么说？, What did he say?, 他还说了什么？). The two still
    // answered alone were so only by a quoted sentence: their short answers alone (雅加达的航班, 华为实现销售)
    // answered nothing. A bare ellipsis with no conversation before it now asks for the whole question
    // (bare-ellipsis.test.ts), and none of the 41 is answered alone.
    const alone = [...originalTurns, ...addedTurns].filter((t) => t.alone).map((t) => `${t.dialogue}#${t.turn}`);
    expect(alone).toEqual([]);
  });

  it('answers the later turns correctly through the context often enough', () => {
    // Measured 0.966 (28/29) on the original set and 0.927 (38/41) on the whole set, the same over the
    // turns that need their conversation now that none is answered alone (2026-12-01, after the four
    // turns answerable alone were rewritten as bare follow-ups, a bare "what did he say" quotes every
    // remark's opening and 对方 is read as the opposite party; one of the four is missed); below these
    // floors is a regression.
    const all = [...originalTurns, ...addedTurns];
    expect(rate(originalTurns)).toBeGreaterThanOrEqual(0.85);
    expect(rate(all)).toBeGreaterThanOrEqual(0.85);
    expect(rate(all.filter((t) => !t.alone))).toBeGreaterThanOrEqual(0.85);
  });

  it('gives the key in the short answer itself, where the reply has one, often enough', () => {
    // The stricter reading: a key standing only in a quoted sentence does not count when the short
    // answer says something else ("And the other pilot?" had been answered 32岁, the captain's age,
    // above the sentence giving both ages). Measured 34/41 = 0.829, then 33/41 = 0.805 with the four rewritten turns, 34/41 with the overview, 35/41 = 0.854 with what a party said as the short answer (2026-12-01),
    // 33/41 at 3470845 (a later refit had cost two) and with the sets weighed by √n (2026-12-04, once
    // a date gave way to an age asked; before that, 31/41: 他多大年纪？ was answered with a date); the misses are a
    // governor for a mayor, a short answer to "怎么说" and "what happened to them" that is a noun or
    // the reporting clause, and one key written longer than the short answer (3 颗GEO for 3 颗).
    const all = [...originalTurns, ...addedTurns];
    expect(all.filter((t) => t.precise).length / all.length).toBeGreaterThanOrEqual(0.8);
  });
});
