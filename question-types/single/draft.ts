// Single choice in the browser: the draft as a response, and the ids it names. Plain code, no zod.
import type { DraftRules } from '../shared/draft';
import { list, strings } from '../shared/read';
import type { SinglePublic } from './public';
import type { SingleResponse } from './schema';

export const singleDraft: DraftRules<SinglePublic, SingleResponse> = {
  missing: 'Choose an answer first.',
  draftToResponse: (_item, d) => (typeof d.choice === 'string' ? { type: 'single', choice: d.choice } : 'Choose an answer first.'),
  shownIds: (item) => item.options.map((o) => o.id),
  namedIds: (v) => (typeof v.choice === 'string' ? [v.choice] : []),
  feedbackIds: (f) => strings(list(f, 'options').map((o) => o.id)),
};
