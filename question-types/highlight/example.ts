// A small highlight item, as an author would write it: the registry test (question-types/registry.test.ts) and the unit
// tests (lib/quiz/test-items.ts) run every part of the type on it.
export const highlightExample = {
  id: 'highlight-item',
  type: 'highlight',
  passage: 'Security sources confirmed that the strikes were surgical, officials said.',
  targets: [
    { id: 't1', text: 'Security sources confirmed', kind: 'attribution', feedback: 'tf1' },
    { id: 't2', text: 'surgical', kind: 'judgement', feedback: 'tf2' },
  ],
  decoys: [{ id: 'd1', text: 'strikes', feedback: 'df', misconception: 'writer-verb' }],
  otherFeedback: 'Not a target.',
  prompt: 'A question?',
  sentences: ['p1-s1'],
  explanation: 'How a fact-checker reasons.',
};
