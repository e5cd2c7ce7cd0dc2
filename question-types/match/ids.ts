// The part ids match items, drafts, responses and feedback name (browser and server; no zod).
import type { IdRules } from '../shared/draft';
import { list, record, strings } from '../shared/read';
import type { MatchPublic } from './public';

export const matchIds: IdRules<MatchPublic> = {
  shownIds: (item) => [...item.claims.map((c) => c.id), ...item.parties.map((p) => p.id)],
  namedIds: (v) => {
    const pairs = record(v.pairs);
    return [...Object.keys(pairs), ...strings(Object.values(pairs))];
  },
  feedbackIds: (f) => strings(list(f, 'claims').flatMap((c) => [c.id, c.party, c.chosen])),
};
