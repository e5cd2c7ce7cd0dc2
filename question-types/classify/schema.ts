// Sort a statement into one of the status words; feedback for every status word.
import { z } from 'zod';
import { creditSchema, itemBase, misconceptionSchema, statusSchema, text } from '@/content/fields';

export const classifyItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('classify'),
  statement: text,
  // one entry per status word; the label comes from the shared vocabulary
  options: z.array(
    z.strictObject({ id: statusSchema, feedback: text, misconception: misconceptionSchema.optional(), credit: creditSchema }),
  ),
  key: statusSchema,
});
export type ClassifyItem = z.infer<typeof classifyItemSchema>;

export const classifyResponseSchema = z.strictObject({ type: z.literal('classify'), status: statusSchema });
export type ClassifyResponse = z.infer<typeof classifyResponseSchema>;
