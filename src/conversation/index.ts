export { converse, type ConverseOptions } from './converse.js';
export { exchangeFrom } from './exchange.js';
export { readFollowUp, type FollowUp } from './follow-up.js';
export { createMemory, CONVERSATION_DEFAULTS, type Memory, type MemoryOptions } from './memory.js';
export { suggestQuestions, MAX_SUGGESTION_CHARS } from './suggest.js';
export type { Exchange, ListedItem, Reading, Turn } from './types.js';
