/**
 * A page that was not fetched. `message` is written for the user who asked for it and can be
 * shown as is; `cause`, when present, is the network error behind an `unreachable` refusal and is
 * for operators' logs only.
 */
export class FetchRefused extends Error {
    reason;
    constructor(reason, message, options) {
        super(message, options);
        this.reason = reason;
        this.name = 'FetchRefused';
    }
}
/** A byte count as a reader would say it: 5 MB, 300 KB, 900 bytes. */
function size(bytes) {
    const mb = bytes / (1024 * 1024);
    if (mb >= 1)
        return `${Number(mb.toFixed(1))} MB`;
    if (bytes >= 1024)
        return `${Math.round(bytes / 1024)} KB`;
    return `${bytes} bytes`;
}
/** A URL host as a reader writes it: `example.com.` ends a sentence badly. */
function siteName(hostname) {
    return hostname.replace(/\.$/, '');
}
/** A media type sent by the remote server, repeated to the user only when it looks like one. */
function mediaTypeName(mediaType) {
    return mediaType !== undefined && /^[\w.+-]{1,40}\/[\w.+-]{1,60}$/.test(mediaType) ? mediaType : 'something';
}
/**
 * Every refusal, worded once. No message names an address a host resolved to: a user who may
 * probe the bot's network learns only that the address was blocked.
 */
export const refuse = {
    badUrl: () => new FetchRefused('bad-url', 'That is not a valid web address.'),
    credentials: () => new FetchRefused('bad-url', 'Web addresses with a user name or password in them are not loaded.'),
    scheme: (protocol) => new FetchRefused('scheme', `Only http:// and https:// addresses can be loaded, not ${protocol}.`),
    blockedAddress: () => new FetchRefused('blocked-address', 'That address (or one it redirects to) is on a private or reserved network, which is not loaded.'),
    tooManyRedirects: (maxRedirects) => new FetchRefused('too-many-redirects', `The page redirected more than ${maxRedirects} times.`),
    timeout: (timeoutMs) => new FetchRefused('timeout', `The page took longer than ${timeoutMs / 1000} seconds to load.`),
    tooLarge: (maxBytes) => new FetchRefused('too-large', `The page is larger than ${size(maxBytes)}.`),
    notAPage: (mediaType) => new FetchRefused('not-a-page', `That address serves ${mediaTypeName(mediaType)}, not a web page (text/html or text/plain).`),
    unknownEncoding: () => new FetchRefused('not-a-page', 'The page is compressed in a way that cannot be read.'),
    httpStatus: (status) => new FetchRefused('http-status', `The site answered with HTTP status ${status} instead of the page.`),
    unreachable: (hostname, cause) => new FetchRefused('unreachable', `Could not reach ${siteName(hostname)}.`, { cause }),
    brokenOff: (hostname, cause) => new FetchRefused('unreachable', `The connection to ${siteName(hostname)} broke off before the page was complete.`, { cause }),
};
//# sourceMappingURL=refused.js.map