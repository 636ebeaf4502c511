export { FeedbackStore, MAX_FEEDBACK_RECORDS, MAX_NOTE_CHARS, feedbackFile, memberHash, readRecords } from './store.js';
export { feedbackReport, reviewLines, tally } from './report.js';
export { isIntent } from './types.js';
export type { FeedbackRecord, Vote } from './types.js';
