// Single choice: one option is the key; every option has feedback; a defensible alternative may earn credit.
import { z } from 'zod';
import { creditSchema, idSchema, itemBase, optionSchema } from '@/content/fields';

export const singleItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('single'),
  options: z.array(optionSchema.extend({ credit: creditSchema })).min(2),
  key: idSchema,
});
export type SingleItem = z.infer<typeof singleItemSchema>;

export const singleResponseSchema = z.strictObject({ type: z.literal('single'), choice: idSchema });
export type SingleResponse = z.infer<typeof singleResponseSchema>;
