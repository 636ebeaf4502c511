import { countHan } from '../../language/script.js';
import { ExtractionError } from './types.js';
/**
 * The least an article has: a lead and one more paragraph. A page whose readable text is a single
 * block is a teaser, a paywall or login notice (请登入会员后阅读全文), or a removed-story notice.
 */
export const MIN_PARAGRAPHS = 2;
/**
 * About two sentences of Chinese. What a section front, a login wall or an error page leaves after
 * cleaning is a few short lines, well under this; the shortest news items are several times over.
 */
export const MIN_HAN_CHARACTERS = 80;
/** Throws ExtractionError 'no-article' unless the paragraphs are enough to be an article. */
export function requireArticleText(paragraphs, url) {
    const han = countHan(paragraphs.join(''));
    if (paragraphs.length >= MIN_PARAGRAPHS && han >= MIN_HAN_CHARACTERS)
        return;
    const where = url ?? 'the page';
    throw new ExtractionError('no-article', `No article text found on ${where}: ${paragraphs.length} paragraph(s) with ${han} Chinese characters ` +
        `(an article needs at least ${MIN_PARAGRAPHS} paragraphs and ${MIN_HAN_CHARACTERS} Chinese characters). ` +
        'It may be a section front, a login or paywall page, or not a news article.', url);
}
//# sourceMappingURL=enough-text.js.map