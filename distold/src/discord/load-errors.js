import { ArticleError } from '../article/types.js';
import { ExtractionError } from '../library/extract/index.js';
import { FetchRefused } from '../library/fetch/index.js';
import { UploadRefused } from '../library/import-page.js';
import { StoreInputError, StoreLimitError } from '../library/store/index.js';
/**
 * The message of an error a load can meet for a reason the user can act on (a blocked address,
 * not a page, too big, no article text, a limit), or undefined for a fault of the bot itself,
 * which the router reports as a failure and logs. Those errors' messages are written for users
 * and never name an internal address.
 */
export function userFacingLoadError(error) {
    if (error instanceof FetchRefused || error instanceof ExtractionError || error instanceof UploadRefused || error instanceof StoreLimitError || error instanceof StoreInputError) {
        return error.message;
    }
    // The parser's reason, without the file path it puts in front for operators.
    if (error instanceof ArticleError)
        return error.message.slice(error.file.length + 2);
    return undefined;
}
//# sourceMappingURL=load-errors.js.map