import { StoreInputError } from './errors.js';
import { articleIdOf, assertDiscordId } from './ids.js';
import { describeIssues, newMetaSchema } from './schema.js';
import type { NewArticle, StoredArticleMeta } from './types.js';

/** An article to add, checked the same way by every store before it writes anything. */
export interface CheckedArticle {
  id: string;
  meta: StoredArticleMeta;
  parsedJson: string;
  memberId: string;
}

/** Refuses (StoreInputError) a guild id that is not one, details the store cannot keep, a parsed form JSON cannot write. */
export function checkNewArticle(guildId: string, input: NewArticle): CheckedArticle {
  assertDiscordId(guildId, 'guild');
  const meta = newMetaSchema.safeParse(input.meta);
  if (!meta.success) throw new StoreInputError(`Article details cannot be stored: ${describeIssues(meta.error)}`);
  const parsedJson = JSON.stringify(input.parsed);
  if (parsedJson === undefined) throw new StoreInputError('The parsed article cannot be written as JSON');
  return { id: articleIdOf(input.articleFile), meta: meta.data, parsedJson, memberId: meta.data.source.loadedBy };
}
