import { extractInWorker, toArticleFile } from './extract/index.js';
import { fetchPage } from './fetch/index.js';
/** Files `/load file:` takes: a news page saved from a browser, or an article in wenda's own format. */
export const UPLOAD_EXTENSIONS = ['.html', '.htm', '.txt'];
/** Why an upload was refused before it was fetched; the message can be shown as it is. */
export class UploadRefused extends Error {
    name = 'UploadRefused';
}
/**
 * A whole news page (navigation, ads, comments and all) as an article: the main text found by
 * Readability (in a worker thread, time-limited), the title from og:title/h1/title, the date from the page's metadata. A plain-text
 * page or a `.txt` upload is taken to be in wenda's own format (title line, then the text).
 */
async function articleOf(text, isPage, url) {
    if (!isPage)
        return { articleFile: text };
    const page = await extractInWorker(text, url);
    return { articleFile: toArticleFile(page), rawHtml: text, date: page.date };
}
/** `/load url:` — fetched through the guarded fetcher (public addresses only, size and time capped). */
export async function importFromUrl(url, options = {}) {
    const fetched = await fetchPage(url, options);
    return articleOf(fetched.text, fetched.contentType === 'text/html', fetched.url);
}
/**
 * `/load file:` — an attachment, downloaded through the same guarded fetcher (its URL is the
 * chat service's file host, but nothing a user sends is trusted to point there).
 */
export async function importFromUpload(upload, options = {}) {
    const name = upload.name.toLowerCase();
    const extension = UPLOAD_EXTENSIONS.find((e) => name.endsWith(e));
    if (!extension)
        throw new UploadRefused(`Only ${UPLOAD_EXTENSIONS.join(', ')} files can be loaded.`);
    const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
    if (upload.size > maxBytes)
        throw new UploadRefused(`The file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB.`);
    const fetched = await fetchPage(upload.url, { ...options, maxBytes });
    return articleOf(fetched.text, extension !== '.txt', upload.name);
}
//# sourceMappingURL=import-page.js.map