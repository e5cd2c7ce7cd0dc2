// What a browser may send as an answer. Parsed with zod on the server before anything is graded; each type's
// response schema is in question-types/<type>/schema.ts.
import { z } from 'zod';
import { confidenceSchema } from '@/content/schema';
import { QUESTION_TYPES } from '@/question-types/server';
import type { Response } from '@/question-types/types';

export type { Response, ResponseOf } from '@/question-types/types';

export const responseSchema = z.discriminatedUnion(
  'type',
  Object.values(QUESTION_TYPES).map((t) => t.responseSchema) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<Response>;

export const answerSchema = z.strictObject({
  response: responseSchema,
  // written answers are rated against the rubric instead
  confidence: confidenceSchema.optional(),
});
export type Answer = z.infer<typeof answerSchema>;
