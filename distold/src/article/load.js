import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { decodeArticleBytes } from './decode.js';
import { parseArticle } from './parse.js';
import { ArticleError } from './types.js';
/** A news article is tens of kilobytes; anything past this is not one, and parsing it would stall the bot. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** Files in a seeds folder that are read as articles. */
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm'];
function systemReason(error) {
    const code = error?.code;
    if (code === 'ENOENT')
        return 'file not found';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'EISDIR')
        return 'is a folder, not a file';
    return `cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}
/** The reason alone: `skipped` already names the file, so the `file: ` prefix would say it twice. */
function reasonOf(error) {
    if (!(error instanceof ArticleError))
        return error instanceof Error ? error.message : String(error);
    const prefix = `${error.file}: `;
    return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}
function megabytes(bytes) {
    return (bytes / 1024 / 1024).toFixed(1);
}
/**
 * Reads at most one byte past the size limit, so a file that grows, or a device that never ends,
 * is refused instead of read forever.
 */
function readBytes(file) {
    let fd;
    try {
        fd = openSync(file, 'r');
    }
    catch (error) {
        throw new ArticleError(file, systemReason(error));
    }
    try {
        const stat = fstatSync(fd);
        if (stat.isDirectory())
            throw new ArticleError(file, 'is a folder, not a file');
        if (!stat.isFile())
            throw new ArticleError(file, 'not a regular file');
        if (stat.size > MAX_ARTICLE_BYTES) {
            throw new ArticleError(file, `file too large (${megabytes(stat.size)} MB; an article must be at most ${megabytes(MAX_ARTICLE_BYTES)} MB)`);
        }
        const buffer = Buffer.alloc(MAX_ARTICLE_BYTES + 1);
        let length = 0;
        for (;;) {
            const read = readSync(fd, buffer, length, buffer.length - length, null);
            if (read === 0)
                break;
            length += read;
            if (length > MAX_ARTICLE_BYTES) {
                throw new ArticleError(file, `file too large (over ${megabytes(MAX_ARTICLE_BYTES)} MB)`);
            }
        }
        return buffer.subarray(0, length);
    }
    catch (error) {
        if (error instanceof ArticleError)
            throw error;
        throw new ArticleError(file, systemReason(error));
    }
    finally {
        closeSync(fd);
    }
}
/** One article file: id is the file name without its extension. Throws ArticleError naming the file. */
export function loadArticleFile(file) {
    const bytes = readBytes(file);
    if (bytes.length === 0)
        throw new ArticleError(file, 'empty file');
    const text = decodeArticleBytes(bytes, file);
    if (text.trim() === '')
        throw new ArticleError(file, 'empty file (only whitespace)');
    const id = basename(file, extname(file));
    return parseArticle(text, id, file);
}
function listArticleFiles(dir) {
    try {
        if (!statSync(dir).isDirectory())
            throw new ArticleError(dir, 'not a folder');
        return readdirSync(dir, { withFileTypes: true })
            .filter((entry) => !entry.isDirectory() && ARTICLE_EXTENSIONS.includes(extname(entry.name).toLowerCase()))
            .map((entry) => entry.name)
            .sort();
    }
    catch (error) {
        if (error instanceof ArticleError)
            throw error;
        const code = error?.code;
        throw new ArticleError(dir, code === 'ENOENT' ? 'folder not found' : `cannot read folder (${code ?? String(error)})`);
    }
}
/**
 * Every article file in a folder, in file-name order. A bad file is listed in `skipped` with its
 * reason and never stops the others; a missing folder, or one with no readable article, throws.
 */
export function loadArticles(dir) {
    const articles = [];
    const skipped = [];
    const ids = new Set();
    for (const name of listArticleFiles(dir)) {
        const file = join(dir, name);
        try {
            const article = loadArticleFile(file);
            if (ids.has(article.id)) {
                skipped.push({ file, reason: `same id "${article.id}" as an earlier file` });
                continue;
            }
            ids.add(article.id);
            articles.push(article);
        }
        catch (error) {
            skipped.push({ file, reason: reasonOf(error) });
        }
    }
    if (articles.length === 0) {
        const why = skipped.length === 0 ? 'no .txt or .html files' : skipped.map((s) => `${basename(s.file)}: ${s.reason}`).join('; ');
        throw new ArticleError(dir, `no readable article in this folder (${why})`);
    }
    return { articles, skipped };
}
//# sourceMappingURL=load.js.map