// Classify a statement: one item per claim-bearing sentence, keyed by the teacher's status.
import { STATUSES } from '@/content/words';
import { explanation, misconceptionsOf, tidy, type Drafter } from '../draft-context';
import { classifyFeedback } from '../feedback';

export const classifyDrafter: Drafter = {
  kind: 'classify',
  draft: ({ rows }) =>
    rows.map((row) => {
      const options = STATUSES.map((s) => ({ id: s, ...tidy(classifyFeedback(row.status, s, row.facts)) }));
      return {
        kind: 'classify',
        misconceptions: misconceptionsOf(options),
        item: {
          id: `classify-${row.id}`,
          type: 'classify',
          prompt: 'Sort this statement into one of the four status words.',
          statement: row.text,
          sentences: [row.id],
          explanation: explanation(row, 'what evidence is offered, and what would settle it'),
          shuffle: true,
          options,
          key: row.status,
        },
      };
    }),
};
