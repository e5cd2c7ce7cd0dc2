// single -> one choice interaction, one right option; per-option feedback; Moodle/GIFT multichoice (one answer).
import { RESPONSE, choiceInteraction, declaration, scoreByMatch } from '@/lib/export/qti/build';
import type { TypeExport } from '@/lib/export/mapping';
import type { SingleItem } from './schema';

export const singleExport: TypeExport<SingleItem> = {
  label: 'Single choice',
  qti(item, ids) {
    const choices = item.options.map((o) => ({ id: ids('choice', o.id), text: o.text }));
    return {
      declarations: [declaration(RESPONSE, 'single', 'identifier', [ids('choice', item.key)])],
      body: [choiceInteraction(RESPONSE, 1, choices, item.shuffle)],
      scoring: [scoreByMatch(RESPONSE)],
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
        answers: item.options.map((o) => ({ text: o.text, fraction: o.id === item.key ? 1 : 0, feedback: o.feedback })),
      },
      partFeedback: [],
    };
  },
  losses: { qti: [], moodle: [], gift: [] },
};
