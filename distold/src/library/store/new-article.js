import { StoreInputError } from './errors.js';
import { articleIdOf, assertDiscordId } from './ids.js';
import { describeIssues, newMetaSchema } from './schema.js';
/** Refuses (StoreInputError) a guild id that is not one, details the store cannot keep, a parsed form JSON cannot write. */
export function checkNewArticle(guildId, input) {
    assertDiscordId(guildId, 'guild');
    const meta = newMetaSchema.safeParse(input.meta);
    if (!meta.success)
        throw new StoreInputError(`Article details cannot be stored: ${describeIssues(meta.error)}`);
    const parsedJson = JSON.stringify(input.parsed);
    if (parsedJson === undefined)
        throw new StoreInputError('The parsed article cannot be written as JSON');
    return { id: articleIdOf(input.articleFile), meta: meta.data, parsedJson, memberId: meta.data.source.loadedBy };
}
//# sourceMappingURL=new-article.js.map