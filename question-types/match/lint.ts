// Match in the item-quality gate: chance is one party in n per claim, and a test-wise student pairs each claim with
// the party whose name shares the most words with it.
import type { TypeLint } from '../shared/lint';
import { taggedOf, type LintText } from '../shared/lint';
import type { MatchItem, MatchResponse } from './schema';

const words = (t: string) => new Set(t.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []);

function closestParty(item: MatchItem, claim: string): string {
  const cw = words(claim);
  let best = item.parties[0]?.id ?? '';
  let bestN = -1;
  for (const p of item.parties) {
    const n = [...words(p.name)].filter((w) => cw.has(w)).length;
    if (n > bestN) [best, bestN] = [p.id, n];
  }
  return best;
}

export const matchLint: TypeLint<MatchItem, MatchResponse> = {
  texts: (item) => ({
    question: [...item.parties.map((p): LintText => [`parties.${p.id}`, p.name, 'other']), ...item.claims.map((c): LintText => [`claims.${c.id}.text`, c.text, 'other'])],
    feedback: item.claims.map((c): LintText => [`claims.${c.id}.feedback`, c.feedback, 'verdict']),
  }),
  choiceGroups: () => [],
  tagged: (item) => taggedOf('claims', item.claims, () => 'match-claim', (c) => `${c.text} ${item.parties.map((p) => p.name).join(' ')}`),
  closed: {
    chance: (item) => 1 / item.parties.length,
    testWise: (item, score) => score({ type: 'match', pairs: Object.fromEntries(item.claims.map((c) => [c.id, closestParty(item, c.text)])) }),
  },
  judged: null,
  problems: () => [],
};
