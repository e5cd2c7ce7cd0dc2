// A small scope item, as an author would write it: the registry test (question-types/registry.test.ts) and the unit
// tests (lib/quiz/test-items.ts) run every part of the type on it.
export const scopeExample = {
  id: 'scope-item',
  type: 'scope',
  finding: 'An older copy of the photo exists from 2022.',
  statements: [
    { id: 'x1', text: 'This photo predates the strikes', proves: true, feedback: 'f1' },
    { id: 'x2', text: 'No civilians died', proves: false, feedback: 'f2', misconception: 'debunk-true' },
  ],
  prompt: 'A question?',
  sentences: ['p1-s1'],
  explanation: 'How a fact-checker reasons.',
};
