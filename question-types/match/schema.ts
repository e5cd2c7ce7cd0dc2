// Match each claim to the party that made it.
import { z } from 'zod';
import { idSchema, itemBase, misconceptionSchema, text } from '@/content/fields';

export const matchItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('match'),
  parties: z.array(z.strictObject({ id: idSchema, name: text })).min(2),
  claims: z
    .array(z.strictObject({ id: idSchema, text, party: idSchema, feedback: text, misconception: misconceptionSchema.optional() }))
    .min(2),
});
export type MatchItem = z.infer<typeof matchItemSchema>;

export const matchResponseSchema = z.strictObject({ type: z.literal('match'), pairs: z.record(idSchema, idSchema) });
export type MatchResponse = z.infer<typeof matchResponseSchema>;
