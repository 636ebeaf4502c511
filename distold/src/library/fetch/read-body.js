import { pipeline } from 'node:stream';
import zlib from 'node:zlib';
import { FetchRefused, refuse } from './refused.js';
/** Decoders for the codings requestPinned advertises; `x-gzip` is an old alias some servers still send. */
const DECOMPRESSORS = {
    gzip: () => zlib.createGunzip(),
    'x-gzip': () => zlib.createGunzip(),
    deflate: () => zlib.createInflate(),
    br: () => zlib.createBrotliDecompress(),
};
function decompressed(response) {
    const coding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (coding === 'identity' || coding === '')
        return response;
    const decompressor = DECOMPRESSORS[coding];
    if (decompressor === undefined)
        throw refuse.unknownEncoding();
    // pipeline destroys every stream when one fails, so a broken connection ends the iteration below.
    return pipeline(response, decompressor(), () => { });
}
/**
 * The response body, decompressed, refused as soon as it passes `maxBytes` — counted after
 * decompression, so a small gzip bomb is stopped too. A Content-Length over the cap is refused
 * before a byte is read. The response is always destroyed when this returns or throws.
 */
export async function readBody(response, { maxBytes, signal, hostname }) {
    const chunks = [];
    let total = 0;
    try {
        if (Number(response.headers['content-length']) > maxBytes)
            throw refuse.tooLarge(maxBytes);
        for await (const chunk of decompressed(response)) {
            const bytes = chunk;
            total += bytes.length;
            if (total > maxBytes)
                throw refuse.tooLarge(maxBytes);
            chunks.push(bytes);
        }
    }
    catch (error) {
        if (error instanceof FetchRefused)
            throw error;
        if (signal.aborted)
            throw signal.reason;
        throw refuse.brokenOff(hostname, error);
    }
    finally {
        response.destroy();
    }
    return Buffer.concat(chunks, total);
}
//# sourceMappingURL=read-body.js.map