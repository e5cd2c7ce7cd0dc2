// What the browser sees of a select-all item and what its feedback says. Its scoring rule in words is a message
// (items.player.multiple.rule), shown beside the options.
import type { ChoiceFeedback } from '../shared/feedback';

export interface MultiplePublic {
  type: 'multiple';
  options: Array<{ id: string; text: string }>;
}

export interface MultipleFeedback {
  type: 'multiple';
  options: ChoiceFeedback[];
}
