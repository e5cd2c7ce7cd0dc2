// A small classify item, as an author would write it: the registry test (question-types/registry.test.ts) and the unit
// tests (lib/quiz/test-items.ts) run every part of the type on it.
export const classifyExample = {
  id: 'classify-item',
  type: 'classify',
  statement: 'Over 71 militants were killed.',
  key: 'claim',
  options: [
    { id: 'verified', feedback: 'fv', misconception: 'precise-number' },
    { id: 'claim', feedback: 'fc' },
    { id: 'disputed', feedback: 'fd', credit: 0.5 }, // a defensible alternative: part of the point
    { id: 'opinion', feedback: 'fo' },
  ],
  prompt: 'A question?',
  sentences: ['p1-s1'],
  explanation: 'How a fact-checker reasons.',
};
