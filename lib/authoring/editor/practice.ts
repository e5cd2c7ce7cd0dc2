// What an author is told before choosing practice use (shown in the editor, repeated in the server's refusal).
export const PRACTICE_WARNING =
  'A practice quiz shows its answers and feedback to anyone who opens it, so its key becomes public. Use it only for quizzes that are never marked.';
