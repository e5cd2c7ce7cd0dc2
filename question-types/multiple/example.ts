// A small multiple item, as an author would write it: the registry test (question-types/registry.test.ts) and the unit
// tests (lib/quiz/test-items.ts) run every part of the type on it.
export const multipleExample = {
  id: 'multiple-item',
  type: 'multiple',
  key: ['a', 'b'],
  options: [
    { id: 'a', text: 'A', feedback: 'fa' },
    { id: 'b', text: 'B', feedback: 'fb' },
    { id: 'c', text: 'C', feedback: 'fc', misconception: 'precise-number' },
    { id: 'd', text: 'D', feedback: 'fd', misconception: 'quoted-true' },
  ],
  prompt: 'A question?',
  sentences: ['p1-s1'],
  explanation: 'How a fact-checker reasons.',
};
