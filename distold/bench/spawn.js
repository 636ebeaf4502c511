import { spawn } from 'node:child_process';
/** A failed or timed-out run, with what it printed before it stopped. */
export class SpawnError extends Error {
    lines;
    constructor(message, lines) {
        super(message);
        this.lines = lines;
    }
}
/** Runs a command, timing its first stdout line; rejects with a SpawnError on a non-zero exit or a timeout. */
export function spawnTimed(command, args, options) {
    return new Promise((resolve, reject) => {
        const start = performance.now();
        let firstLineMs = NaN;
        let stdout = '';
        let stderr = '';
        const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
        const lines = () => stdout.split('\n').filter((l) => l.trim());
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, options.timeoutMs);
        child.stdout.setEncoding('utf8').on('data', (chunk) => {
            stdout += chunk;
            if (Number.isNaN(firstLineMs) && stdout.includes('\n'))
                firstLineMs = performance.now() - start;
        });
        child.stderr.setEncoding('utf8').on('data', (chunk) => {
            // Whole lines to the listener (a long child's progress), however the chunks fall.
            const done = stderr.lastIndexOf('\n') + 1;
            stderr += chunk;
            if (options.onStderr)
                for (const line of stderr.slice(done).split('\n').slice(0, -1))
                    options.onStderr(line);
        });
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            if (timedOut)
                reject(new SpawnError(`stopped after ${Math.round(options.timeoutMs / 1000)} s (time budget)`, lines()));
            else if (code !== 0)
                reject(new SpawnError(`exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`, lines()));
            else
                resolve({ firstLineMs, lines: lines(), code, stderr });
        });
    });
}
//# sourceMappingURL=spawn.js.map