import { respondAttendees } from './respond/attendees.js';
import { respondChoice } from './respond/choice.js';
import { respondAgreements, respondListCount, respondVisits } from './respond/lists.js';
import { respondRole } from './respond/role.js';
import { respondSaid } from './respond/said.js';
import { respondSummary } from './respond/summary.js';
import { readArticle, respondByReading, unnamedDescription, unnamedRefusal } from './respond/read.js';
import { foldText } from '../language/fold.js';
import { analyseQuestion } from './reader/analyse.js';
/** Each intent's responders, tried in order; reading the article for the answer is the last resort of all. */
const RESPONDERS = {
    attendees: [respondAttendees],
    agreements: [respondAgreements],
    visits: [respondVisits],
    count: [respondListCount],
    when: [],
    where: [],
    role: [respondRole, respondSaid],
    said: [respondSaid],
    summary: [respondSummary],
    topic: [],
    free: [],
};
/** Answer types that ask for a thing a speaker named (什么铁路, 哪一年, 多少), not for what they said. */
const THING_TYPES = new Set(['thing', 'person', 'organisation', 'place', 'date', 'duration', 'number', 'ordinal']);
export function respond(intent, context) {
    // A name asked of someone the article describes but never names: no responder has it, and each
    // would offer the nearest name instead (the rescuer's, for the drowned boy's).
    const unnamed = unnamedDescription(context);
    if (unnamed)
        return unnamedRefusal(unnamed, context);
    // "是新卫星还是备份卫星？": the alternative the article states, whatever the wording's intent.
    if (intent !== 'summary') {
        const chosen = respondChoice(context);
        if (chosen)
            return chosen;
    }
    // "张明远说要加快什么铁路建设？" names a speaker but asks for a thing he said: the reader finds the thing.
    if (intent === 'said') {
        // Only the question's wording decides (cheap); the article is read only when it asks for a thing.
        const asked = analyseQuestion(foldText(context.understood.question.text));
        if (THING_TYPES.has(asked.type) && asked.cue)
            return respondByReading(context);
    }
    // "李晨因参加什么综艺节目而走红？", "officials 说会怎么 help 他家？": words of attending or of
    // officials, but the question asks for a thing or a way, not for the people present.
    if (intent === 'attendees') {
        const asked = analyseQuestion(foldText(context.understood.question.text));
        if (asked.cue && asked.type !== 'person' && asked.type !== 'list')
            return respondByReading(context);
    }
    for (const responder of RESPONDERS[intent]) {
        const draft = responder(context);
        if (draft)
            return draft;
    }
    const reading = readArticle(context);
    // Asked in words the intent table does not know ("in one line, what's the news?"), a summary is still a summary.
    if (reading.question.type === 'summary')
        return respondSummary(context);
    return respondByReading(context, reading);
}
/**
 * Whether an intent is answered from the extracted facts (people, documents, places, statements)
 * before any reading: those responders cannot tell a question about something the article lacks,
 * so a name or figure the article never mentions is refused before them. Everything else is read,
 * and the reader's decision model weighs what is missing itself.
 */
export function answersFromFacts(intent) {
    // A summary names nothing to lack ("tl;dr of this article?"): it quotes the lead whatever is asked.
    return intent !== 'summary' && RESPONDERS[intent].length > 0;
}
//# sourceMappingURL=dispatch.js.map