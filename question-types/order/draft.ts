// Order in the browser: the draft as a response. Plain code, no zod.
import type { DraftRules } from '../shared/draft';
import { isStringArray } from '../shared/read';
import type { OrderPublic } from './public';
import type { OrderResponse } from './schema';

export const orderDraft: DraftRules<OrderPublic, OrderResponse> = {
  missing: 'answer',
  draftToResponse: (item, d) =>
    isStringArray(d.order) && d.order.length === item.steps.length ? { type: 'order', order: d.order } : 'order',
};
