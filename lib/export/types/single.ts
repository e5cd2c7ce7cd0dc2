// single -> one choice interaction, one right option (a credited alternative scores its share); per-option feedback;
// Moodle/GIFT multichoice (one answer at 100 %, a credited one at its share).
import { RESPONSE, choiceInteraction, oneChoiceScoring } from '../qti/build';
import type { TypeExport } from '../mapping';

export const single: TypeExport<'single'> = {
  label: 'Single choice',
  qti(item, ids) {
    const choices = item.options.map((o) => ({ id: ids('choice', o.id), text: o.text }));
    const credited = item.options.flatMap((o): Array<[string, number]> => (o.credit ? [[ids('choice', o.id), o.credit]] : []));
    const { declaration, scoring } = oneChoiceScoring(ids('choice', item.key), credited);
    return {
      declarations: [declaration],
      body: [choiceInteraction(RESPONSE, 1, choices, item.shuffle)],
      scoring: [scoring],
      feedbackFrom: [RESPONSE],
      keyedFeedback: item.options.map((o) => ({ id: ids('choice', o.id), text: o.feedback })),
      partFeedback: [],
      interactionTypes: ['choiceInteraction'],
    };
  },
  lms(item) {
    return {
      lead: [],
      moodle: {
        qtype: 'multichoice',
        single: true,
        answers: item.options.map((o) => ({ text: o.text, fraction: o.id === item.key ? 1 : (o.credit ?? 0), feedback: o.feedback })),
      },
      partFeedback: [],
    };
  },
  misconceptions: (item) => item.options.flatMap((o) => (o.misconception ? [o.misconception] : [])),
  losses: { qti: [], moodle: [], gift: [] },
};
