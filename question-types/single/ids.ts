// The part ids single items, drafts, responses and feedback name (browser and server; no zod).
import type { IdRules } from '../shared/draft';
import { list, strings } from '../shared/read';
import type { SinglePublic } from './public';

export const singleIds: IdRules<SinglePublic> = {
  shownIds: (item) => item.options.map((o) => o.id),
  namedIds: (v) => (typeof v.choice === 'string' ? [v.choice] : []),
  feedbackIds: (f) => strings(list(f, 'options').map((o) => o.id)),
};
