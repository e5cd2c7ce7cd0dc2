// multiple -> choice interaction with several answers; +1/k per right choice, -1/k per wrong one, never below 0
// (Claimcheck's grader): QTI map_response with bounds 0..1, Moodle/GIFT answer fractions.
import { RESPONSE, choiceInteraction, declaration, scoreByMapping } from '@/lib/export/qti/build';
import { taggedAnswers, type TypeExport } from '@/lib/export/mapping';
import type { MultipleItem } from './schema';

export const multipleExport: TypeExport<MultipleItem> = {
  label: 'Multiple choice (select all)',
  qti(item, ids) {
    const share = 1 / item.key.length;
    const choices = item.options.map((o) => ({ id: ids('choice', o.id), text: o.text }));
    const mapping = {
      entries: item.options.map((o): [string, number] => [ids('choice', o.id), item.key.includes(o.id) ? share : -share]),
      lowerBound: 0,
      upperBound: 1,
    };
    return {
      declarations: [declaration(RESPONSE, 'multiple', 'identifier', item.key.map((k) => ids('choice', k)), mapping)],
      body: [choiceInteraction(RESPONSE, item.options.length, choices, item.shuffle)],
      scoring: [scoreByMapping(RESPONSE)],
      feedbackFrom: [RESPONSE],
      keyedFeedback: item.options.map((o) => ({ id: ids('choice', o.id), text: o.feedback })),
      partFeedback: [],
      interactionTypes: ['choiceInteraction'],
    };
  },
  lms(item) {
    const share = 1 / item.key.length;
    return {
      lead: [],
      moodle: {
        qtype: 'multichoice',
        single: false,
        answers: item.options.map((o) => ({
          text: o.text,
          fraction: item.key.includes(o.id) ? share : -share,
          feedback: o.feedback,
        })),
      },
      partFeedback: [],
    };
  },
  tagged: (item) => taggedAnswers(item.options),
  // its row in the mapping table of docs/exports.md (npm run docs:exports writes the table)
  mapping: {
    qti: 'choice interaction, any number',
    scoring: '`map_response`: +1/k per right choice, −1/k per wrong one, bounds 0..1',
    moodle: '`multichoice`, multiple answers, fractions ±1/k',
    gift: '`~%33.33333%…` weights',
  },
  losses: {
    qti: [],
    moodle: ['Moodle rounds answer fractions to 5 decimals (1/3 becomes 33.33333 %).'],
    gift: ['GIFT answer weights are percentages with 5 decimals (1/3 becomes 33.33333).'],
  },
};
