import { isPinyin } from '../../language/pinyin.js';
import { isCommonWord } from '../../language/word-frequency.js';
import { prepareArticle } from './prepare.js';
/** Up to this many articles are read ahead at start; past it each is prepared on its first question. */
const PREPARE_AHEAD = 50;
/**
 * Does at start what the first question would otherwise pay for: the articles tagged for reading,
 * the common-word list and the pinyin syllable table loaded. A first answer then takes as long as
 * any other, and cold start counts the cost where it belongs.
 */
export function warmReader(articles) {
    for (const article of articles.slice(0, PREPARE_AHEAD))
        prepareArticle(article);
    isCommonWord('');
    isPinyin('a');
}
//# sourceMappingURL=warm.js.map