// Two-part item (as in Stanford's two-part history assessments): part A asks for the answer (one option), part B for
// the evidence or reason that supports it (one reason). Every option of both parts has feedback. Option ids are
// unique across the two parts: they share one id table on the way to the browser.
import { z } from 'zod';
import { idSchema, itemBase, optionSchema, text } from '@/content/fields';

const partSchema = z.strictObject({ options: z.array(optionSchema).min(2), key: idSchema });

export const twoPartItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('two-part'),
  // part A's question is the item's prompt
  partA: partSchema,
  partB: partSchema.extend({ prompt: text }),
});
export type TwoPartItem = z.infer<typeof twoPartItemSchema>;

export const twoPartResponseSchema = z.strictObject({ type: z.literal('two-part'), answer: idSchema, reason: idSchema });
export type TwoPartResponse = z.infer<typeof twoPartResponseSchema>;
