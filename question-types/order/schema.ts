// Put the verification steps in order; partial credit for pairs in the right order (items.player.order.rule).
import { z } from 'zod';
import { idSchema, itemBase, responseIds, text } from '@/content/fields';

export const orderItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('order'),
  steps: z.array(z.strictObject({ id: idSchema, text, feedback: text })).min(3),
  key: z.array(idSchema).min(3), // the steps in the right order
});
export type OrderItem = z.infer<typeof orderItemSchema>;

export const orderResponseSchema = z.strictObject({ type: z.literal('order'), order: responseIds });
export type OrderResponse = z.infer<typeof orderResponseSchema>;
