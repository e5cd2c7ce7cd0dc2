// Each question type's export mapping, one file per type; the writers look a type up here.
import type { Item } from '@/content/schema';
import type { FormatShape, IdMaker, QtiParts, TypeExports } from '../mapping';
import { classify } from './classify';
import { highlight } from './highlight';
import { match } from './match';
import { multiple } from './multiple';
import { order } from './order';
import { scope } from './scope';
import { single } from './single';
import { written } from './written';

export const TYPE_EXPORTS: TypeExports = { single, multiple, classify, highlight, match, order, scope, written };

// The casts are safe: the mapping is looked up by the item's own type.
export const qtiParts = (item: Item, ids: IdMaker): QtiParts =>
  (TYPE_EXPORTS[item.type].qti as (i: Item, ids: IdMaker) => QtiParts)(item, ids);
export const lmsShape = (item: Item): FormatShape => (TYPE_EXPORTS[item.type].lms as (i: Item) => FormatShape)(item);
export const itemMisconceptions = (item: Item) =>
  (TYPE_EXPORTS[item.type].misconceptions as (i: Item) => ReturnType<TypeExports['single']['misconceptions']>)(item);
