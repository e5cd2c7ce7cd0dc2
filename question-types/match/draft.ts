// Match in the browser: the draft as a response, and the ids it names. Plain code, no zod.
import type { DraftRules } from '../shared/draft';
import { isRecord, list, record, strings } from '../shared/read';
import type { MatchPublic } from './public';
import type { MatchResponse } from './schema';

export const matchDraft: DraftRules<MatchPublic, MatchResponse> = {
  missing: 'Choose an answer first.',
  draftToResponse: (item, d) => {
    const pairs = isRecord(d.pairs) ? d.pairs : {};
    const complete = item.claims.every((c) => typeof pairs[c.id] === 'string' && pairs[c.id] !== '');
    return complete ? { type: 'match', pairs: pairs as Record<string, string> } : 'Match every claim to a party first.';
  },
  shownIds: (item) => [...item.claims.map((c) => c.id), ...item.parties.map((p) => p.id)],
  namedIds: (v) => {
    const pairs = record(v.pairs);
    return [...Object.keys(pairs), ...strings(Object.values(pairs))];
  },
  feedbackIds: (f) => strings(list(f, 'claims').flatMap((c) => [c.id, c.party, c.chosen])),
};
