import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { seedFile } from '../helpers.js';

/**
 * What a test opened (stores, feeds, libraries, folders), closed in reverse order after it, passed
 * or not. A test file that imports this module gets the cleanup registered once.
 */
export const closing: Array<() => unknown> = [];

afterEach(async () => {
  for (const close of closing.splice(0).reverse()) await close();
});

/** A temporary `seeds/` holding the seed article (its id: `seed`), deleted after the test. */
export function seedsFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'wenda-seeds-'));
  closing.push(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'seeds'));
  copyFileSync(seedFile, join(root, 'seeds', 'seed.txt'));
  return join(root, 'seeds');
}
