// The client registry: every question type's feedback and the ids its parts carry (the inputs and draft rules are in
// question-types/inputs.ts, so the results pages do not load them). Only browser-safe code is reachable from here (no
// zod, no server modules): the question page has a JS budget. The compiler refuses a registered type missing here.
import type { ClientQuestionType } from './client-define';
import type { ItemType } from './types';
import { classifyClient } from './classify/client';
import { highlightClient } from './highlight/client';
import { matchClient } from './match/client';
import { multipleClient } from './multiple/client';
import { orderClient } from './order/client';
import { scopeClient } from './scope/client';
import { singleClient } from './single/client';
import { twoPartClient } from './two-part/client';
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
  'two-part': twoPartClient,
};

/** The browser parts of a type, with its own types erased (callers pass an item and a feedback of that type). */
export const clientType = (type: ItemType) => CLIENT_TYPES[type] as unknown as ClientQuestionType<ItemType>;
