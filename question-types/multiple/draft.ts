// Select all that apply in the browser: the draft as a response. Plain code, no zod.
import type { DraftRules } from '../shared/draft';
import { isStringArray } from '../shared/read';
import type { MultiplePublic } from './public';
import type { MultipleResponse } from './schema';

export const multipleDraft: DraftRules<MultiplePublic, MultipleResponse> = {
  missing: 'answer',
  draftToResponse: (_item, d) => (isStringArray(d.choices) && d.choices.length > 0 ? { type: 'multiple', choices: d.choices } : 'options'),
};
