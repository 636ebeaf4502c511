import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import { PgArticleStore } from '../../src/library/store/pg/pg-store.js';
import { askTyped, questionText } from '../../src/discord/question-text.js';
import { freshDatabase } from '../support/databases.js';
import { HOSTILE_CASES } from '../support/hostile-inputs.js';
import { fifthFile, fourthFile, secondFile, thirdFile } from '../helpers.js';
import { closing, seedsFolder } from './helpers.js';

/**
 * The library over PostgreSQL answering each question from its few candidate articles, found by
 * the database's passage index and read from the database: a process holds a bounded number of
 * articles, however many its servers keep, and answers what another process loaded without being
 * told of it.
 */

const GUILD = '100000000000000001';
const OTHER_GUILD = '100000000000000002';
const ADMIN = '200000000000000001';

interface Limits {
  perQuestion?: number;
  maxArticles?: number;
  maxEngines?: number;
}

/** One bot process's library on the shared database, answering from candidates, with no change feed: all it knows of others' loads is what it asks the database. */
async function processOn(connectionString: string, seedsDir: string, limits: Limits = {}): Promise<Library> {
  const store = await PgArticleStore.open({ connectionString });
  const { perQuestion, maxArticles, maxEngines } = limits;
  const library = await Library.open({
    seedsDir,
    store,
    candidates: { index: store, ...(perQuestion ? { perQuestion } : {}), ...(maxArticles ? { maxArticles } : {}) },
    ...(maxEngines ? { maxEngines } : {}),
  });
  closing.push(() => store.close(), () => library.close());
  return library;
}

const fileArticle = (file: string) => ({
  articleFile: readFileSync(file, 'utf8'),
  source: { kind: 'file' as const, value: file.split('/').at(-1)!, loadedBy: ADMIN, loadedAt: '2026-12-01T08:00:00.000Z' },
});

/** A question about each of four articles, and what its answer must say. */
const ASKED = [
  { file: secondFile, question: '代表团是哪天去的上海？', says: '11月5日上午' },
  { file: thirdFile, question: '跨境电商增长了多少？', says: '32.4%' },
  { file: fourthFile, question: '马拉松比赛的补给站有几个？', says: '18个' },
  { file: fifthFile, question: '米歇尔什么时候访华？', says: '3月20日至22日' },
];

/** Asks as the bot does: the articles gathered for the question, then the engine over them. */
async function ask(library: Library, guild: string, question: string, about: { chosen?: string; previous?: string } = {}) {
  const engine = await library.engineFor(guild, { question, ...about });
  return { engine, answer: engine.ask(question, about.chosen ? { articleId: about.chosen } : {}) };
}

describe('a library over PostgreSQL that answers each question from its candidates', () => {
  it('answers questions about each of four articles from the right one, holding at most two of them at once', async () => {
    // One candidate per question, one article and one engine kept: far fewer than the server keeps.
    const library = await processOn(await freshDatabase(), seedsFolder(), { perQuestion: 1, maxArticles: 1, maxEngines: 1 });
    const ids = new Map<string, string>();
    for (const { file } of ASKED) ids.set(file, (await library.load(GUILD, fileArticle(file))).article.id);
    for (const { file, question, says } of ASKED) {
      const { engine, answer } = await ask(library, GUILD, question);
      expect(answer.article.id, question).toBe(ids.get(file));
      expect(answer.direct, question).toContain(says);
      // The seed and this question's one candidate: not the server's four articles.
      expect(engine.articles.length, question).toBeLessThanOrEqual(2);
      expect(library.held().articles).toBeLessThanOrEqual(2);
      expect(library.held().engines).toBeLessThanOrEqual(1);
    }
  });

  it('answers in a second process, which was told of nothing, what the first loaded; and nowhere else', async () => {
    const connectionString = await freshDatabase();
    const seeds = seedsFolder();
    const answerer = await processOn(connectionString, seeds);
    const loader = await processOn(connectionString, seeds);
    const { article } = await loader.load(GUILD, fileArticle(secondFile));
    // No change feed: the answerer has not heard of the load, so its answer can only come from the database.
    expect(answerer.has(GUILD, article.id)).toBe(false);
    const { answer } = await ask(answerer, GUILD, '张明远说要加快什么铁路建设？');
    expect(answer.article.id).toBe(article.id);
    expect(answer.direct).toContain('沪杭城际铁路');

    // Another server never reads it: not as a candidate, not when named, not as a conversation's article.
    const elsewhere = await ask(answerer, OTHER_GUILD, '张明远说要加快什么铁路建设？', { previous: article.id });
    expect(elsewhere.answer.article.id).not.toBe(article.id);
    expect(elsewhere.engine.articles.map((a) => a.id)).toEqual(['seed']);
    expect((await answerer.engineFor(OTHER_GUILD, { chosen: article.id })).articles.map((a) => a.id)).toEqual(['seed']);
  });

  it('answers from the article chosen, whatever the question names', async () => {
    const library = await processOn(await freshDatabase(), seedsFolder());
    const chosen = (await library.load(GUILD, fileArticle(thirdFile))).article.id;
    await library.load(GUILD, fileArticle(fifthFile));
    const { engine, answer } = await ask(library, GUILD, '米歇尔什么时候访华？', { chosen });
    expect(engine.articles.map((a) => a.id)).toEqual([chosen]);
    expect(answer.article.id).toBe(chosen);
    expect(answer.abstained).toBe(true);
  });

  it('finds the article of a question in English through the dictionary', async () => {
    const library = await processOn(await freshDatabase(), seedsFolder(), { perQuestion: 1 });
    for (const { file } of ASKED) await library.load(GUILD, fileArticle(file));
    const marathon = (await library.list(GUILD)).find((a) => a.title.includes('马拉松'))!;
    const { answer } = await ask(library, GUILD, 'How many volunteers were there at the marathon?');
    expect(answer.article.id).toBe(marathon.id);
    expect(answer.direct).toBe('6000余名');
  });

  it('no longer answers from an article once it is removed, nor holds it', async () => {
    const library = await processOn(await freshDatabase(), seedsFolder());
    const { article } = await library.load(GUILD, fileArticle(fourthFile));
    expect((await ask(library, GUILD, '补给站有几个？')).answer.article.id).toBe(article.id);
    expect(library.held().articles).toBe(1);
    await library.remove(GUILD, article.id);
    expect(library.held().articles).toBe(0);
    const { engine } = await ask(library, GUILD, '补给站有几个？', { previous: article.id });
    expect(engine.articles.map((a) => a.id)).toEqual(['seed']);
  });

  it('searches the database with every hostile question of the table, answering each without throwing', async () => {
    const library = await processOn(await freshDatabase(), seedsFolder());
    for (const { file } of ASKED) await library.load(GUILD, fileArticle(file));
    for (const c of HOSTILE_CASES) {
      const engine = await library.engineFor(GUILD, { question: questionText(c.input) });
      const answer = askTyped(engine, c.input);
      expect(answer.headline.length, c.name).toBeGreaterThan(0);
    }
    // The library is intact after them.
    expect((await library.list(GUILD)).filter((e) => !e.seed)).toHaveLength(ASKED.length);
  });
});
