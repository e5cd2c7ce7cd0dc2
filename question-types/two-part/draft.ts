// Two-part in the browser: the draft as a response, or which part is still open. Plain code, no zod.
import type { DraftRules } from '../shared/draft';
import type { TwoPartPublic } from './public';
import type { TwoPartResponse } from './schema';

export const twoPartDraft: DraftRules<TwoPartPublic, TwoPartResponse> = {
  missing: 'twoPart',
  draftToResponse: (_item, d) =>
    typeof d.answer !== 'string'
      ? 'partA'
      : typeof d.reason !== 'string'
        ? 'partB'
        : { type: 'two-part', answer: d.answer, reason: d.reason },
};
