// The server registry: every question type, by the name authors write as `type:` in a quiz. Adding a type is its
// folder plus one line here and one in question-types/client.ts (docs/adding-a-question-type.md).
import { classify } from './classify';
import { highlight } from './highlight';
import { match } from './match';
import { multiple } from './multiple';
import { order } from './order';
import { scope } from './scope';
import { single } from './single';
import { twoPart } from './two-part';
import { written } from './written';

export const QUESTION_TYPES = {
  single,
  multiple,
  classify,
  highlight,
  match,
  order,
  scope,
  written,
  'two-part': twoPart,
};
