// two-part -> QTI: two choice interactions in one item (RESPONSE_A, RESPONSE_B), SCORE = ½ for A's key plus ½ for
// B's key when A is right (Claimcheck's rule, ./public.ts). Moodle/GIFT have no two-response multichoice: the fallback
// is one multichoice over every "A, because B" pair, each at the fraction the rule gives it, so scores are kept.
import { baseId, choiceInteraction, declaration, paragraphs, scoreBySum, variable } from '@/lib/export/qti/build';
import { h } from '@/lib/export/xml';
import { taggedAnswers, type TypeExport } from '@/lib/export/mapping';
import type { TwoPartItem } from './schema';

const A = 'RESPONSE_A';
const B = 'RESPONSE_B';

export const twoPartExport: TypeExport<TwoPartItem> = {
  label: 'Two-part (answer and reason)',
  qti(item, ids) {
    const choices = (list: TwoPartItem['partA']['options']) => list.map((o) => ({ id: ids('choice', o.id), text: o.text }));
    const rightA = h('match', {}, variable(A), baseId(ids('choice', item.partA.key)));
    const rightB = h('match', {}, variable(B), baseId(ids('choice', item.partB.key)));
    return {
      declarations: [
        declaration(A, 'single', 'identifier', [ids('choice', item.partA.key)]),
        declaration(B, 'single', 'identifier', [ids('choice', item.partB.key)]),
      ],
      body: [
        choiceInteraction(A, 1, choices(item.partA.options), item.shuffle),
        ...paragraphs(`Part B: ${item.partB.prompt}`),
        choiceInteraction(B, 1, choices(item.partB.options), item.shuffle),
      ],
      scoring: scoreBySum([
        { when: rightA, weight: 0.5 },
        { when: h('and', {}, rightA, rightB), weight: 0.5 },
      ]),
      feedbackFrom: [A, B],
      keyedFeedback: [...item.partA.options, ...item.partB.options].map((o) => ({ id: ids('choice', o.id), text: o.feedback })),
      partFeedback: [],
      interactionTypes: ['choiceInteraction'],
    };
  },
  lms(item) {
    const answers = item.partA.options.flatMap((a) =>
      item.partB.options.map((b) => ({
        text: `${a.text}, because: ${b.text}`,
        fraction: a.id === item.partA.key ? (b.id === item.partB.key ? 1 : 0.5) : 0,
        feedback: `${a.feedback} ${b.feedback}`,
      })),
    );
    return { lead: [`Part B: ${item.partB.prompt}`], moodle: { qtype: 'multichoice', single: true, answers }, partFeedback: [] };
  },
  tagged: (item) => taggedAnswers([...item.partA.options, ...item.partB.options]),
  // its row in the mapping table of docs/exports.md (npm run docs:exports writes the table)
  mapping: {
    qti: 'two choice interactions in one item (`RESPONSE_A` the answer, `RESPONSE_B` the reason, part B\'s question between them)',
    scoring: '½ when `RESPONSE_A` matches its key, the other ½ when `RESPONSE_B` matches too (`and`): a reason counts only for the right answer',
    moodle: 'fallback: `multichoice`, single, one answer per "A, because: B" pair: 100 % both right, 50 % A right with another reason, 0 % otherwise; feedback of both parts on each pair',
    gift: 'same fallback, `~%50%` weights',
  },
  losses: {
    qti: [],
    moodle: ['A two-part item becomes one multichoice over every "answer, because reason" pair (scores kept; the per-part report is lost).'],
    gift: ['A two-part item becomes one multichoice over every "answer, because reason" pair (scores kept; the per-part report is lost).'],
  },
};
