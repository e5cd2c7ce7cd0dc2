// What the browser sees of a classify item (the status words are the same for every item), and its feedback.
import type { Status } from '@/content/words';
import type { ChoiceFeedback } from '../shared/feedback';

export interface ClassifyPublic {
  type: 'classify';
  statement: string;
}

export interface ClassifyFeedback {
  type: 'classify';
  key: Status;
  options: Array<ChoiceFeedback & { id: Status }>;
}
