export { fetchPage } from './fetch-page.js';
export { allowHostsFromEnv, ALLOW_HOSTS_VARIABLE } from './allow-hosts.js';
export { FETCH_DEFAULTS } from './options.js';
export { FetchRefused } from './refused.js';
export { isBlockedAddress } from './blocked-address.js';
//# sourceMappingURL=index.js.map