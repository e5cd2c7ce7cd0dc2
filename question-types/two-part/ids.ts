// The part ids two-part items, drafts, responses and feedback name (browser and server; no zod).
import type { IdRules } from '../shared/draft';
import { list, record, strings } from '../shared/read';
import type { TwoPartPublic } from './public';

export const twoPartIds: IdRules<TwoPartPublic> = {
  shownIds: (item) => [...item.partA.options, ...item.partB.options].map((o) => o.id),
  namedIds: (v) => [v.answer, v.reason].filter((x): x is string => typeof x === 'string'),
  feedbackIds: (f) => strings([...list(record(f), 'partA'), ...list(record(f), 'partB')].map((o) => o.id)),
};
