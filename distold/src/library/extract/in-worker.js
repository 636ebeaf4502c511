import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../../util/paths.js';
import { extractArticle } from './extract.js';
import { ExtractionError } from './types.js';
/** Longest a page may take to read before it is refused. Readability is quick on news pages (under 1 s); a page built to stall it is not. */
export const EXTRACT_TIMEOUT_MS = 8_000;
/** The compiled worker: the one file a Worker can start, whether this module runs compiled or from sources in the tests. */
const WORKER_FILE = join(projectRoot, 'dist', 'src', 'library', 'extract', 'worker.js');
/**
 * `extractArticle` in a worker thread, stopped after `timeoutMs`: reading a hostile page is CPU
 * work the bot's one thread cannot share, so the bot keeps answering (and heartbeating) while a
 * page is read, and a page that would stall the reader is refused instead. Without the compiled
 * worker (sources run before a build) the page is read in this thread.
 */
export function extractInWorker(html, url, timeoutMs = EXTRACT_TIMEOUT_MS) {
    if (!existsSync(WORKER_FILE))
        return Promise.resolve().then(() => extractArticle(html, url));
    return new Promise((resolve, reject) => {
        const worker = new Worker(WORKER_FILE, { workerData: { html, url } });
        let settled = false;
        const settle = (act) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            act();
            void worker.terminate();
        };
        const timer = setTimeout(() => settle(() => reject(new ExtractionError('too-complex', `Cannot read ${url ?? 'the page'}: reading it took longer than ${Math.round(timeoutMs / 1000)} s.`, url))), timeoutMs);
        worker.once('message', (reply) => settle(() => (reply.ok ? resolve(reply.page) : reject(new ExtractionError(reply.reason, reply.message, url)))));
        worker.once('error', (error) => settle(() => reject(error)));
        worker.once('exit', (code) => settle(() => reject(new Error(`the page reader stopped (exit ${code})`))));
    });
}
//# sourceMappingURL=in-worker.js.map