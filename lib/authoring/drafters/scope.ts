// What a finding proves, from a pair of claims: one party rejecting another's account.
import { cap, misconceptionsOf, nearest, type DraftItem, type Drafter } from '../draft-context';
import { toWrite } from '../feedback';

export const scopeDrafter: Drafter = {
  kind: 'scope',
  draft(ctx) {
    const out: DraftItem[] = [];
    for (const row of ctx.rows) {
      if (row.status !== 'disputed' || !(row.ann.contradicts || row.ann.contradictedBy)) continue;
      // the pair: who claims, who contradicts
      let claimant = row.party.name;
      let contradictor = row.ann.contradictedBy?.text;
      const sentences = [row.id];
      if (!contradictor) {
        contradictor = row.party.name;
        const other = nearest(ctx.rows, row, (r) => r.status === 'disputed' && r.party.id !== row.party.id && r.party.role !== 'writer');
        claimant = other?.party.name ?? row.ann.contradicts?.target ?? 'another party';
        if (other) sentences.unshift(other.id);
      }
      const statements = [
        { text: `${cap(contradictor)} does not accept what ${claimant} says.`, proves: true, feedback: `Proves it: the article reports the rejection (${row.id}).` },
        { text: `The two parties disagree about what happened.`, proves: true, feedback: `Proves it, and that is all it proves: there are two accounts.` },
        { text: `What ${claimant} says is false.`, proves: false, feedback: `A rejection is itself a claim. Being contradicted does not make a statement false; only evidence does.`, misconception: 'debunk-true' as const },
        { text: `${cap(contradictor)}’s own account is correct.`, proves: false, feedback: `Rejecting the other side's account is not evidence for your own. ${cap(contradictor)} offers no independent check here.`, misconception: row.facts.official ? ('official-source' as const) : ('debunk-true' as const) },
        { text: `Since they disagree, nobody can find out what happened.`, proves: false, feedback: `Disagreement is where checking starts: names, places, records and independent investigators can settle facts.`, misconception: 'both-sides-unknowable' as const },
      ];
      out.push({
        kind: 'scope',
        misconceptions: misconceptionsOf(statements),
        item: {
          id: `scope-${row.id}`,
          type: 'scope',
          prompt: 'For each statement, decide: does this finding prove it, or not?',
          sentences,
          finding: `The article reports: “${row.text}”`,
          statements: statements.map((s, i) => ({ id: `s${i + 1}`, ...s })),
          explanation: `A finding proves only what it shows: here, that two parties give different accounts. Neither account is checked by the other's rejection. ${toWrite('what independent evidence would settle it')}`,
          shuffle: true,
        },
      });
    }
    return out;
  },
};
