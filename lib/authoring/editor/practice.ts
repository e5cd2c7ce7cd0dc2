// The server's refusal to publish practice use unconfirmed (publish.ts) quotes this; the editor shows the same words
// from its messages (editor.publish.practiceWarning), in the teacher's language.
export const PRACTICE_WARNING =
  'A practice quiz shows its answers and feedback to anyone who opens it, so its key becomes public. Use it only for quizzes that are never marked.';
