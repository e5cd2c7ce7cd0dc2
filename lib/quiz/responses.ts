// What a browser may send as an answer. Parsed with zod on the server before anything is graded.
import { z } from 'zod';
import { confidenceSchema, idSchema, statusSchema } from '@/content/schema';
import { stripNul } from '@/lib/validation/text';

const ids = z.array(idSchema).max(50);

export const responseSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single'), choice: idSchema }),
  z.strictObject({ type: z.literal('multiple'), choices: ids }),
  z.strictObject({ type: z.literal('classify'), status: statusSchema }),
  z.strictObject({ type: z.literal('highlight'), words: z.array(z.number().int().min(0).max(2000)).max(500) }),
  z.strictObject({ type: z.literal('match'), pairs: z.record(idSchema, idSchema) }),
  z.strictObject({ type: z.literal('order'), order: ids }),
  z.strictObject({ type: z.literal('scope'), judgements: z.record(idSchema, z.boolean()) }),
  z.strictObject({
    type: z.literal('written'),
    // a NUL cannot be stored (PostgreSQL text): dropped, as no one means to type it
    text: z.string().transform(stripNul).pipe(z.string().trim().min(1, 'Write your answer first.').max(4000)),
    selfRating: z.number().int().min(0).max(2).optional(),
  }),
]);
export type Response = z.infer<typeof responseSchema>;
export type ResponseOf<T extends Response['type']> = Extract<Response, { type: T }>;

export const answerSchema = z.strictObject({
  response: responseSchema,
  // written answers are rated against the rubric instead
  confidence: confidenceSchema.optional(),
});
export type Answer = z.infer<typeof answerSchema>;
