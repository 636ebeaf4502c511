import { isIPv6 } from 'node:net';
/** Comma-separated host names or IP addresses let through the address check. Empty in production. */
export const ALLOW_HOSTS_VARIABLE = 'WENDA_FETCH_ALLOW_HOSTS';
/** The allow-list from WENDA_FETCH_ALLOW_HOSTS, for `fetchPage(url, { allowHosts })`; empty when unset. */
export function allowHostsFromEnv(env = process.env) {
    return (env[ALLOW_HOSTS_VARIABLE] ?? '')
        .split(',')
        .map((host) => host.trim())
        .filter((host) => host.length > 0);
}
/**
 * A host spelled the way URL parsing spells it, so that an entry `::1`, `[::1]` or `2130706433`
 * matches the URL host `[::1]` or `127.0.0.1`, and `localhost.` matches `localhost`.
 */
function hostKey(host) {
    const spelled = isIPv6(host) ? `[${host}]` : host;
    try {
        return new URL(`http://${spelled}/`).hostname.replace(/\.$/, '');
    }
    catch {
        return undefined;
    }
}
/** Whether the URL host `hostname` is on the allow-list. */
export function isAllowedHost(hostname, allowHosts) {
    const key = hostKey(hostname);
    return key !== undefined && allowHosts.some((entry) => hostKey(entry) === key);
}
//# sourceMappingURL=allow-hosts.js.map