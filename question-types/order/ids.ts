// The part ids order items, drafts, responses and feedback name (browser and server; no zod).
import type { IdRules } from '../shared/draft';
import { list, strings } from '../shared/read';
import type { OrderPublic } from './public';

export const orderIds: IdRules<OrderPublic> = {
  shownIds: (item) => item.steps.map((s) => s.id),
  namedIds: (v) => strings(v.order),
  feedbackIds: (f) => [...strings(f.key), ...strings(f.order), ...strings(list(f, 'steps').map((s) => s.id))],
};
