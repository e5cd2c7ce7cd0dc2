// Grading: pure functions from an item and a parsed response to a mark. Every item is worth 1 point; each type's
// rules, with its partial credit, are in question-types/<type>/.
import type { Item } from '@/content/schema';
import { questionType } from '@/question-types/lookup';
import type { Response } from './responses';

export type { Grade } from '@/question-types/shared/grade';
import type { Grade } from '@/question-types/shared/grade';

export class ResponseMismatchError extends Error {
  constructor(expected: string, got: string) {
    super(`This question expects a ${expected} answer, not ${got}.`);
  }
}

export function gradeItem(item: Item, response: Response): Grade {
  if (item.type !== response.type) throw new ResponseMismatchError(item.type, response.type);
  return questionType(item.type).grade(item, response);
}
