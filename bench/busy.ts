// Whether other work competes with the bench for the machine: timings taken beside it read high.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/**
 * Other work using more than this share of the machine's CPU time as the bench starts competes with
 * it. With one reader run beside it on this 2-core machine (half the CPU time), the one-article
 * query p99 read 5.07 ms (max 20.5) and cold start 982 ms, where three idle runs read 3.63–4.04 ms
 * and 710–741 ms.
 */
const BUSY_SHARE = 0.25;

/** CPU time counters of the whole machine (Linux /proc/stat): busy and total jiffies; undefined elsewhere. */
function cpuTimes(): { busy: number; total: number } | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    // idle and iowait are the 4th and 5th fields.
    return { busy: total - (fields[3] ?? 0) - (fields[4] ?? 0), total };
  } catch {
    return undefined;
  }
}

/**
 * Share of the machine's CPU time other processes use, over `ms` milliseconds in which the bench
 * itself only waits; the 1-minute load average stands in where /proc/stat is not. Measured rather
 * than read from the load average alone: that lags a minute, and would still count a build just ended.
 */
export async function busyShare(ms = 1000): Promise<number> {
  const before = cpuTimes();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = cpuTimes();
  if (!before || !after || after.total <= before.total) return (loadavg()[0] ?? 0) / cpus().length;
  return (after.busy - before.busy) / (after.total - before.total);
}

/** A warning when other work kept the machine busy as the bench began; undefined when it did not. */
export function busyNote(share: number, cores = cpus().length): string | undefined {
  if (share <= BUSY_SHARE) return undefined;
  return `other work kept ${Math.round(100 * share)}% of the ${cores} cores' time busy as the run began: timings, p99 and cold start above all, read high; measure on an idle machine`;
}
