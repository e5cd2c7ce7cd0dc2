// Scope in the browser: the draft as a response, and the ids it names. Plain code, no zod.
import type { DraftRules } from '../shared/draft';
import { isRecord, list, record, strings } from '../shared/read';
import type { ScopePublic } from './public';
import type { ScopeResponse } from './schema';

export const scopeDraft: DraftRules<ScopePublic, ScopeResponse> = {
  missing: 'Choose an answer first.',
  draftToResponse: (item, d) => {
    const judgements = isRecord(d.judgements) ? d.judgements : {};
    const complete = item.statements.every((s) => typeof judgements[s.id] === 'boolean');
    return complete ? { type: 'scope', judgements: judgements as Record<string, boolean> } : 'Decide for every statement first.';
  },
  shownIds: (item) => item.statements.map((s) => s.id),
  namedIds: (v) => Object.keys(record(v.judgements)),
  feedbackIds: (f) => strings(list(f, 'statements').map((s) => s.id)),
};
