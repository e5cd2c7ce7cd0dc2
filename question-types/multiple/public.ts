// What the browser sees of a select-all item, what its feedback says, and its scoring rule in words (shown beside
// the options; kept here, not with the grader, so the browser does not load the grader).
import type { ChoiceFeedback } from '../shared/feedback';

export interface MultiplePublic {
  type: 'multiple';
  options: Array<{ id: string; text: string }>;
}

export interface MultipleFeedback {
  type: 'multiple';
  options: ChoiceFeedback[];
}

export const PARTIAL_CREDIT_RULE =
  'Each right choice earns a share of the point; each wrong choice takes a share away (never below zero).';
