// Scoring rules in words, shown to students beside the items they apply to. Kept apart from grade.ts so the
// browser bundle does not pull in the grader.
export const PARTIAL_CREDIT_RULE =
  'Each right choice earns a share of the point; each wrong choice takes a share away (never below zero).';
export const ORDER_RULE = 'You earn the share of pairs of steps that you put in the right order.';
export const HIGHLIGHT_RULE =
  'You earn a share of the point for each phrase you find; each stray selection takes a share away (never below zero).';
