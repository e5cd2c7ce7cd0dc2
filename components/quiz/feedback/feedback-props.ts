import type { Article } from '@/content/schema';
import type { ItemFeedback } from '@/lib/quiz/feedback';
import type { PublicItem } from '@/lib/quiz/public';
import type { Response } from '@/lib/quiz/responses';

export type FeedbackOf<T extends ItemFeedback['type']> = Extract<ItemFeedback, { type: T }>;
export type PublicOf<T extends PublicItem['type']> = Extract<PublicItem, { type: T }>;

export interface FeedbackProps<T extends ItemFeedback['type']> {
  item: PublicOf<T>;
  feedback: FeedbackOf<T>;
  // sends a changed response for the same item (a written answer's self-rating); absent where not allowed
  resubmit?: (response: Response) => Promise<void>;
}

export interface FeedbackViewProps {
  item: PublicItem;
  feedback: ItemFeedback;
  article: Article;
  headingId: string;
  resubmit?: (response: Response) => Promise<void>;
}
