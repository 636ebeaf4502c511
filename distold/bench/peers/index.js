/**
 * Every system in the bench, loaded on demand: a child process measuring one system's cold start
 * and memory must not pay for importing the others.
 */
export const SYSTEMS = {
    wenda: async () => (await import('./wenda.js')).system,
    minisearch: async () => (await import('./minisearch-default.js')).system,
    'minisearch-jieba': async () => (await import('./minisearch-jieba.js')).system,
    'lunr-zh': async () => (await import('./lunr-zh.js')).system,
    flexsearch: async () => (await import('./flexsearch-cjk.js')).system,
    'minisearch-intl': async () => (await import('./minisearch-intl.js')).system,
};
export const SYSTEM_NAMES = Object.keys(SYSTEMS);
export async function loadSystem(name) {
    const load = SYSTEMS[name];
    if (!load)
        throw new Error(`bench: no system "${name}" (have ${SYSTEM_NAMES.join(', ')})`);
    return load();
}
//# sourceMappingURL=index.js.map