import 'server-only';
// Feedback names the parts of an item (which option is the key, which party said a claim, the right order): the
// browser matches those ids to the public item it was sent, so they go out as public ids too.
import type { PartIds } from '@/question-types/shared/parts';
import { questionType } from '@/question-types/lookup';
import type { ItemFeedback } from './feedback';

export function feedbackForBrowser(feedback: ItemFeedback, ids: PartIds): ItemFeedback {
  return questionType(feedback.type).feedbackForBrowser(feedback, ids.toPublic) as ItemFeedback;
}
