/**
 * Least share of a question's content a sentence must hold for the article to count as answering
 * it. From `npm run calibrate` (scripts/calibrate.ts), which generates answerable and unanswerable
 * questions from the articles' own sentences and dictionary words they never use: on the seed,
 * 0.60 (best range 0.55–0.65, accuracy 0.976 on 168 generated questions); on the four test
 * articles in test/fixtures, 0.60 as well (best range 0.55–0.65, accuracy 0.990 on 198).
 */
export const MIN_COVERAGE = 0.6;
