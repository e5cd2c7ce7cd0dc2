// A short written answer, rated against a three-level rubric (by the student, then the teacher), with a model answer.
import { z } from 'zod';
import { stripNul } from '@/lib/validation/text';
import { itemBase, text } from '@/content/fields';

export const writtenItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('written'),
  modelAnswer: text,
  rubric: z.array(z.strictObject({ level: z.number().int().min(0).max(2), label: text, description: text })).length(3),
  maxLength: z.number().int().min(50).max(4000).default(1200),
});
export type WrittenItem = z.infer<typeof writtenItemSchema>;

export const writtenResponseSchema = z.strictObject({
  type: z.literal('written'),
  // a NUL cannot be stored (PostgreSQL text): dropped, as no one means to type it
  text: z.string().transform(stripNul).pipe(z.string().trim().min(1, 'Write your answer first.').max(4000)),
  selfRating: z.number().int().min(0).max(2).optional(),
});
export type WrittenResponse = z.infer<typeof writtenResponseSchema>;
