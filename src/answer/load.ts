import { loadArticleFile, loadArticles } from '../article/index.js';
import type { Article } from '../article/types.js';
import { defaultSeedsDir } from '../util/paths.js';
import { createEngine, type Engine } from './create-engine.js';
import type { EngineOptions } from './engine.js';
import { buildKnowledge } from './knowledge.js';

/** Reads the articles and builds the one engine every face of the bot uses. Throws ArticleError naming the file or folder. */
export async function loadEngine(options: EngineOptions = {}): Promise<Engine> {
  let articles: Article[];
  let skipped: { file: string; reason: string }[] = [];
  if (options.files && options.files.length > 0) {
    articles = options.files.map((file) => loadArticleFile(file));
  } else {
    ({ articles, skipped } = loadArticles(options.seedsDir ?? defaultSeedsDir));
  }
  return createEngine(buildKnowledge(articles), skipped);
}
