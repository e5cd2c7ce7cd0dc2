// What the question page needs to take an answer of every type: its input and how its draft becomes a response.
// The results pages show feedback only and do not load these. The compiler refuses a registered type missing here.
import type { AnswerParts } from './client-define';
import type { MissingKey } from './shared/draft';
import type { ItemType, PublicItem, Response } from './types';
import { classifyAnswer } from './classify/client/answer';
import { highlightAnswer } from './highlight/client/answer';
import { matchAnswer } from './match/client/answer';
import { multipleAnswer } from './multiple/client/answer';
import { orderAnswer } from './order/client/answer';
import { scopeAnswer } from './scope/client/answer';
import { singleAnswer } from './single/client/answer';
import { twoPartAnswer } from './two-part/client/answer';
import { writtenAnswer } from './written/client/answer';

export const INPUTS: { [T in ItemType]: AnswerParts<T> } = {
  single: singleAnswer,
  multiple: multipleAnswer,
  classify: classifyAnswer,
  highlight: highlightAnswer,
  match: matchAnswer,
  order: orderAnswer,
  scope: scopeAnswer,
  written: writtenAnswer,
  'two-part': twoPartAnswer,
};

/** The answer parts of a type, with its own types erased (callers pass an item and a draft of that type). */
export const answerParts = (type: ItemType) => INPUTS[type] as unknown as AnswerParts<ItemType>;

/**
 * Turns an input's draft into a complete response, or says what is still missing, as a key of items.player.missing
 * (the server parses the response again).
 */
export function draftToResponse(
  item: PublicItem,
  draft: Record<string, unknown> | undefined,
): { response: Response } | { missing: MissingKey } {
  const rules = answerParts(item.type);
  if (!draft || draft.type !== item.type) return { missing: rules.missing };
  const built = rules.draftToResponse(item, draft);
  return typeof built === 'string' ? { missing: built } : { response: built };
}
