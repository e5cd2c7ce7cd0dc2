// The fields every quiz item is built from (ids, text, status words, misconceptions, sources, stimulus, the item
// base). Each question type's schema (question-types/<type>/schema.ts) builds on these; content/schema.ts puts the
// types together. Kept apart from content/schema.ts so the types can import it without an import cycle.
import { z } from 'zod';
import { MISCONCEPTIONS } from './misconceptions';
import { CONFIDENCES, STATUSES } from './words';

export const statusSchema = z.enum(STATUSES);
export const misconceptionSchema = z.enum(MISCONCEPTIONS);
export const confidenceSchema = z.enum(CONFIDENCES);

export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ids use lowercase letters, digits and dashes (max 64)');
export const text = z.string().trim().min(1, 'must not be empty');

export const sourceSchema = z.strictObject({ outlet: text, date: text.optional(), note: text.optional() });
export type Source = z.infer<typeof sourceSchema>;

// Material shown with the prompt, before answering: never put key or feedback text here.
export const stimulusSchema = z.strictObject({
  kind: z.enum(['image-description', 'simulation', 'outside-fact', 'quote']),
  title: text,
  body: text,
  sources: z.array(sourceSchema).optional(),
});
export type Stimulus = z.infer<typeof stimulusSchema>;

export const optionSchema = z.strictObject({
  id: idSchema,
  text,
  feedback: text,
  misconception: misconceptionSchema.optional(),
});
export type Option = z.infer<typeof optionSchema>;

// A defensible alternative to the key earns this share of the point, with its own feedback (content:lint refuses a
// misconception tag on it). Single choice and classify options may carry it.
export const creditSchema = z.number().gt(0).lt(1).optional();

export const itemBase = {
  id: idSchema,
  prompt: text,
  sentences: z.array(idSchema).min(1, 'every item links to at least one article sentence'),
  explanation: text, // how a careful fact-checker would reason
  stimulus: z.array(stimulusSchema).optional(),
  sources: z.array(sourceSchema).optional(), // outside facts used in feedback, shown with it
  shuffle: z.boolean().default(true),
};
/** What every item has, whatever its type. */
export interface ItemBase {
  id: string;
  type: string;
  prompt: string;
  sentences: string[];
  explanation: string;
  stimulus?: Stimulus[] | undefined;
  sources?: Source[] | undefined;
  shuffle: boolean;
}

/** Ids in a response: bounded, so a hostile answer cannot make the grader loop long. */
export const responseIds = z.array(idSchema).max(50);
