// A small order item, as an author would write it: the registry test (question-types/registry.test.ts) and the unit
// tests (lib/quiz/test-items.ts) run every part of the type on it.
export const orderExample = {
  id: 'order-item',
  type: 'order',
  steps: [
    { id: 's1', text: 'Stop', feedback: 'f1' },
    { id: 's2', text: 'Search', feedback: 'f2' },
    { id: 's3', text: 'Trace', feedback: 'f3' },
  ],
  key: ['s1', 's2', 's3'],
  prompt: 'A question?',
  sentences: ['p1-s1'],
  explanation: 'How a fact-checker reasons.',
};
