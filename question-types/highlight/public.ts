// What the browser sees of a highlight item (the words, not the phrases to find), its feedback, and its scoring
// rule in words (shown beside the passage).
export interface HighlightPublic {
  type: 'highlight';
  words: string[];
}

export interface HighlightFeedback {
  type: 'highlight';
  targets: Array<{ id: string; text: string; kind: 'attribution' | 'judgement'; feedback: string; found: boolean }>;
  decoys: Array<{ id: string; text: string; feedback: string }>;
  strayWords: string[];
  selected: number[];
  otherFeedback: string | null;
}

export const HIGHLIGHT_RULE =
  'You earn a share of the point for each phrase you find; each stray selection takes a share away (never below zero).';
