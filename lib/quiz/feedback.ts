// Feedback for one answered item: released only once that item's feedback is due.
import type { Item } from '@/content/schema';
import { questionType } from '@/question-types/lookup';
import { gradeItem } from './grade';
import type { Response } from './responses';

export type { ChoiceFeedback } from '@/question-types/shared/feedback';
export type { ItemFeedback } from '@/question-types/types';
import type { ItemFeedback } from '@/question-types/types';

export function itemFeedback(item: Item, response: Response): ItemFeedback {
  // throws on a response of another type, so the type's own feedback only sees its own responses
  const grade = gradeItem(item, response);
  return {
    itemId: item.id,
    grade,
    explanation: item.explanation,
    sentences: item.sentences,
    sources: item.sources ?? [],
    ...questionType(item.type).feedback(item, response),
  };
}
