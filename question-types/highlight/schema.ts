// Highlight the attribution or judging words in a passage: targets to find, tempting decoys, and feedback for any
// other word.
import { z } from 'zod';
import { idSchema, itemBase, misconceptionSchema, text } from '@/content/fields';

export const highlightItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('highlight'),
  passage: text, // words are split on white space; targets are runs of whole words in it
  targets: z
    .array(z.strictObject({ id: idSchema, text, kind: z.enum(['attribution', 'judgement']), feedback: text }))
    .min(1),
  // tempting words that are not targets, with why
  decoys: z
    .array(z.strictObject({ id: idSchema, text, feedback: text, misconception: misconceptionSchema.optional() }))
    .default([]),
  otherFeedback: text, // said of any other selected word
});
export type HighlightItem = z.infer<typeof highlightItemSchema>;

export const highlightResponseSchema = z.strictObject({
  type: z.literal('highlight'),
  words: z.array(z.number().int().min(0).max(2000)).max(500),
});
export type HighlightResponse = z.infer<typeof highlightResponseSchema>;
