// match (claim -> who says it) -> match interaction: claims on the left (each once), parties on the right; each right
// pair earns 1/n (Claimcheck: the share of parts right). Moodle/GIFT: matching.
import { RESPONSE, matchInteraction, matchParts } from '@/lib/export/qti/build';
import { taggedAnswers, type TypeExport } from '@/lib/export/mapping';
import type { MatchItem } from './schema';

export const matchExport: TypeExport<MatchItem> = {
  label: 'Match claim to source',
  qti(item, ids) {
    const left = item.claims.map((c) => ({ id: ids('claim', c.id), text: c.text }));
    const right = item.parties.map((p) => ({ id: ids('party', p.id), text: p.name }));
    const parts = matchParts(RESPONSE, item.claims.map((c) => [ids('claim', c.id), ids('party', c.party)]));
    return {
      declarations: [parts.declaration],
      body: [matchInteraction(RESPONSE, left, right, item.shuffle)],
      scoring: [parts.scoring],
      feedbackFrom: [],
      keyedFeedback: [],
      partFeedback: item.claims.map((c) => `“${c.text}”: ${c.feedback}`),
      interactionTypes: ['matchInteraction'],
    };
  },
  lms(item) {
    const name = (id: string) => item.parties.find((p) => p.id === id)?.name ?? id;
    const used = new Set(item.claims.map((c) => c.party));
    return {
      lead: [],
      moodle: {
        qtype: 'matching',
        pairs: item.claims.map((c) => ({ question: c.text, answer: name(c.party) })),
        extraAnswers: item.parties.filter((p) => !used.has(p.id)).map((p) => p.name),
      },
      partFeedback: item.claims.map((c) => `“${c.text}”: ${c.feedback}`),
    };
  },
  tagged: (item) => taggedAnswers(item.claims),
  // its row in the mapping table of docs/exports.md (npm run docs:exports writes the table)
  mapping: {
    qti: 'match interaction (`qti-match-tabular`: a radio grid), claims (each once) to parties',
    scoring: '`map_response` on directed pairs: +1/n per right pair',
    moodle: '`matching` (unused parties as extra answers)',
    gift: 'matching `=claim -> party`',
  },
  losses: {
    qti: ['Feedback on each claim is shown together with the explanation, not beside the claim that was matched wrongly.'],
    moodle: ['Feedback on each claim goes into the general feedback: Moodle matching has no per-pair feedback.'],
    gift: [
      'Feedback on each claim goes into the general feedback.',
      'A party no claim belongs to cannot be offered as a distractor in GIFT matching (Moodle XML keeps it).',
    ],
  },
};

