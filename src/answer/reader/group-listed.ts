import type { AnalysedQuestion } from './analyse.js';
import { wholeEnumeration } from './candidates.js';
import { enumerations, groupCount } from './counted-not-named.js';
import type { ScoredSpan } from './read.js';

// "巡演去了哪五个国家？" answered with the clause that counts them (共在5个国家的12座城市演出14场):
// a group asked by its count is answered by a list of that many things (奥地利、德国、捷克、荷兰、丹麦).

/** The smallest group whose list is taken wherever it stands. */
const LISTED_FROM = 3;

/** Longest an item of a list is (奥地利, 先后到访奥地利): past it, a part is a clause, no item. */
const ITEM_CHARS = 8;

/** The likeliest span read that grows into a list of as many items as the group asked, in place of one that is none. */
export function groupListed(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const count = groupCount(question);
  // Three or more: a pair (甲、乙) is written in too many clauses that name no group (之前为19个村、2个社区).
  if (!chosen || count === undefined || count < LISTED_FROM || enumerations(chosen.proposal.candidate.text).includes(count)) return chosen;
  for (const span of spans) {
    if (!span.proposal.candidate.kinds.includes('list')) continue;
    const whole = wholeEnumeration(span.proposal.scored.sentence, span.proposal.candidate);
    // A list of items only, no clause around them: none of its parts runs past a few characters.
    if (enumerations(whole.text).includes(count) && whole.text.split(/、|和|及|与/u).every((part) => part.length <= ITEM_CHARS)) {
      return { ...span, proposal: { ...span.proposal, candidate: whole } };
    }
  }
  return chosen;
}
