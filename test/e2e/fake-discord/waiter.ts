interface PendingWait {
  recheck(): void;
  abort(reason: string): void;
}

/**
 * Lets tests wait for a condition on the fake's state. Every wait is bounded: a timeout rejects with a
 * message that says what never happened, so a hung bot fails fast instead of stalling the suite.
 */
export class Signals {
  private readonly pending = new Set<PendingWait>();

  notify(): void {
    for (const wait of [...this.pending]) wait.recheck();
  }

  waitFor<T>(check: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    const now = check();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise<T>((resolve, reject) => {
      const finish = (): void => {
        this.pending.delete(wait);
        clearTimeout(timer);
      };
      const wait: PendingWait = {
        recheck: () => {
          const value = check();
          if (value === undefined) return;
          finish();
          resolve(value);
        },
        abort: (reason) => {
          finish();
          reject(new Error(`fake-discord: ${reason} while waiting for ${describe()}`));
        },
      };
      const timer = setTimeout(() => wait.abort(`timed out after ${timeoutMs} ms`), timeoutMs);
      this.pending.add(wait);
    });
  }

  /** Rejects every pending wait, so closing the server never leaves a test hanging. */
  abortAll(reason: string): void {
    for (const wait of [...this.pending]) wait.abort(reason);
  }
}
