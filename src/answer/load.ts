import { loadArticleFile, loadArticles } from '../article/index.js';
import type { Article } from '../article/types.js';
import { coverTexts } from '../language/segmenter.js';
import { defaultSeedsDir } from '../util/paths.js';
import { createEngine } from './create-engine.js';
import type { Engine, EngineOptions } from './engine.js';
import { analyseArticles, articleText, knowledgeFrom, type AnalyseOptions } from './knowledge.js';
import type { KnowledgeSnapshots } from './snapshot.js';
import { warmReader } from './reader/warm.js';
import { foldArticle } from './written.js';

/** Reads the articles and builds the one engine every face of the bot uses. Throws ArticleError naming the file or folder. */
export async function loadEngine(options: EngineOptions = {}): Promise<Engine> {
  let articles: Article[];
  let skipped: { file: string; reason: string }[] = [];
  if (options.files && options.files.length > 0) {
    articles = options.files.map((file) => loadArticleFile(file));
  } else {
    ({ articles, skipped } = loadArticles(options.seedsDir ?? defaultSeedsDir));
  }
  return engineFromArticles(articles, skipped);
}

/**
 * The composition of the engine, in the order the data flows: the articles as written → the same
 * in one script for analysis (written.ts) → what the engine knows of them, facts and index
 * (knowledge.ts; or all that read back from a snapshot of the same articles, snapshot.ts) → the
 * reader warmed on them (reader/warm.ts) → the engine, which quotes the written text.
 */
export function engineFromArticles(articles: readonly Article[], skipped: { file: string; reason: string }[] = [], options: EngineBuildOptions = {}): Engine {
  const { snapshots } = options;
  const key = snapshots?.key(articles, options.index ?? 'auto');
  let parts = key ? snapshots!.read(key) : undefined;
  if (parts) {
    // The snapshot holds the articles folded: folding them again was most of a restart at 10,000.
    coverArticles(parts.articles);
  } else {
    const folded = articles.map(foldArticle);
    coverArticles(folded);
    parts = analyseArticles(folded, options);
    if (key) snapshots!.write(key, parts);
  }
  const knowledge = knowledgeFrom(parts, options);
  warmReader(knowledge.articles);
  return createEngine(knowledge, skipped, articles);
}

/** One dictionary load for all the articles' words (folded), not one per sentence bringing new ones. */
function coverArticles(folded: readonly Article[]): void {
  coverTexts(folded.map(articleText));
}

export interface EngineBuildOptions extends AnalyseOptions {
  /** Where the slow part of a build is kept, keyed by the articles' content, so a restart reads it back. */
  snapshots?: KnowledgeSnapshots;
}
