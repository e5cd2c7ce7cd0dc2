// Scope in the browser: the draft as a response. Plain code, no zod.
import type { DraftRules } from '../shared/draft';
import { isRecord } from '../shared/read';
import type { ScopePublic } from './public';
import type { ScopeResponse } from './schema';

export const scopeDraft: DraftRules<ScopePublic, ScopeResponse> = {
  missing: 'answer',
  draftToResponse: (item, d) => {
    const judgements = isRecord(d.judgements) ? d.judgements : {};
    const complete = item.statements.every((s) => typeof judgements[s.id] === 'boolean');
    return complete ? { type: 'scope', judgements: judgements as Record<string, boolean> } : 'scope';
  },
};
