import MiniSearch, { type Options } from 'minisearch';
import type { Article } from '../../src/article/index.js';
import { paragraphDocs, paragraphReply, type Answerer, type ParagraphDoc } from './types.js';

/** MiniSearch over paragraphs with a given tokenizer (and its defaults otherwise): the answer is the top hit. */
export function buildMiniSearchPeer(
  articles: readonly Article[],
  tokenize?: Options<ParagraphDoc>['tokenize'],
): Answerer & { index: MiniSearch<ParagraphDoc> } {
  const docs = paragraphDocs(articles);
  const index = new MiniSearch<ParagraphDoc>({ fields: ['text'], ...(tokenize ? { tokenize } : {}) });
  index.addAll(docs);
  return {
    index,
    ask(question) {
      const best = index.search(question)[0];
      return paragraphReply(best ? docs[best.id as number] : undefined);
    },
  };
}
