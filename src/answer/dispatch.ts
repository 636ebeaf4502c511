import type { AskContext, Draft } from './draft.js';
import { respondAttendees } from './respond/attendees.js';
import { respondQuantity, respondWhen, respondWhere } from './respond/details.js';
import { respondAgreements, respondListCount, respondVisits } from './respond/lists.js';
import { respondRole } from './respond/role.js';
import { respondSaid } from './respond/said.js';
import { respondSummary } from './respond/summary.js';
import { respondTopic } from './respond/topic.js';
import type { Intent } from './types.js';

type Responder = (context: AskContext) => Draft | undefined;

/** Each intent's responders, tried in order; a free search of the article is the last resort of all. */
const RESPONDERS: Record<Intent, Responder[]> = {
  attendees: [respondAttendees],
  agreements: [respondAgreements],
  visits: [respondVisits],
  count: [respondListCount, respondQuantity],
  when: [respondWhen],
  where: [respondWhere],
  role: [respondRole, respondSaid],
  said: [respondSaid],
  summary: [respondSummary],
  topic: [],
  free: [],
};

export function respond(intent: Intent, context: AskContext): Draft {
  for (const responder of RESPONDERS[intent]) {
    const draft = responder(context);
    if (draft) return draft;
  }
  return respondTopic(context);
}
