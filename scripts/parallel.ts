// Work the training scripts spread over the machine's cores: span rankers fitted side by side
// (fit-reader.ts), held-out folds scored side by side (cross-validate.ts), each in its own process.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** `work` on every item, at most as many at once as the machine has cores; the results in the items' order. */
export async function inParallel<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), items.length) }, worker));
  return results;
}

/** A Node process's standard output, once it exits 0 (its standard error goes to ours). */
export function nodeOutput(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`node ${args.join(' ')} failed (exit ${code})`))));
  });
}
