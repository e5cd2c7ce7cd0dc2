// What the browser sees of a highlight item (the words, not the phrases to find) and its feedback. Its scoring rule
// in words is a message (items.player.highlight.rule), shown beside the passage.
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
