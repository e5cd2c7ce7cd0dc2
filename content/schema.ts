// The one schema for articles and quizzes. Authors edit YAML files in content/; this file decides what is valid.
import { z } from 'zod';

import { CONFIDENCES, MISCONCEPTIONS, STATUSES } from './words';

export { CONFIDENCES, MISCONCEPTIONS, STATUSES, type Confidence, type Misconception, type Status } from './words';
export const statusSchema = z.enum(STATUSES);
export const misconceptionSchema = z.enum(MISCONCEPTIONS);
export const confidenceSchema = z.enum(CONFIDENCES);

export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ids use lowercase letters, digits and dashes (max 64)');
const text = z.string().trim().min(1, 'must not be empty');

// ---------- articles ----------
export const sentenceSchema = z.strictObject({
  id: idSchema,
  text,
  // false for a sentence that asserts nothing anyone could check (coverage ignores it)
  claim: z.boolean().default(true),
});
export const articleBlockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('heading'), id: idSchema, text }),
  z.strictObject({ kind: z.literal('paragraph'), id: idSchema, sentences: z.array(sentenceSchema).min(1) }),
]);
export const articleSchema = z.strictObject({
  id: idSchema,
  title: text,
  outlet: text,
  dateline: text,
  published: text.optional(),
  note: text.optional(),
  blocks: z.array(articleBlockSchema).min(1),
});
export type Article = z.infer<typeof articleSchema>;
export type ArticleBlock = z.infer<typeof articleBlockSchema>;
export type Sentence = z.infer<typeof sentenceSchema>;

// ---------- quiz items ----------
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

const optionSchema = z.strictObject({
  id: idSchema,
  text,
  feedback: text,
  misconception: misconceptionSchema.optional(),
});
export type Option = z.infer<typeof optionSchema>;
// A defensible alternative to the key earns this share of the point, with its own feedback (and no misconception).
const creditSchema = z.number().gt(0).lt(1).optional();
const creditOptionSchema = optionSchema.extend({ credit: creditSchema });

const itemBase = {
  id: idSchema,
  prompt: text,
  sentences: z.array(idSchema).min(1, 'every item links to at least one article sentence'),
  explanation: text, // how a careful fact-checker would reason
  stimulus: z.array(stimulusSchema).optional(),
  sources: z.array(sourceSchema).optional(), // outside facts used in feedback, shown with it
  shuffle: z.boolean().default(true),
};

export const singleItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('single'),
  options: z.array(creditOptionSchema).min(2),
  key: idSchema,
});
export const multipleItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('multiple'),
  options: z.array(optionSchema).min(2),
  key: z.array(idSchema).min(1),
});
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
export const matchItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('match'),
  parties: z.array(z.strictObject({ id: idSchema, name: text })).min(2),
  claims: z
    .array(
      z.strictObject({
        id: idSchema,
        text,
        party: idSchema,
        feedback: text,
        misconception: misconceptionSchema.optional(),
      }),
    )
    .min(2),
});
export const orderItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('order'),
  steps: z.array(z.strictObject({ id: idSchema, text, feedback: text })).min(3),
  key: z.array(idSchema).min(3), // the steps in the right order
});
export const scopeItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('scope'),
  finding: text,
  statements: z
    .array(
      z.strictObject({
        id: idSchema,
        text,
        proves: z.boolean(),
        feedback: text,
        misconception: misconceptionSchema.optional(),
      }),
    )
    .min(2),
});
export const writtenItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('written'),
  modelAnswer: text,
  rubric: z.array(z.strictObject({ level: z.number().int().min(0).max(2), label: text, description: text })).length(3),
  maxLength: z.number().int().min(50).max(4000).default(1200),
});

export const itemSchema = z.discriminatedUnion('type', [
  singleItemSchema,
  multipleItemSchema,
  classifyItemSchema,
  highlightItemSchema,
  matchItemSchema,
  orderItemSchema,
  scopeItemSchema,
  writtenItemSchema,
]);
export type Item = z.infer<typeof itemSchema>;
export type ItemType = Item['type'];
export type ItemOf<T extends ItemType> = Extract<Item, { type: T }>;

// The teaching method behind a section, named for teachers in the guide with its source (never shown to students).
export const methodSchema = z.strictObject({ name: text, how: text, sources: z.array(sourceSchema).min(1) });
export type Method = z.infer<typeof methodSchema>;

export const sectionSchema = z.strictObject({
  id: idSchema,
  title: text,
  intro: text.optional(),
  method: methodSchema.optional(),
  items: z.array(itemSchema).min(1),
});
export type Section = z.infer<typeof sectionSchema>;

// "Who claims what": shown on the results page once the quiz is done, beside the student's own answers.
export const claimMapPartySchema = z.strictObject({
  party: text,
  claims: z
    .array(
      z.strictObject({
        text,
        sentences: z.array(idSchema).min(1),
        status: statusSchema,
        settle: text, // what would settle it
        item: idSchema.optional(), // a classify item on this claim: the student's answer is shown beside the key
        sources: z.array(sourceSchema).optional(), // outside facts in the text or `settle`, shown beside the claim
      }),
    )
    .min(1),
});

export const quizSchema = z.strictObject({
  id: idSchema,
  article: idSchema,
  title: text,
  summary: text,
  kind: z.enum(['practice', 'booster']).default('practice'),
  // its place in a series of lessons on one article: lists show lesson 1 first
  lesson: z.number().int().min(1).max(99).optional(),
  minutes: z.number().int().min(1).max(240),
  goals: z.array(text).default([]),
  discussion: z.array(text).default([]),
  sections: z.array(sectionSchema).min(1),
  claimMap: z.array(claimMapPartySchema).default([]),
});
export type Quiz = z.infer<typeof quizSchema>;
