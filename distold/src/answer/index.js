export { loadEngine } from './load.js';
export { createEngine } from './create-engine.js';
//# sourceMappingURL=index.js.map