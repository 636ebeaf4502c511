import { readFileSync } from 'node:fs';
/** Linear-interpolated percentile (0–100) of unsorted samples; NaN when there are none. */
export function percentile(samples, p) {
    if (samples.length === 0)
        return NaN;
    const sorted = [...samples].sort((a, b) => a - b);
    const rank = (p / 100) * (sorted.length - 1);
    const lo = Math.floor(rank);
    const hi = Math.ceil(rank);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}
export function spread(samples) {
    return {
        median: percentile(samples, 50),
        min: samples.length ? Math.min(...samples) : NaN,
        max: samples.length ? Math.max(...samples) : NaN,
        runs: samples.length,
    };
}
/** Wall time of one call, in milliseconds, with the call's result. */
export function timed(fn) {
    const start = performance.now();
    const value = fn();
    return { ms: performance.now() - start, value };
}
/** Resident set size after a full collection when the process allows one (`--expose-gc`), in MB. */
export function settledRssMb() {
    const gc = globalThis.gc;
    if (gc) {
        gc();
        gc();
    }
    return process.memoryUsage().rss / 1024 / 1024;
}
/**
 * The most memory this process has held at once, in MB. On Linux, VmHWM of /proc/self/status: the
 * high-water mark of this address space. `resourceUsage().maxRSS` is not used there because the
 * kernel carries it across fork+exec, so a child would report its parent's peak.
 */
export function peakRssMb() {
    try {
        const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
        if (hwm)
            return Number(hwm[1]) / 1024;
    }
    catch {
        // not Linux: fall through
    }
    return process.resourceUsage().maxRSS / 1024;
}
//# sourceMappingURL=stats.js.map