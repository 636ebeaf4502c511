import { linearModel } from './model.js';
import { DECISION_THRESHOLD, DECISION_WEIGHTS, RANKER_WEIGHTS, SENTENCE_WEIGHTS } from './weights.js';
/** The trained models, built once from the committed weights. */
export const RANKER = linearModel(RANKER_WEIGHTS);
export const SENTENCES = linearModel(SENTENCE_WEIGHTS);
export const DECISION = { model: linearModel(DECISION_WEIGHTS), threshold: DECISION_THRESHOLD };
//# sourceMappingURL=models.js.map