// A small written item, as an author would write it: the registry test (question-types/registry.test.ts) and the unit
// tests (lib/quiz/test-items.ts) run every part of the type on it.
export const writtenExample = {
  id: 'written-item',
  type: 'written',
  modelAnswer: 'A model answer.',
  rubric: [
    { level: 0, label: 'Not yet', description: 'd0' },
    { level: 1, label: 'Partly', description: 'd1' },
    { level: 2, label: 'Fully', description: 'd2' },
  ],
  prompt: 'A question?',
  sentences: ['p1-s1'],
  explanation: 'How a fact-checker reasons.',
};
