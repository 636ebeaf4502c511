import { lookup } from 'node:dns/promises';
export const FETCH_DEFAULTS = {
    timeoutMs: 10_000,
    maxBytes: 5 * 1024 * 1024,
    maxRedirects: 5,
    allowHosts: [],
    lookup: (hostname) => lookup(hostname, { all: true }),
    userAgent: 'wenda/0.1 (Discord bot reading news articles)',
};
/** The defaults overridden by every option given; an option set to `undefined` keeps its default. */
export function withDefaults(options) {
    const given = Object.entries(options).filter(([, value]) => value !== undefined);
    return { ...FETCH_DEFAULTS, ...Object.fromEntries(given) };
}
//# sourceMappingURL=options.js.map