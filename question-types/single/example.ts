// A small single item, as an author would write it: the registry test (question-types/registry.test.ts) and the unit
// tests (lib/quiz/test-items.ts) run every part of the type on it.
export const singleExample = {
  id: 'single-item',
  type: 'single',
  key: 'b',
  options: [
    { id: 'a', text: 'Officials said so', feedback: 'Officials are a party.', misconception: 'official-source' },
    { id: 'b', text: 'Only one side says so', feedback: 'Right: one party.' },
    { id: 'c', text: 'Nobody can know', feedback: 'Too far.', misconception: 'both-sides-unknowable' },
  ],
  prompt: 'A question?',
  sentences: ['p1-s1'],
  explanation: 'How a fact-checker reasons.',
};
