import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What a test opened (stores, feeds, libraries, temporary folders) and what a test file made (its
 * databases), closed by the hooks in `after-tests.ts`. The suite runs with `isolate: false`: a
 * helper module is evaluated once per worker, so a hook a helper registered at its top level would
 * run for the first test file importing it only, and every later file's folders and stores would be
 * left behind. A setup file runs before every test file, so its hooks hold for each.
 */

/** Closed after each test, passed or not, in reverse order of opening. */
export const closing: Array<() => unknown> = [];

/** Closed after each test file's last test. */
export const closingAfterFile: Array<() => unknown> = [];

/** Runs every close, each even when one before it throws; then throws the first error. */
export async function closeAll(list: Array<() => unknown>): Promise<void> {
  const errors: unknown[] = [];
  for (const close of list.splice(0).reverse()) {
    try {
      await close();
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length > 0) throw errors[0];
}

/** A new folder under the system's temporary directory, removed after the test that made it. */
export function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `wenda-${prefix}-`));
  closing.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
