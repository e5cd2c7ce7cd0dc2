// Match in the browser: the draft as a response. Plain code, no zod.
import type { DraftRules } from '../shared/draft';
import { isRecord } from '../shared/read';
import type { MatchPublic } from './public';
import type { MatchResponse } from './schema';

export const matchDraft: DraftRules<MatchPublic, MatchResponse> = {
  missing: 'answer',
  draftToResponse: (item, d) => {
    const pairs = isRecord(d.pairs) ? d.pairs : {};
    const complete = item.claims.every((c) => typeof pairs[c.id] === 'string' && pairs[c.id] !== '');
    return complete ? { type: 'match', pairs: pairs as Record<string, string> } : 'match';
  },
};
