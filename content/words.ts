// The fixed word lists of the content format, read from the content vocabulary (content/vocabulary.json, checked by
// content/vocabulary-schema.ts). No zod here: browser code imports these without pulling in the schema library.
import vocabulary from './vocabulary.json';

type Vocabulary = typeof vocabulary;
export type Status = keyof Vocabulary['statuses'];
export type Misconception = keyof Vocabulary['misconceptions'];
export type Confidence = keyof Vocabulary['confidences'];

// JSON keys keep their file order, so these lists read in the order the author wrote them
const keys = <T extends string>(record: Record<T, unknown>) => Object.keys(record) as [T, ...T[]];
export const STATUSES = keys(vocabulary.statuses);
export const MISCONCEPTIONS = keys(vocabulary.misconceptions);
export const CONFIDENCES = keys(vocabulary.confidences);
