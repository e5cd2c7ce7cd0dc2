// What the browser sees of a written item (rubric labels only), and what its feedback says.
export interface WrittenPublic {
  type: 'written';
  maxLength: number;
  rubric: Array<{ level: number; label: string }>;
}

export interface WrittenFeedback {
  type: 'written';
  modelAnswer: string;
  rubric: Array<{ level: number; label: string; description: string }>;
  text: string;
  selfRating: number | null;
}
