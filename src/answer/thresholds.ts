/**
 * Least share of a question's content a sentence must hold for the article to count as answering
 * it. Calibrated by `npm run calibrate` (scripts/calibrate.ts) on questions generated from the
 * articles' own sentences against questions about things the articles do not contain.
 */
export const MIN_COVERAGE = 0.5;
