import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
/**
 * The project's root (the folder holding package.json), found from this file so it is the same
 * whether the code runs compiled from dist/ or as TypeScript under the test runner.
 */
export const projectRoot = (() => {
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, 'package.json'))) {
        const parent = dirname(dir);
        if (parent === dir)
            throw new Error('wenda: cannot find package.json above ' + fileURLToPath(import.meta.url));
        dir = parent;
    }
    return dir;
})();
export const defaultSeedsDir = join(projectRoot, 'seeds');
export const cacheDir = join(projectRoot, '.cache');
//# sourceMappingURL=paths.js.map