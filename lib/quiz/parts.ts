// The parts of an item that carry ids: options, claims and parties, steps, statements, highlight phrases (classify
// options are the status words, the same for every item). These are the ids a key refers to; each type lists its
// own (question-types/<type>/). No server-only code here: the id codec and the tests read it.
import type { Item } from '@/content/schema';
import { questionType } from '@/question-types/lookup';
import type { PartKind } from '@/question-types/shared/parts';
import type { PublicItem } from '@/question-types/types';

export type { PartKind } from '@/question-types/shared/parts';

/** Every part of an item, as the author wrote it, with its kind. */
export function itemParts(item: Item): Array<[PartKind, string]> {
  return questionType(item.type).parts(item);
}

/** The part ids the browser was given for an item (highlight phrases are not sent before feedback). */
export function shownPartIds(item: PublicItem): string[] {
  return questionType(item.type).shownIds(item);
}
