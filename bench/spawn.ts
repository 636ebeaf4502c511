import { spawn } from 'node:child_process';

export interface SpawnResult {
  /** From spawn to the first line on stdout: for a CLI that prints its answer, time to first answer. */
  firstLineMs: number;
  lines: string[];
  code: number | null;
  stderr: string;
}

/** Runs a command, timing its first stdout line; rejects on a non-zero exit or a timeout. */
export function spawnTimed(command: string, args: readonly string[], options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv }): Promise<SpawnResult> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let firstLineMs = NaN;
    let stdout = '';
    let stderr = '';
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')}: no exit after ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (Number.isNaN(firstLineMs) && stdout.includes('\n')) firstLineMs = performance.now() - start;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-1500)}`));
      else resolve({ firstLineMs, lines: stdout.split('\n').filter((l) => l.trim()), code, stderr });
    });
  });
}
