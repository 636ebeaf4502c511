import { isIP } from 'node:net';
import { refuse } from './refused.js';
const WEB_SCHEMES = new Set(['http:', 'https:']);
/**
 * `address` (resolved against `base`, for a redirect's Location) as a URL that may be fetched:
 * http or https, with no user name or password. Everything else about the host is checked on
 * the parsed URL, never on the text, because the parser turns `2130706433` and `0x7f.1` into
 * `127.0.0.1` and `[::ffff:127.0.0.1]` into `[::ffff:7f00:1]`.
 */
export function parseWebAddress(address, base) {
    let url;
    try {
        url = new URL(address, base);
    }
    catch {
        throw refuse.badUrl();
    }
    if (!WEB_SCHEMES.has(url.protocol))
        throw refuse.scheme(url.protocol);
    if (url.username !== '' || url.password !== '')
        throw refuse.credentials();
    return url;
}
/** The URL's host when it is an IP address, without the brackets an IPv6 host is written in. */
export function ipLiteral(url) {
    const bare = url.hostname.replace(/^\[(.*)\]$/, '$1');
    return isIP(bare) === 0 ? undefined : bare;
}
//# sourceMappingURL=web-address.js.map