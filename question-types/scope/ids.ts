// The part ids scope items, drafts, responses and feedback name (browser and server; no zod).
import type { IdRules } from '../shared/draft';
import { list, record, strings } from '../shared/read';
import type { ScopePublic } from './public';

export const scopeIds: IdRules<ScopePublic> = {
  shownIds: (item) => item.statements.map((s) => s.id),
  namedIds: (v) => Object.keys(record(v.judgements)),
  feedbackIds: (f) => strings(list(f, 'statements').map((s) => s.id)),
};
