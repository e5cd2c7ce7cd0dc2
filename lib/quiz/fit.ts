// A response can be well-formed yet name options the item does not have: that is bad input (400), not a wrong answer.
import type { Item } from '@/content/schema';
import { questionType } from '@/question-types/lookup';
import type { Response } from './responses';

export { notOfThisQuestion } from '@/question-types/shared/grade';

export function responseProblem(item: Item, response: Response): string | null {
  if (item.type !== response.type) return `This question expects a "${item.type}" answer, not "${response.type}".`;
  return questionType(item.type).responseProblem(item, response);
}
