// The client registry: every question type's browser parts (input, feedback, draft rules). Only browser-safe code
// is reachable from here (no zod, no server modules): the question page has a JS budget. The compiler refuses a
// registered server type missing here.
import type { ClientQuestionType } from './client-define';
import type { ItemType, PublicItem, Response } from './types';
import { classifyClient } from './classify/client';
import { highlightClient } from './highlight/client';
import { matchClient } from './match/client';
import { multipleClient } from './multiple/client';
import { orderClient } from './order/client';
import { scopeClient } from './scope/client';
import { singleClient } from './single/client';
import { writtenClient } from './written/client';

export const CLIENT_TYPES: { [T in ItemType]: ClientQuestionType<T> } = {
  single: singleClient,
  multiple: multipleClient,
  classify: classifyClient,
  highlight: highlightClient,
  match: matchClient,
  order: orderClient,
  scope: scopeClient,
  written: writtenClient,
};

/** The browser parts of a type, with its own types erased (callers pass an item and a draft of that type). */
export const clientType = (type: ItemType) => CLIENT_TYPES[type] as unknown as ClientQuestionType<ItemType>;

/** Turns an input's draft into a complete response, or says what is still missing (the server parses it again). */
export function draftToResponse(item: PublicItem, draft: Record<string, unknown> | undefined): { response: Response } | { missing: string } {
  const rules = clientType(item.type);
  if (!draft || draft.type !== item.type) return { missing: rules.missing };
  const built = rules.draftToResponse(item, draft);
  return typeof built === 'string' ? { missing: built } : { response: built };
}
