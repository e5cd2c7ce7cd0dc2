// The export writers' view of the question types: each type's mapping is its `exports` part
// (question-types/<type>/export.ts), found through the server registry like every other part of a type.
import type { Item, Misconception } from '@/content/schema';
import { ITEM_TYPES, questionType } from '@/question-types/lookup';
import type { ItemType } from '@/question-types/types';
import type { FormatShape, IdMaker, QtiParts, TaggedAnswer, TypeExport } from '../mapping';

// The casts are safe: the mapping is looked up by the item's own type.
const exportsOf = (type: ItemType) => questionType(type).exports as TypeExport<Item>;

export const qtiParts = (item: Item, ids: IdMaker): QtiParts => exportsOf(item.type).qti(item, ids);
export const lmsShape = (item: Item): FormatShape => exportsOf(item.type).lms(item);
/** Each tagged wrong answer of the item, for the README: the type's own `tagged` (its export.ts). */
export const taggedAnswersOf = (item: Item): TaggedAnswer[] => exportsOf(item.type).tagged(item);
/** The misconceptions the item's wrong answers stand for: the type's own list, as the reports use it. */
export const itemMisconceptions = (item: Item): Misconception[] => questionType(item.type).misconceptions(item);
/** Every type's label and losses, in registry order. */
export const typeExports = (): Array<{ type: ItemType; exports: TypeExport<Item> }> => ITEM_TYPES.map((type) => ({ type, exports: exportsOf(type) }));
