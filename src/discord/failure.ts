import { StoreUnavailableError } from '../library/store/index.js';
import type { Labels } from './labels.js';

/**
 * What a user is told when answering them failed, and how loud the log line is: a library that
 * cannot be reached for a moment (its database restarting) is said as such and only warned
 * about; anything else is the bot's own fault.
 */
export function describeFailure(error: unknown): { say: (l: Labels) => string; level: 'warn' | 'error' } {
  if (error instanceof StoreUnavailableError) return { say: (l) => l.unavailable, level: 'warn' };
  return { say: (l) => l.failed, level: 'error' };
}
