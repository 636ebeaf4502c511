export { loadEngine } from './load.js';
export { createEngine, type Engine } from './create-engine.js';
export type { AnswerEngine, EngineOptions } from './engine.js';
export type * from './types.js';
