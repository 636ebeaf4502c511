import type { AnalysedQuestion } from './analyse.js';
import { wholeEnumeration } from './candidates.js';
import { groupCount } from './counted-not-named.js';
import type { ScoredSpan } from './read.js';

// "巡演去了哪五个国家？" answered with the clause that counts them (共在5个国家的12座城市演出14场):
// a group asked by its count is answered by a list of that many things (奥地利、德国、捷克、荷兰、丹麦).

/** The smallest group whose list is taken wherever it stands. */
const LISTED_FROM = 3;

/** How many items a list span names: its parts between 、 and a last 和, 及 or 与. */
function itemsOf(text: string): number {
  return text.includes('、') ? text.split(/、|和|及|与/u).filter((part) => part.length > 0).length : 0;
}

/** The likeliest span read that grows into a list of as many items as the group asked, in place of one that is none. */
export function groupListed(chosen: ScoredSpan | undefined, spans: readonly ScoredSpan[], question: AnalysedQuestion): ScoredSpan | undefined {
  const count = groupCount(question);
  // Three or more: a pair (甲、乙) is written in too many clauses that name no group (之前为19个村、2个社区).
  if (!chosen || count === undefined || count < LISTED_FROM || itemsOf(chosen.proposal.candidate.text) === count) return chosen;
  for (const span of spans) {
    if (!span.proposal.candidate.kinds.includes('list')) continue;
    const whole = wholeEnumeration(span.proposal.scored.sentence, span.proposal.candidate);
    // A list of items only, no clause around them: none of its parts runs past a few characters.
    if (itemsOf(whole.text) === count && whole.text.split(/、|和|及|与/u).every((part) => part.length <= 8)) {
      return { ...span, proposal: { ...span.proposal, candidate: whole } };
    }
  }
  return chosen;
}
