// What content/vocabulary/ must hold: every status word, misconception and confidence level with its text, one file
// each (statuses.json, misconceptions.json, confidences.json), so a page that shows the status words does not also
// carry every misconception's explanation in its JavaScript.
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');
const key = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ids use lowercase letters, digits and dashes (max 64)');

export const VOCABULARY_FILES = {
  statuses: z
    .record(key, z.strictObject({ label: text, definition: text }))
    .refine((r) => Object.keys(r).length >= 2, 'give at least two status words'),
  misconceptions: z
    .record(key, z.strictObject({ label: text, explain: text }))
    .refine((r) => Object.keys(r).length >= 1, 'give at least one misconception'),
  confidences: z.record(key, text).refine((r) => Object.keys(r).length >= 2, 'give at least two confidence levels'),
} as const;
