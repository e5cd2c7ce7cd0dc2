// Select all that apply in the browser: the draft as a response, and the ids it names. Plain code, no zod.
import type { DraftRules } from '../shared/draft';
import { isStringArray, list, strings } from '../shared/read';
import type { MultiplePublic } from './public';
import type { MultipleResponse } from './schema';

export const multipleDraft: DraftRules<MultiplePublic, MultipleResponse> = {
  missing: 'Choose an answer first.',
  draftToResponse: (_item, d) =>
    isStringArray(d.choices) && d.choices.length > 0 ? { type: 'multiple', choices: d.choices } : 'Select at least one option.',
  shownIds: (item) => item.options.map((o) => o.id),
  namedIds: (v) => strings(v.choices),
  feedbackIds: (f) => strings(list(f, 'options').map((o) => o.id)),
};
