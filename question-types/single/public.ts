// What the browser sees of a single-choice item, and what its feedback says.
import type { ChoiceFeedback } from '../shared/feedback';

export interface SinglePublic {
  type: 'single';
  options: Array<{ id: string; text: string }>;
}

export interface SingleFeedback {
  type: 'single';
  options: ChoiceFeedback[];
}
