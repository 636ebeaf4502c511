import { addressToConnect } from './address-to-connect.js';
import { withDefaults } from './options.js';
import { requestPinned } from './pinned-request.js';
import { readPage } from './read-page.js';
import { refuse } from './refused.js';
import { parseWebAddress } from './web-address.js';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
function redirectLocation(response) {
    return REDIRECT_STATUSES.has(response.statusCode ?? 0) ? response.headers.location : undefined;
}
/**
 * Fetches the web page at `address` for a user who cannot be trusted with the bot's network:
 * only http(s), only public addresses (each checked, then connected to by IP), redirects
 * followed by hand and each hop checked from scratch, one deadline for the whole fetch, and a
 * size cap enforced while the body streams. Every refusal is a FetchRefused whose message the
 * user can read.
 *
 * @example
 * const page = await fetchPage('https://www.xinhuanet.com/…', { allowHosts: allowHostsFromEnv() });
 */
export async function fetchPage(address, options = {}) {
    const settings = withDefaults(options);
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(refuse.timeout(settings.timeoutMs)), settings.timeoutMs);
    const signal = deadline.signal;
    try {
        let url = parseWebAddress(address);
        for (let redirects = 0;; redirects += 1) {
            const connectTo = await addressToConnect(url, settings, signal);
            const response = await requestPinned({ url, address: connectTo, userAgent: settings.userAgent, signal });
            const location = redirectLocation(response);
            if (location === undefined)
                return await readPage(url, response, { maxBytes: settings.maxBytes, signal });
            response.destroy();
            if (redirects === settings.maxRedirects)
                throw refuse.tooManyRedirects(settings.maxRedirects);
            url = parseWebAddress(location, url);
        }
    }
    finally {
        clearTimeout(timer);
    }
}
//# sourceMappingURL=fetch-page.js.map