// A small two-part item, as an author would write it: the registry test (question-types/registry.test.ts) and the
// unit tests run every part of the type on it.
export const twoPartExample = {
  id: 'two-part-item',
  type: 'two-part',
  prompt: 'Who gives the number?',
  partA: {
    key: 'a-one',
    options: [
      { id: 'a-one', text: 'One side of the conflict', feedback: 'Right: one party.' },
      { id: 'a-both', text: 'Both sides agree on it', feedback: 'Only one side is quoted.', misconception: 'official-source' },
    ],
  },
  partB: {
    prompt: 'Which words show it?',
    key: 'b-said',
    options: [
      { id: 'b-said', text: 'Officials said', feedback: 'Right: the writer credits officials.' },
      { id: 'b-number', text: 'The exact number', feedback: 'A number alone names no one.', misconception: 'precise-number' },
    ],
  },
  sentences: ['p1-s1'],
  explanation: 'How a fact-checker reasons.',
};
