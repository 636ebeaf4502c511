import { createHash } from 'node:crypto';
import type { RestFault } from './types.js';

/** Every bucket allows this many requests per window; generous, so only injected faults produce 429s. */
const BUCKET_LIMIT = 50;
const BUCKET_WINDOW_MS = 1_000;

interface Bucket {
  used: number;
  resetAt: number;
}

interface ActiveFault extends RestFault {
  left: number;
}

export interface RateLimitDecision {
  headers: Record<string, string>;
  /** Set when this request must be answered 429 (bucket exhausted or injected fault). */
  retryAfter?: number;
  global?: boolean;
}

/**
 * Discord's per-route buckets: a route template plus its major parameter (channel, guild, webhook),
 * reported through X-RateLimit-* headers. Injected faults ride on the same header logic.
 */
export class RateLimits {
  private readonly buckets = new Map<string, Bucket>();
  private readonly faults: ActiveFault[] = [];

  addFault(fault: RestFault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  takeFault(method: string, path: string): RestFault | undefined {
    const fault = this.faults.find((f) => f.left > 0 && (!f.method || f.method.toUpperCase() === method) && f.path.test(path));
    if (fault) fault.left--;
    return fault;
  }

  account(method: string, path: string, now = Date.now()): RateLimitDecision {
    const route = bucketRoute(path);
    const key = `${method} ${route}`;
    let bucket = this.buckets.get(key);
    if (!bucket || bucket.resetAt <= now) {
      bucket = { used: 0, resetAt: now + BUCKET_WINDOW_MS };
      this.buckets.set(key, bucket);
    }
    bucket.used++;
    const resetAfter = (bucket.resetAt - now) / 1000;
    const headers = {
      'x-ratelimit-limit': String(BUCKET_LIMIT),
      'x-ratelimit-remaining': String(Math.max(0, BUCKET_LIMIT - bucket.used)),
      'x-ratelimit-reset': (bucket.resetAt / 1000).toFixed(3),
      'x-ratelimit-reset-after': resetAfter.toFixed(3),
      'x-ratelimit-bucket': createHash('sha1').update(`${method} ${templateOf(path)}`).digest('hex').slice(0, 32),
    };
    return bucket.used > BUCKET_LIMIT ? { headers, retryAfter: resetAfter } : { headers };
  }

  /** The headers and body of a 429, as Discord sends them. */
  static tooManyRequests(base: Record<string, string>, retryAfter: number, global: boolean): { headers: Record<string, string>; body: unknown } {
    const headers: Record<string, string> = {
      ...(global ? {} : base),
      'retry-after': String(retryAfter),
      'x-ratelimit-scope': global ? 'global' : 'user',
      ...(global ? { 'x-ratelimit-global': 'true' } : { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': retryAfter.toFixed(3) }),
    };
    return { headers, body: { message: 'You are being rate limited.', retry_after: retryAfter, global, ...(global ? { code: 0 } : {}) } };
  }
}

const MAJOR = new Set(['channels', 'guilds', 'webhooks']);

/**
 * Ids become placeholders except the major parameter, which gets its own bucket per Discord's docs.
 * An interaction callback is limited per interaction (each can be answered once, and Discord does
 * not bind it to the bot's other limits), so its id and token stay: a burst of 1,000 interactions
 * is 1,000 buckets, not one bucket of 50 a second.
 */
function bucketRoute(path: string): string {
  if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return path;
  const parts = path.split('/');
  return parts
    .map((part, i) => {
      const prev = parts[i - 1] ?? '';
      if (MAJOR.has(prev)) return part;
      if (prev !== '' && MAJOR.has(parts[i - 2] ?? '') && parts[i - 2] === 'webhooks') return part; // webhook token
      return /^\d{15,21}$/.test(part) || prev === 'interactions' || parts[i - 2] === 'interactions' ? ':id' : part;
    })
    .join('/');
}

function templateOf(path: string): string {
  return path.replace(/\/\d{15,21}/g, '/:id');
}
