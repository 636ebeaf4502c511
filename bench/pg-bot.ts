import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { converse, suggestQuestions } from '../src/conversation/index.js';
import { answerPages } from '../src/discord/render.js';
import { openLibrary } from '../src/library/open-library.js';
import { databaseFromEnv } from '../src/library/store/pg/options.js';
import { defaultSeedsDir } from '../src/util/paths.js';
import { idleRssMb, percentile, peakRssMb } from './stats.js';

/** A question as a member asks it: in a server, about an article the server keeps (its stored id). */
export interface BotQuestion {
  question: string;
  guildId: string;
  articleId?: string;
}

/** The bot process over PostgreSQL: whole questions timed, and its memory. */
export interface PgBotRow {
  questions: number;
  servers: number;
  /** Start to ready: the store opened, every server's list of articles read, the seeds read. */
  openMs: number;
  p50: number;
  p99: number;
  /** Answered from the article the question was written about (public-set questions only). */
  rightArticle?: { rate: number; questions: number };
  /** After the questions, forced GCs and two idle seconds (stats.ts); and the process's high-water mark. */
  rssMb: number;
  peakMb: number;
  /** Articles and engines the library held at the end (its bounds: 256 articles, 16 engines). */
  held: { articles: number; engines: number };
}

const quiet = { warn: () => {}, info: () => {} };

/**
 * The bot's library opened as `npm start` opens it with WENDA_DATABASE_URL (src/library/open-library.ts),
 * then each question answered as a mention is: the database asked for the question's candidates in
 * its server, those articles read, an engine built over them (or the one kept for them), the question
 * read and answered, and the answer rendered for Discord with its suggested next questions. One untimed question first (jieba's and the
 * reader's dictionaries load on first use, as in the bot). Run in a process of its own
 * (`node --expose-gc dist/bench/child.js pg-bot QUESTIONS_FILE`), so its memory is the bot's alone.
 */
export async function measurePgBot(questions: readonly BotQuestion[], stopAt: number): Promise<PgBotRow> {
  const database = databaseFromEnv();
  if (!database) throw new Error('pg-bot needs WENDA_DATABASE_URL');
  // /settings and snapshots would live here; with PostgreSQL nothing of the library is written to it.
  const dataDir = mkdtempSync(join(tmpdir(), 'wenda-bench-bot-'));
  const opening = performance.now();
  const opened = await openLibrary({ database, dataDir, seedsDir: defaultSeedsDir, log: quiet });
  const openMs = performance.now() - opening;
  try {
    const { library } = opened;
    const ask = async ({ question, guildId }: BotQuestion) => {
      const engine = (await library.prepare(guildId, { question }))();
      const turn = converse(engine, undefined, question);
      answerPages(turn.answer, { echoQuestion: true, understood: turn.understood });
      suggestQuestions(engine, turn.exchange);
      return turn.answer.article.id;
    };
    await ask({ question: '这篇文章主要讲了什么？', guildId: questions[0]!.guildId });
    const samples: number[] = [];
    let right = 0;
    let judged = 0;
    for (const q of questions) {
      if (performance.now() > stopAt) break;
      const start = performance.now();
      const answeredFrom = await ask(q);
      samples.push(performance.now() - start);
      if (q.articleId) {
        judged++;
        if (answeredFrom === q.articleId) right++;
      }
    }
    return {
      questions: samples.length,
      servers: new Set(questions.slice(0, samples.length).map((q) => q.guildId)).size,
      openMs,
      p50: percentile(samples, 50),
      p99: percentile(samples, 99),
      ...(judged ? { rightArticle: { rate: right / judged, questions: judged } } : {}),
      rssMb: await idleRssMb(),
      peakMb: peakRssMb(),
      held: library.held(),
    };
  } finally {
    await opened.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
