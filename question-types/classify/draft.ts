// Classify in the browser: the draft as a response. Plain code, no zod.
import type { DraftRules } from '../shared/draft';
import type { ClassifyPublic } from './public';
import type { ClassifyResponse } from './schema';

export const classifyDraft: DraftRules<ClassifyPublic, ClassifyResponse> = {
  missing: 'answer',
  // the server checks the status word again with zod
  draftToResponse: (_item, d) => (typeof d.status === 'string' ? ({ type: 'classify', status: d.status } as ClassifyResponse) : 'answer'),
};
