export { loadEngine } from './load.js';
export { createEngine, replyBudget, type Engine, type FullAnswer } from './create-engine.js';
export type { AnswerEngine, EngineOptions } from './engine.js';
export type * from './types.js';
