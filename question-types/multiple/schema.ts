// Select all that apply: several options are the key; partial credit (items.player.multiple.rule).
import { z } from 'zod';
import { idSchema, itemBase, optionSchema, responseIds } from '@/content/fields';

export const multipleItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('multiple'),
  options: z.array(optionSchema).min(2),
  key: z.array(idSchema).min(1),
});
export type MultipleItem = z.infer<typeof multipleItemSchema>;

export const multipleResponseSchema = z.strictObject({ type: z.literal('multiple'), choices: responseIds });
export type MultipleResponse = z.infer<typeof multipleResponseSchema>;
