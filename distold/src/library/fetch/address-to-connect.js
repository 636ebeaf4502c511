import { isIPv6 } from 'node:net';
import { isAllowedHost } from './allow-hosts.js';
import { isBlockedAddress } from './blocked-address.js';
import { refuse } from './refused.js';
import { ipLiteral } from './web-address.js';
/** `promise`, or the signal's reason as soon as it aborts (DNS lookups cannot be cancelled). */
function untilAborted(promise, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted) {
            reject(signal.reason);
            return;
        }
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
}
/**
 * The one address the request for `url` will connect to, checked. Every address the host
 * resolves to must pass, not only the one used: a host answering with a public and a private
 * address could otherwise be reached through the private one on a retry or by another client.
 * Hosts on the allow-list skip the check but are still resolved only once.
 */
export async function addressToConnect(url, options, signal) {
    const allowed = isAllowedHost(url.hostname, options.allowHosts);
    const literal = ipLiteral(url);
    if (literal !== undefined) {
        if (!allowed && isBlockedAddress(literal))
            throw refuse.blockedAddress();
        return { address: literal, family: isIPv6(literal) ? 6 : 4 };
    }
    let addresses;
    try {
        addresses = await untilAborted(options.lookup(url.hostname), signal);
    }
    catch (error) {
        if (signal.aborted)
            throw signal.reason;
        throw refuse.unreachable(url.hostname, error);
    }
    const [first] = addresses;
    if (first === undefined)
        throw refuse.unreachable(url.hostname, new Error('no addresses'));
    if (!allowed && addresses.some(({ address }) => isBlockedAddress(address)))
        throw refuse.blockedAddress();
    return first;
}
//# sourceMappingURL=address-to-connect.js.map