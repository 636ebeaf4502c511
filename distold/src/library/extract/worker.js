// The body of the extraction worker (see in-worker.ts): one page in, its article or its refusal out.
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle } from './extract.js';
import { ExtractionError } from './types.js';
const { html, url } = workerData;
try {
    parentPort.postMessage({ ok: true, page: extractArticle(html, url) });
}
catch (error) {
    if (error instanceof ExtractionError)
        parentPort.postMessage({ ok: false, reason: error.reason, message: error.message });
    else
        throw error;
}
//# sourceMappingURL=worker.js.map