// The fixed word lists of the content format, read from the content vocabulary (content/vocabulary/, checked by
// content/vocabulary-schema.ts). No zod here: browser code imports these without pulling in the schema library. The
// misconceptions' list is in ./misconceptions.ts, so the question page's code does not carry their words.
import confidences from './vocabulary/confidences.json';
import statuses from './vocabulary/statuses.json';

export type Status = keyof typeof statuses;
export type Misconception = keyof typeof import('./vocabulary/misconceptions.json');
export type Confidence = keyof typeof confidences;

// JSON keys keep their file order, so these lists read in the order the author wrote them
export const keysOf = <T extends string>(record: Record<T, unknown>) => Object.keys(record) as [T, ...T[]];
export const STATUSES = keysOf(statuses);
export const CONFIDENCES = keysOf(confidences);
