// The one schema for articles and quizzes. Authors edit YAML files in content/; this file decides what is valid.
import { z } from 'zod';

import { QUESTION_TYPES } from '@/question-types/server';
import type { Item } from '@/question-types/types';
import { idSchema, sourceSchema, statusSchema, text } from './fields';

export { MISCONCEPTIONS } from './misconceptions';
export { CONFIDENCES, STATUSES, type Confidence, type Misconception, type Status } from './words';

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
// Each question type owns its item schema (question-types/<type>/schema.ts); the server registry lists them.
export {
  confidenceSchema,
  idSchema,
  misconceptionSchema,
  sourceSchema,
  statusSchema,
  stimulusSchema,
  type Option,
  type Source,
  type Stimulus,
} from './fields';
export type { Item, ItemOf, ItemType } from '@/question-types/types';

export const itemSchema = z.discriminatedUnion(
  'type',
  Object.values(QUESTION_TYPES).map((t) => t.itemSchema) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<Item>;

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

export const QUIZ_USES = ['practice', 'assessment'] as const;
export type QuizUse = (typeof QUIZ_USES)[number];

export const quizSchema = z.strictObject({
  id: idSchema,
  article: idSchema,
  title: text,
  summary: text,
  kind: z.enum(['practice', 'booster']).default('practice'),
  // its place in a series of lessons on one article: lists show lesson 1 first
  lesson: z.number().int().min(1).max(99).optional(),
  // practice: public, listed, instant feedback (so its answers are public); assessment: only through an assignment
  use: z.enum(QUIZ_USES).default('practice'),
  minutes: z.number().int().min(1).max(240),
  goals: z.array(text).default([]),
  discussion: z.array(text).default([]),
  sections: z.array(sectionSchema).min(1),
  claimMap: z.array(claimMapPartySchema).default([]),
});
export type Quiz = z.infer<typeof quizSchema>;
