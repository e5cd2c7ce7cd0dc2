// A small match item, as an author would write it: the registry test (question-types/registry.test.ts) and the unit
// tests (lib/quiz/test-items.ts) run every part of the type on it.
export const matchExample = {
  id: 'match-item',
  type: 'match',
  parties: [
    { id: 'pk', name: 'Pakistani officials' },
    { id: 'tb', name: 'Taliban' },
  ],
  claims: [
    { id: 'c1', text: '71 militants', party: 'pk', feedback: 'f1' },
    { id: 'c2', text: '46 civilians', party: 'tb', feedback: 'f2', misconception: 'agency-vouches' },
  ],
  prompt: 'A question?',
  sentences: ['p1-s1'],
  explanation: 'How a fact-checker reasons.',
};
