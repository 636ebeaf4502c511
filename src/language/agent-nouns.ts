// Nouns of the one who does, in both languages: English makes them with -er or -or on a verb
// (arbitrator, mediator), Chinese with a suffix on the activity (仲裁员, 调解人).
import { stem } from './english.js';

/** What Chinese adds to an activity to name who does it (仲裁 → 仲裁员, 调解 → 调解人). */
export const AGENT_SUFFIXES: readonly string[] = ['员', '人员', '人', '者'];

/**
 * An English noun of the one who does (presenter, arbitrator) whose stem is the deed or another word
 * (present: 出席, 现在; arbitr: 仲裁): looked up by its stem, it means what the question never said.
 */
export function agentStemmedAway(word: string): boolean {
  return /(?:er|or)$/u.test(word) && !/(?:er|or)$/u.test(stem(word));
}

/** A Chinese word naming who does an activity: the activity and an agent suffix (仲裁员, not 员 alone). */
export function namesAnAgent(word: string): boolean {
  return AGENT_SUFFIXES.some((suffix) => word.length > suffix.length + 1 && word.endsWith(suffix));
}
