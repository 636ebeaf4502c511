import { pageType, parseContentType, sniffPageType } from './content-type.js';
import { decodePageBytes } from './decode-page.js';
import { readBody } from './read-body.js';
import { refuse } from './refused.js';
/**
 * The final (non-redirect) response for `url` as a page, or a refusal. Status and a declared
 * Content-Type are checked before the body is read, so an image is never downloaded; an untyped
 * body can only be judged once it has arrived.
 */
export async function readPage(url, response, { maxBytes, signal }) {
    const status = response.statusCode ?? 0;
    const declared = parseContentType(response.headers['content-type']);
    const declaredType = declared && pageType(declared.mediaType);
    const refusal = status < 200 || status > 299
        ? refuse.httpStatus(status)
        : declared !== undefined && declaredType === undefined
            ? refuse.notAPage(declared.mediaType)
            : undefined;
    if (refusal !== undefined) {
        response.destroy();
        throw refusal;
    }
    const body = await readBody(response, { maxBytes, signal, hostname: url.hostname });
    const contentType = declaredType ?? sniffPageType(body);
    if (contentType === undefined)
        throw refuse.notAPage(undefined);
    const { text, charset } = decodePageBytes(body, declared?.charset);
    return { url: url.href, status, contentType, charset, text, bytes: body.length };
}
//# sourceMappingURL=read-page.js.map