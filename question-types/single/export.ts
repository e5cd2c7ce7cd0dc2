// single -> one choice interaction, one right option (a credited alternative scores its share); per-option feedback;
// Moodle/GIFT multichoice (one answer at 100 %, a credited one at its share).
import { RESPONSE, choiceInteraction, oneChoiceScoring } from '@/lib/export/qti/build';
import { taggedAnswers, type TypeExport } from '@/lib/export/mapping';
import type { SingleItem } from './schema';

export const singleExport: TypeExport<SingleItem> = {
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
  tagged: (item) => taggedAnswers(item.options),
  // its row in the mapping table of docs/exports.md (npm run docs:exports writes the table)
  mapping: {
    qti: 'choice interaction, 1 choice',
    scoring: 'match correct: 1 or 0; with a credited alternative, map_response (key 1, the alternative its credit)',
    moodle: '`multichoice`, single, 100 % on the key, a credited alternative at its share',
    gift: '`=key ~other`, `~%50%alternative`',
  },
  losses: { qti: [], moodle: [], gift: [] },
};
