// Small hand-made items of every type, for unit tests: each type's own example (question-types/<type>/example.ts).
import { itemSchema, type Item, type ItemOf, type ItemType } from '@/content/schema';
import { QUESTION_TYPES } from '@/question-types/server';

const example = <T extends ItemType>(type: T) => itemSchema.parse(QUESTION_TYPES[type].example) as ItemOf<T>;

export const single = example('single');
export const multiple = example('multiple');
export const classify = example('classify');
export const highlight = example('highlight');
export const match = example('match');
export const order = example('order');
export const scope = example('scope');
export const written = example('written');
/** One item of every registered type, in registry order. */
export const allTestItems: Item[] = (Object.keys(QUESTION_TYPES) as ItemType[]).map(example);
