// written -> extended text, scored by a person: the rubric (three levels, 0, 1/2, 1) and the model answer go to
// the scorer (QTI rubric block for the scorer view, Moodle essay grader information).
import { h } from '@/lib/export/xml';
import { RESPONSE, declaration } from '@/lib/export/qti/build';
import type { TypeExport } from '@/lib/export/mapping';
import type { WrittenItem } from './schema';


export function rubricLines(item: WrittenItem): string[] {
  return [...item.rubric]
    .sort((a, b) => b.level - a.level)
    .map((r) => `${r.level / 2} point${r.level === 2 ? '' : 's'}: ${r.label}. ${r.description}`);
}

export const writtenExport: TypeExport<WrittenItem> = {
  label: 'Written response',
  qti(item) {
    return {
      declarations: [declaration(RESPONSE, 'single', 'string', [])],
      body: [
        h('extendedTextInteraction', { responseIdentifier: RESPONSE, expectedLength: item.maxLength }),
        h(
          'rubricBlock',
          { view: 'scorer', use: 'scoring' },
          h(
            'contentBody',
            {},
            h('p', {}, h('strong', {}, 'Rubric (the scorer gives 0, 0.5 or 1):')),
            h('ul', {}, rubricLines(item).map((l) => h('li', {}, l))),
            h('p', {}, h('strong', {}, 'Model answer:')),
            h('p', {}, item.modelAnswer),
          ),
        ),
      ],
      scoring: [],
      feedbackFrom: [],
      keyedFeedback: [],
      partFeedback: [`A model answer: ${item.modelAnswer}`],
      interactionTypes: ['extendedTextInteraction'],
    };
  },
  lms(item) {
    return {
      lead: [],
      moodle: {
        qtype: 'essay',
        graderInfo: [`Rubric (0, 0.5 or 1):`, ...rubricLines(item), `Model answer: ${item.modelAnswer}`].join('\n'),
        maxLength: item.maxLength,
      },
      partFeedback: [`A model answer: ${item.modelAnswer}`],
    };
  },
  // no wrong answer carries a tag
  tagged: () => [],
  // its row in the mapping table of docs/exports.md (npm run docs:exports writes the table)
  mapping: {
    qti: 'extended text interaction; rubric (three levels) and model answer in a scorer rubric block; SCORE `external-scored="human"` (3.0)',
    scoring: 'by a person: 0, ½ or 1',
    moodle: '`essay`, rubric and model answer in grader information',
    gift: 'essay `{}`, rubric and model answer in general feedback',
  },
  losses: {
    qti: [
      'Scored by a person against the rubric: the item has no automatic score, and Claimcheck\'s student self-rating is not carried.',
      'The length limit becomes expected-length, a hint to the player, not a limit.',
    ],
    moodle: ['An essay question graded by the teacher; the rubric and model answer are in the grader information.'],
    gift: ['GIFT essays carry no grader information: the rubric and model answer are in the general feedback, which students see after grading.'],
  },
};
