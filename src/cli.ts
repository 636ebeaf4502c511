import { createInterface } from 'node:readline';
import { ArticleError, type Article } from './article/types.js';
import { loadEngine, type Answer, type Engine } from './answer/index.js';
import { formatForTerminal } from './terminal/format.js';
import { replyText } from './terminal/text.js';

/** One line of the scripting interface: stable, because outside checkers read it. `text` is the reply the terminal prints. */
export function jsonLine(answer: Answer, text: string, articles: readonly Pick<Article, 'id' | 'title'>[] = [answer.article]): string {
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  return JSON.stringify({
    question: answer.question.raw,
    intent: answer.intent,
    abstained: answer.abstained,
    direct: answer.direct,
    answer: text,
    // Each passage names its article: with several loaded, a reader must know where a quotation stands.
    passages: answer.passages.map((p) => ({ paragraph: p.paragraph, ...(p.through !== undefined ? { through: p.through } : {}), text: p.text, score: p.score, article: { id: p.articleId, title: titles.get(p.articleId) ?? '' } })),
  });
}

function errorLine(question: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return JSON.stringify({ question, intent: 'free', abstained: true, direct: '', answer: `error: ${message}`, passages: [] });
}

/**
 * `--jsonl`: a question per stdin line, an answer per stdout line, nothing else on stdout. A blank
 * line is answered too (the engine's "ask a question"): a checker pairs the n-th answer with its n-th
 * question, so skipping one would shift every answer after it onto the wrong question.
 */
async function runJsonl(engine: Engine): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    try {
      const answer = engine.ask(line);
      process.stdout.write(jsonLine(answer, replyText(answer, engine.articles), engine.articles) + '\n');
    } catch (error) {
      process.stdout.write(errorLine(line, error) + '\n');
    }
  }
}

/** The interactive prompt: `npm start` with no Discord token. */
export async function runPrompt(engine: Engine): Promise<void> {
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const article = engine.articles[0]!;
  process.stdout.write(`wenda 问答 — ${article.title}（${article.paragraphs.length}段）\n`);
  process.stdout.write('Ask in Chinese or English (e.g. 签署了哪些协议？ / who attended?). Ctrl-D to quit.\n');
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: '问> ' });
  rl.prompt();
  for await (const line of rl) {
    if (line.trim()) {
      const answer = engine.ask(line);
      process.stdout.write(formatForTerminal(answer, replyText(answer, engine.articles), color) + '\n\n');
    }
    rl.prompt();
  }
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function main(args: string[]): Promise<number> {
  // A reader that stops early (| head) closes the pipe: that ends the run, it is not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const articleFile = argValue(args, '--article');
  const seedsDir = argValue(args, '--seeds') ?? (process.env.WENDA_SEEDS_DIR || undefined);
  let engine: Engine;
  try {
    engine = await loadEngine(articleFile ? { files: [articleFile] } : { seedsDir });
  } catch (error) {
    process.stderr.write(`wenda: ${error instanceof ArticleError || error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  for (const { file, reason } of engine.skipped) process.stderr.write(`wenda: skipped ${file}: ${reason}\n`);
  if (args.includes('--jsonl')) {
    await runJsonl(engine);
    return 0;
  }
  const question = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--article' && args[i - 1] !== '--seeds').join(' ');
  if (question) {
    const answer = engine.ask(question);
    process.stdout.write(formatForTerminal(answer, replyText(answer, engine.articles), Boolean(process.stdout.isTTY) && !process.env.NO_COLOR) + '\n');
    return 0;
  }
  await runPrompt(engine);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
