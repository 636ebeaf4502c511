import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedFile } from '../helpers.js';
import { closing, temporaryFolder } from '../support/cleanup.js';

/** What a test opened, closed in reverse order after it, passed or not (test/support/cleanup.ts). */
export { closing };

/** A temporary `seeds/` holding the seed article (its id: `seed`), deleted after the test. */
export function seedsFolder(): string {
  const root = temporaryFolder('seeds');
  mkdirSync(join(root, 'seeds'));
  copyFileSync(seedFile, join(root, 'seeds', 'seed.txt'));
  return join(root, 'seeds');
}
