// classify (one statement, four status words) -> one choice per statement: a choice interaction over the four
// status words, the statement quoted above it (a credited status scores its share). Moodle/GIFT: multichoice with
// one right answer, a credited one at its share.
import { STATUS_LABELS } from '@/lib/quiz/vocabulary';
import { h } from '@/lib/export/xml';
import { RESPONSE, choiceInteraction, oneChoiceScoring } from '@/lib/export/qti/build';
import { taggedAnswers, type TypeExport } from '@/lib/export/mapping';
import type { ClassifyItem } from './schema';

const statusText = (id: keyof typeof STATUS_LABELS) => `${STATUS_LABELS[id].label}: ${STATUS_LABELS[id].definition}`;

export const classifyExport: TypeExport<ClassifyItem> = {
  label: 'Classify (status words)',
  qti(item, ids) {
    const choices = item.options.map((o) => ({ id: ids('status', o.id), text: statusText(o.id) }));
    const credited = item.options.flatMap((o): Array<[string, number]> => (o.credit ? [[ids('status', o.id), o.credit]] : []));
    const { declaration, scoring } = oneChoiceScoring(ids('status', item.key), credited);
    return {
      declarations: [declaration],
      // the four words keep their teaching order: shuffling them would only make the vocabulary harder to find
      body: [h('blockquote', {}, h('p', {}, item.statement)), choiceInteraction(RESPONSE, 1, choices, false)],
      scoring: [scoring],
      feedbackFrom: [RESPONSE],
      keyedFeedback: item.options.map((o) => ({ id: ids('status', o.id), text: o.feedback })),
      partFeedback: [],
      interactionTypes: ['choiceInteraction'],
    };
  },
  lms(item) {
    return {
      lead: [`“${item.statement}”`],
      moodle: {
        qtype: 'multichoice',
        single: true,
        answers: item.options.map((o) => ({ text: statusText(o.id), fraction: o.id === item.key ? 1 : (o.credit ?? 0), feedback: o.feedback })),
      },
      partFeedback: [],
    };
  },
  tagged: (item) => taggedAnswers(item.options),
  // its row in the mapping table of docs/exports.md (npm run docs:exports writes the table)
  mapping: {
    qti: 'choice interaction over the four status words (one choice per statement), statement quoted above',
    scoring: 'match correct; with a credited status, map_response as for `single`',
    moodle: '`multichoice`, single, a credited status at its share',
    gift: '`=key ~other`, `~%50%status`',
  },
  losses: {
    qti: ['The statement is quoted in the item; the article sentence is not highlighted in place.'],
    moodle: [],
    gift: [],
  },
};
