import { readFileSync } from 'node:fs';

/** A figure measured several times: the median is what we report, min and max say how much it moved. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Linear-interpolated percentile (0–100) of unsorted samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

export function spread(samples: readonly number[]): Spread {
  return {
    median: percentile(samples, 50),
    min: samples.length ? Math.min(...samples) : NaN,
    max: samples.length ? Math.max(...samples) : NaN,
    runs: samples.length,
  };
}

/** Wall time of one call, in milliseconds, with the call's result. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** Resident set size after a full collection when the process allows one (`--expose-gc`), in MB. */
export function settledRssMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().rss / 1024 / 1024;
}

/**
 * Resident set size once the process has been idle a moment after full collections, in MB: V8's
 * sweeper and memory reducer hand freed pages back to the system after a collection, not during
 * it, so a long-running process's size right after `gc()` overstates it (by 60–300 MB after the
 * bench's bot questions: 523 MB at once, 464 after 1 s, 436 after 3 s, in one run here).
 */
export async function idleRssMb(idleMs = 2_000): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const steps = 4;
  for (let i = 0; i < steps; i++) {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, idleMs / steps));
  }
  gc?.();
  return process.memoryUsage().rss / 1024 / 1024;
}

/**
 * The most memory this process has held at once, in MB. On Linux, VmHWM of /proc/self/status: the
 * high-water mark of this address space. `resourceUsage().maxRSS` is not used there because the
 * kernel carries it across fork+exec, so a child would report its parent's peak.
 */
export function peakRssMb(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS / 1024;
}
