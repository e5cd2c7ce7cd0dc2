// highlight -> hottext: every target and decoy phrase is one hottext, every other word of the passage its own
// hottext, so a student can still pick any word. Map: target +1/k, decoy or other word -1/k, floored at 0
// (Claimcheck: a share per phrase found, less a share per stray selection).
import { highlightSpans } from './grade';
import { h, type XNode } from '@/lib/export/xml';
import { RESPONSE, declaration, scoreByMapping } from '@/lib/export/qti/build';
import { taggedAnswers, type TypeExport } from '@/lib/export/mapping';
import type { HighlightItem } from './schema';

/** The passage cut into runs: a target or decoy phrase, or a single other word (by word index). */
export function passageRuns(item: HighlightItem): Array<{ role: 'target' | 'decoy' | 'word'; authorId: string; text: string }> {
  const { words, spans } = highlightSpans(item);
  const startAt = new Map<number, { role: 'target' | 'decoy'; id: string; length: number }>();
  for (const t of item.targets) startAt.set(spans.get(t.id)?.[0] ?? -1, { role: 'target', id: t.id, length: spans.get(t.id)?.length ?? 0 });
  for (const d of item.decoys) startAt.set(spans.get(d.id)?.[0] ?? -1, { role: 'decoy', id: d.id, length: spans.get(d.id)?.length ?? 0 });
  const out: ReturnType<typeof passageRuns> = [];
  for (let i = 0; i < words.length; ) {
    const span = startAt.get(i);
    if (span && span.length > 0) {
      out.push({ role: span.role, authorId: span.id, text: words.slice(i, i + span.length).join(' ') });
      i += span.length;
    } else {
      out.push({ role: 'word', authorId: String(i), text: words[i] as string });
      i += 1;
    }
  }
  return out;
}

export const highlightExport: TypeExport<HighlightItem> = {
  label: 'Highlight words in a passage',
  qti(item, ids) {
    const share = 1 / item.targets.length;
    const runs = passageRuns(item);
    const id = (r: (typeof runs)[number]) => ids(r.role === 'word' ? 'word' : 'hot', `${r.role}:${r.authorId}`);
    const passage: XNode[] = [];
    runs.forEach((r, i) => {
      if (i > 0) passage.push(' ');
      passage.push(h('hottext', { identifier: id(r) }, r.text));
    });
    const mapping = {
      entries: runs.map((r): [string, number] => [id(r), r.role === 'target' ? share : -share]),
      lowerBound: 0,
      upperBound: 1,
    };
    const targets = runs.filter((r) => r.role === 'target').map(id);
    const feedback = [
      ...item.targets.map((t) => ({ id: ids('hot', `target:${t.id}`), text: t.feedback })),
      ...item.decoys.map((d) => ({ id: ids('hot', `decoy:${d.id}`), text: d.feedback })),
    ];
    return {
      declarations: [declaration(RESPONSE, 'multiple', 'identifier', targets, mapping)],
      body: [h('hottextInteraction', { responseIdentifier: RESPONSE, maxChoices: 0 }, h('p', {}, passage))],
      scoring: [scoreByMapping(RESPONSE)],
      feedbackFrom: [RESPONSE],
      keyedFeedback: feedback,
      partFeedback: [`Any other word you chose: ${item.otherFeedback}`],
      interactionTypes: ['hottextInteraction'],
    };
  },
  lms(item) {
    const share = 1 / item.targets.length;
    return {
      lead: [item.passage],
      moodle: {
        qtype: 'multichoice',
        single: false,
        answers: [
          ...item.targets.map((t) => ({ text: t.text, fraction: share, feedback: t.feedback })),
          ...item.decoys.map((d) => ({ text: d.text, fraction: -share, feedback: d.feedback })),
        ],
      },
      partFeedback: [`Any other word: ${item.otherFeedback}`],
    };
  },
  tagged: (item) => taggedAnswers(item.decoys),
  // its row in the mapping table of docs/exports.md (npm run docs:exports writes the table)
  mapping: {
    qti: 'hottext interaction: each target and decoy phrase one hottext, every other word its own hottext',
    scoring: '`map_response`: target +1/k, decoy or other word −1/k, bounds 0..1',
    moodle: 'fallback: `multichoice` (multiple) over target and decoy phrases, passage above',
    gift: 'same fallback',
  },
  losses: {
    qti: [
      'Two or more neighbouring stray words are one stray selection in Claimcheck but one per word in QTI, so a run of stray words costs more there.',
      'The feedback for "any other word" is shown with the explanation, not only when such a word was chosen.',
    ],
    moodle: [
      'Moodle has no hottext question: the passage is shown and the target and decoy phrases become a select-all multichoice, so other words cannot be chosen and the candidates are visible.',
    ],
    gift: ['As Moodle XML: a select-all multichoice over the target and decoy phrases, the passage shown above.'],
  },
};
