// scope ("what does this finding prove / not prove") -> match interaction: each statement to "Proves" or "Does not
// prove"; each right judgement earns 1/n (Claimcheck: the share of parts right). Moodle/GIFT: matching.
import { h } from '@/lib/export/xml';
import { RESPONSE, matchInteraction, matchParts, paragraphs } from '@/lib/export/qti/build';
import { taggedAnswers, type TypeExport } from '@/lib/export/mapping';
import type { ScopeItem } from './schema';

export const PROVES = 'Proves this';
export const DOES_NOT_PROVE = 'Does not prove this';
const verdict = (proves: boolean) => (proves ? PROVES : DOES_NOT_PROVE);

export const scopeExport: TypeExport<ScopeItem> = {
  label: 'What a finding proves',
  qti(item, ids) {
    const left = item.statements.map((s) => ({ id: ids('statement', s.id), text: s.text }));
    const right = [true, false].map((p) => ({ id: ids('verdict', String(p)), text: verdict(p) }));
    const parts = matchParts(RESPONSE, item.statements.map((s) => [ids('statement', s.id), ids('verdict', String(s.proves))]));
    return {
      declarations: [parts.declaration],
      body: [h('div', {}, h('p', {}, h('strong', {}, 'The finding:')), paragraphs(item.finding)), matchInteraction(RESPONSE, left, right, item.shuffle)],
      scoring: [parts.scoring],
      feedbackFrom: [],
      keyedFeedback: [],
      partFeedback: item.statements.map((s) => `“${s.text}” (${verdict(s.proves).toLowerCase()}): ${s.feedback}`),
      interactionTypes: ['matchInteraction'],
    };
  },
  lms(item) {
    const used = new Set(item.statements.map((s) => s.proves));
    return {
      lead: [`The finding: ${item.finding}`],
      moodle: {
        qtype: 'matching',
        pairs: item.statements.map((s) => ({ question: s.text, answer: verdict(s.proves) })),
        extraAnswers: [true, false].filter((p) => !used.has(p)).map(verdict),
      },
      partFeedback: item.statements.map((s) => `“${s.text}” (${verdict(s.proves).toLowerCase()}): ${s.feedback}`),
    };
  },
  tagged: (item) => taggedAnswers(item.statements),
  // its row in the mapping table of docs/exports.md (npm run docs:exports writes the table)
  mapping: {
    qti: 'match interaction, statements to "Proves this" / "Does not prove this"',
    scoring: '`map_response`: +1/n per right judgement',
    moodle: '`matching`',
    gift: 'matching',
  },
  losses: {
    qti: ['Feedback on each statement is shown with the explanation, not beside the statement judged wrongly.'],
    moodle: ['Feedback on each statement goes into the general feedback.'],
    gift: [
      'Feedback on each statement goes into the general feedback.',
      'When every statement has the same verdict, the other verdict cannot be offered in GIFT matching (Moodle XML keeps it).',
    ],
  },
};
