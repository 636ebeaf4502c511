export { converse } from './converse.js';
export { exchangeFrom } from './exchange.js';
export { readFollowUp } from './follow-up.js';
export { createMemory, CONVERSATION_DEFAULTS } from './memory.js';
export { suggestQuestions, MAX_SUGGESTION_CHARS } from './suggest.js';
//# sourceMappingURL=index.js.map