export { loadEngine } from './load.js';
export { createEngine } from './create-engine.js';
export type { Engine, EngineOptions } from './engine.js';
export type * from './types.js';
