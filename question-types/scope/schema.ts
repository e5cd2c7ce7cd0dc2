// "What does this finding prove / not prove": judge each statement against the finding.
import { z } from 'zod';
import { idSchema, itemBase, misconceptionSchema, text } from '@/content/fields';

export const scopeItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('scope'),
  finding: text,
  statements: z
    .array(
      z.strictObject({ id: idSchema, text, proves: z.boolean(), feedback: text, misconception: misconceptionSchema.optional() }),
    )
    .min(2),
});
export type ScopeItem = z.infer<typeof scopeItemSchema>;

export const scopeResponseSchema = z.strictObject({ type: z.literal('scope'), judgements: z.record(idSchema, z.boolean()) });
export type ScopeResponse = z.infer<typeof scopeResponseSchema>;
