// Single choice in the browser: the draft as a response. Plain code, no zod.
import type { DraftRules } from '../shared/draft';
import type { SinglePublic } from './public';
import type { SingleResponse } from './schema';

export const singleDraft: DraftRules<SinglePublic, SingleResponse> = {
  missing: 'answer',
  draftToResponse: (_item, d) => (typeof d.choice === 'string' ? { type: 'single', choice: d.choice } : 'answer'),
};
