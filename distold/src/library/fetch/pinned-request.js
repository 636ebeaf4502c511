import http from 'node:http';
import https from 'node:https';
import { refuse } from './refused.js';
import { ipLiteral } from './web-address.js';
/** Content codings readBody can undo; advertised so servers that compress anyway say so. */
export const ACCEPTED_ENCODINGS = 'gzip, deflate, br';
/**
 * A GET for `url`, sent to the checked address by IP so nothing resolves the name a second time
 * (the DNS-rebinding window a hostname connection would leave). The site's name still travels
 * in the Host header and, for https, in SNI and the certificate check. Resolves with the
 * response once its headers arrive; the caller reads or destroys it.
 */
export function requestPinned({ url, address, userAgent, signal }) {
    const isHttps = url.protocol === 'https:';
    const options = {
        host: address.address,
        family: address.family,
        port: url.port === '' ? (isHttps ? 443 : 80) : Number(url.port),
        method: 'GET',
        path: `${url.pathname}${url.search}`,
        headers: {
            host: url.host,
            'user-agent': userAgent,
            accept: 'text/html, text/plain;q=0.9',
            'accept-encoding': ACCEPTED_ENCODINGS,
        },
        // A fresh agent per request: no pooled socket from one redirect hop is reused for another.
        agent: false,
        signal,
    };
    // SNI carries names only, and without the trailing dot of a fully qualified `example.com.`.
    if (isHttps && ipLiteral(url) === undefined)
        options.servername = url.hostname.replace(/\.$/, '');
    const send = isHttps ? https.request : http.request;
    return new Promise((resolve, reject) => {
        const request = send(options, resolve);
        request.on('error', (error) => reject(signal.aborted ? signal.reason : refuse.unreachable(url.hostname, error)));
        request.end();
    });
}
//# sourceMappingURL=pinned-request.js.map