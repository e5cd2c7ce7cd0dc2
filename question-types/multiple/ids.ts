// The part ids multiple items, drafts, responses and feedback name (browser and server; no zod).
import type { IdRules } from '../shared/draft';
import { list, strings } from '../shared/read';
import type { MultiplePublic } from './public';

export const multipleIds: IdRules<MultiplePublic> = {
  shownIds: (item) => item.options.map((o) => o.id),
  namedIds: (v) => strings(v.choices),
  feedbackIds: (f) => strings(list(f, 'options').map((o) => o.id)),
};
