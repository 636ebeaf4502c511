import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeAtomically } from '../util/files.js';
/** Votes kept at most; the oldest go first. A server of any size stays a file of a few MB. */
export const MAX_FEEDBACK_RECORDS = 20_000;
/** Longest note kept with a vote (the modal allows no more; a longer one is cut, never refused). */
export const MAX_NOTE_CHARS = 300;
const recordSchema = z.object({
    vote: z.enum(['up', 'down']),
    question: z.string().max(2000),
    answerId: z.string().max(64),
    intent: z.string(),
    articleId: z.string().max(128),
    guildId: z.string().nullable(),
    member: z.string().max(128),
    at: z.string(),
    note: z.string().max(MAX_NOTE_CHARS).optional(),
});
const fileSchema = z.object({ version: z.literal(1), records: z.array(recordSchema) });
/** A member id as stored: a one-way hash, so the file holds no Discord id. */
export function memberHash(memberId) {
    return createHash('sha256').update(`wenda-feedback:${memberId}`).digest('hex').slice(0, 24);
}
/** The one file feedback lives in, in the data directory beside the article library. */
export function feedbackFile(dataDir) {
    return join(dataDir, 'feedback.json');
}
/** A note as kept: trimmed, at most `MAX_NOTE_CHARS` characters (cut, never refused). */
export function keptNote(note) {
    return [...note.trim()].slice(0, MAX_NOTE_CHARS).join('');
}
/**
 * 👍/👎 on answers, kept in memory and written whole to `feedback.json` in the data directory after
 * each vote, through the project's atomic writer (a temporary file, flushed, renamed), so a crash
 * leaves the old file or the new one, never half of one. One vote per member and answer: voting
 * again replaces the vote. Without a data directory the votes live in memory only (tests, the terminal).
 */
export class FeedbackStore {
    dataDir;
    maxRecords;
    records;
    constructor(dataDir, maxRecords = MAX_FEEDBACK_RECORDS) {
        this.dataDir = dataDir;
        this.maxRecords = maxRecords;
        this.records = dataDir ? readRecords(feedbackFile(dataDir)) : [];
    }
    /** Stores a vote (replacing the member's earlier vote on the same answer). */
    async add(record) {
        // Shards on one machine share the file: the votes they wrote since are read again and kept.
        if (this.dataDir)
            this.records = readRecords(feedbackFile(this.dataDir));
        const earlier = this.records.findIndex((r) => r.answerId === record.answerId && r.member === record.member);
        if (earlier >= 0)
            this.records.splice(earlier, 1);
        this.records.push(record);
        if (this.records.length > this.maxRecords)
            this.records.splice(0, this.records.length - this.maxRecords);
        this.save();
    }
    save() {
        if (this.dataDir)
            writeAtomically(feedbackFile(this.dataDir), JSON.stringify({ version: 1, records: this.records }, null, 1) + '\n', { durable: true });
    }
    /**
     * Adds what the member wrote to their vote on an answer; false when they have no vote on it (it
     * went with the oldest). An empty note leaves the vote as it was.
     */
    async annotate(answerId, member, note) {
        if (this.dataDir)
            this.records = readRecords(feedbackFile(this.dataDir));
        const record = this.records.find((r) => r.answerId === answerId && r.member === member);
        if (!record)
            return false;
        const kept = keptNote(note);
        if (!kept)
            return true;
        record.note = kept;
        this.save();
        return true;
    }
    async all() {
        return this.records.map((r) => ({ ...r }));
    }
    async close() { }
}
/** The stored votes; a file that cannot be read is an error naming it, not a silent empty store. */
export function readRecords(file) {
    if (!existsSync(file))
        return [];
    const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success)
        throw new Error(`${file} is not a feedback file wenda can read: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return parsed.data.records;
}
//# sourceMappingURL=store.js.map