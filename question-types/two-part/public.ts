// What the browser sees of a two-part item, what its feedback says, and the grading rule shown to students.
import type { ChoiceFeedback } from '../shared/feedback';

type Options = Array<{ id: string; text: string }>;

export interface TwoPartPublic {
  type: 'two-part';
  partA: { options: Options };
  partB: { prompt: string; options: Options };
}

export interface TwoPartFeedback {
  type: 'two-part';
  partA: ChoiceFeedback[];
  partB: ChoiceFeedback[];
  // the points each part earned (see TWO_PART_RULE)
  points: { a: number; b: number };
}

// The grading rule: the reason counts only for the right answer (a reason for a wrong answer supports nothing), as in
// evidence-based two-part items (PARCC/Smarter Balanced EBSR scoring).
export const TWO_PART_RULE = 'Part A right: ½ point. Part B right as well: the other ½ point. Part B counts only when part A is right.';
