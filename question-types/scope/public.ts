// What the browser sees of a scope item, and what its feedback says.
export interface ScopePublic {
  type: 'scope';
  finding: string;
  statements: Array<{ id: string; text: string }>;
}

export interface ScopeFeedback {
  type: 'scope';
  statements: Array<{ id: string; proves: boolean; chosen: boolean | null; feedback: string }>;
}
