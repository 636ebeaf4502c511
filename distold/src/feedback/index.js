export { FeedbackStore, MAX_FEEDBACK_RECORDS, MAX_NOTE_CHARS, feedbackFile, keptNote, memberHash, readRecords } from './store.js';
export { PgFeedbackStore } from './pg-store.js';
export { feedbackReport, reviewLines, tally } from './report.js';
export { isIntent } from './types.js';
//# sourceMappingURL=index.js.map