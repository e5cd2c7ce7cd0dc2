// Highlight in the item-quality gate: the passage is shown, every target and decoy has a verdict, and a tagged decoy
// is checked like any tagged part. No chance model: a student may select any words of the passage.
import type { TypeLint } from '../shared/lint';
import { taggedOf, type LintText } from '../shared/lint';
import type { HighlightItem, HighlightResponse } from './schema';

export const highlightLint: TypeLint<HighlightItem, HighlightResponse> = {
  texts: (item) => ({
    question: [['passage', item.passage, 'other']],
    feedback: [...[...item.targets, ...item.decoys].map((t): LintText => [`targets.${t.id}.feedback`, t.feedback, 'verdict']), ['otherFeedback', item.otherFeedback, 'verdict']],
  }),
  choiceGroups: () => [],
  tagged: (item) => taggedOf('decoys', item.decoys, () => 'highlight-decoy', (d) => d.text),
  closed: null,
  judged: null,
  problems: () => [],
};
