// Highlight the attribution and the judging words the assistant detected; figures are the decoys.
import type { Misconception } from '@/content/schema';
import { findRun } from '@/lib/text/words';
import { misconceptionsOf, q, type DraftItem, type Drafter, type Row } from '../draft-context';
import { toWrite } from '../feedback';

const JUDGING_VERB = /^(?:confirmed|clarified|refuted|revealed|debunked|exposed|admitted)$/i;

export const highlightDrafter: Drafter = {
  kind: 'highlight',
  draft(ctx) {
    const byParagraph = new Map<string, Row[]>();
    for (const r of ctx.rows) byParagraph.set(r.paragraph, [...(byParagraph.get(r.paragraph) ?? []), r]);
    const out: DraftItem[] = [];
    for (const rows of byParagraph.values()) {
      const window = rows.slice(0, 2); // two sentences at most: a passage to read closely, not a page
      const passage = window.map((r) => r.text).join(' ');
      const words = passage.split(/\s+/);
      type Found = { text: string; kind: 'attribution' | 'judgement'; feedback: string };
      const found: Found[] = [];
      const decoys: Array<{ text: string; feedback: string; misconception?: Misconception }> = [];
      for (const r of window) {
        const sp = r.ann.speaker;
        if (sp?.via) found.push({ text: `${/^according/i.test(r.text) ? 'According' : 'according'} to ${sp.via.text}`, kind: 'attribution', feedback: `Yes: ${q(`According to ${sp.via.text}`)} says who reported it. ${sp.via.text} passes the statement on; it does not vouch for it.` });
        if (sp && !sp.pronoun && sp.span !== sp.via) found.push({ text: sp.phrase, kind: 'attribution', feedback: `Yes: ${q(sp.phrase)} tells you who is speaking.` });
        for (const v of r.ann.sideTakingVerbs) {
          const judging = JUDGING_VERB.test(v.text);
          found.push({ text: v.text, kind: judging ? 'judgement' : 'attribution', feedback: judging ? `Yes: ${q(v.text)} is the writer's verb, and it takes a side: it makes the statement sound settled. A neutral verb would be “said”.` : `Yes: ${q(v.text)} reports a statement and casts doubt on it. It does not check it either way.` });
        }
        for (const h of r.ann.hedges) found.push({ text: h.text, kind: 'attribution', feedback: `Yes: ${q(h.text)} passes the statement on without saying who made it.` });
        for (const l of r.ann.labels) found.push({ text: l.text, kind: 'judgement', feedback: `Yes: ${q(l.text)} judges${l.note ? ` (${l.note})` : ''}.` });
        for (const n of r.ann.numbers.filter((x) => !x.year)) decoys.push({ text: n.text, feedback: `A number, not a word that says who speaks or that judges. A precise figure is still only as good as whoever counted it.`, misconception: 'precise-number' });
      }
      const seen = new Set<string>();
      const unique = <T extends { text: string }>(xs: T[]) =>
        xs.filter((x) => {
          const k = x.text.toLowerCase();
          if (seen.has(k) || findRun(words, x.text) < 0) return false;
          seen.add(k);
          return true;
        });
      const targets = unique(found);
      const kept = unique(decoys);
      if (targets.length < 2) continue;
      out.push({
        kind: 'highlight',
        misconceptions: misconceptionsOf(kept),
        item: {
          id: `highlight-${window[0]!.id}`,
          type: 'highlight',
          prompt: 'Select every word or phrase that tells you who is speaking, and every word that judges or takes a side.',
          sentences: window.map((r) => r.id),
          passage,
          targets: targets.map((t, i) => ({ id: `w${i + 1}`, ...t })),
          decoys: kept.map((d, i) => ({ id: `d${i + 1}`, ...d })),
          otherFeedback: 'Not one of the targets. Look for the words that say who is speaking, and for words that praise, condemn or tell you whom to believe.',
          explanation: `Attribution words tell you whose claim you are reading; judging words tell you what the speaker (or the writer) wants you to think of it. ${toWrite('a neutral rewording of the passage')}`,
          shuffle: true,
        },
      });
    }
    return out;
  },
};
