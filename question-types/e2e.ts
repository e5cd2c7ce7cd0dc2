// The e2e registry: how the Playwright student answers every question type and how Cito's QTI player is driven
// for it (question-types/<type>/e2e.ts). Test code only: the app never imports it. The compiler refuses a
// registered type missing here.
import type { E2eType } from './shared/e2e';
import type { ItemOf, ItemType, ResponseOf } from './types';
import { classifyE2e } from './classify/e2e';
import { highlightE2e } from './highlight/e2e';
import { matchE2e } from './match/e2e';
import { multipleE2e } from './multiple/e2e';
import { orderE2e } from './order/e2e';
import { scopeE2e } from './scope/e2e';
import { singleE2e } from './single/e2e';
import { twoPartE2e } from './two-part/e2e';
import { writtenE2e } from './written/e2e';

export const E2E_TYPES: { [T in ItemType]: E2eType<ItemOf<T>, ResponseOf<T>> } = {
  single: singleE2e,
  multiple: multipleE2e,
  classify: classifyE2e,
  highlight: highlightE2e,
  match: matchE2e,
  order: orderE2e,
  scope: scopeE2e,
  written: writtenE2e,
  'two-part': twoPartE2e,
};

/** The e2e parts of a type, with its own types erased (callers pass an item of that type). */
export const e2eType = (type: ItemType) => E2E_TYPES[type] as unknown as E2eType<ItemOf<ItemType>, ResponseOf<ItemType>>;
