// What the browser sees of a match item, and what its feedback says.
export interface MatchPublic {
  type: 'match';
  parties: Array<{ id: string; name: string }>;
  claims: Array<{ id: string; text: string }>;
}

export interface MatchFeedback {
  type: 'match';
  claims: Array<{ id: string; party: string; chosen: string | null; feedback: string }>;
}
