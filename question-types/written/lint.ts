// A written answer in the item-quality gate: the rubric is shown with the question and the model answer with the
// feedback; it is scored by a person, so it has no chance model and no options to measure.
import type { LintText, TypeLint } from '../shared/lint';
import type { WrittenItem, WrittenResponse } from './schema';

export const writtenLint: TypeLint<WrittenItem, WrittenResponse> = {
  texts: (item) => ({
    question: item.rubric.map((r): LintText => [`rubric.${r.level}`, `${r.label}. ${r.description}`, 'other']),
    feedback: [['modelAnswer', item.modelAnswer, 'other']],
  }),
  choiceGroups: () => [],
  tagged: () => [],
  closed: null,
  judged: null,
  problems: () => [],
};
