export { FeedbackStore, MAX_FEEDBACK_RECORDS, feedbackFile, memberHash, readRecords } from './store.js';
export { feedbackReport, reviewLines, tally } from './report.js';
export type { FeedbackRecord, Vote } from './types.js';
