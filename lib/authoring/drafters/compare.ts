// Compare two figures from different parties (disputed, or counting the same kind of thing).
import { cap, letters, misconceptionsOf, place, q, stems, tidy, who, type DraftItem, type Drafter } from '../draft-context';
import { toWrite, type Choice } from '../feedback';

export const compareDrafter: Drafter = {
  kind: 'compare',
  draft(ctx) {
    const figures = ctx.rows.flatMap((r) => r.ann.numbers.filter((n) => !n.year && n.counted).map((n) => ({ row: r, n })));
    const out: DraftItem[] = [];
    const used = new Set<string>();
    for (const [i, a] of figures.entries()) {
      // two figures worth comparing: both in disputed sentences, or counting the same kind of thing
      const comparable = (f: (typeof figures)[number]) =>
        (a.row.status === 'disputed' && f.row.status === 'disputed') || stems(f.n.counted).some((w) => stems(a.n.counted).includes(w));
      const b = figures.slice(i + 1).find((f) => f.row.party.id !== a.row.party.id && !used.has(f.row.id) && comparable(f));
      if (!b || used.has(a.row.id) || out.length >= 2) continue;
      used.add(a.row.id).add(b.row.id);
      const fa = `${a.n.text} ${a.n.counted}`;
      const fb = `${b.n.text} ${b.n.counted}`;
      const official = [a, b].find((f) => f.row.facts.official);
      const choices: Array<{ text: string } & Choice> = [
        { text: 'Each is one side’s figure, maybe counting different people; neither is checked here.', feedback: `Yes. ${cap(who(a.row.party))} and ${who(b.row.party)} each give their own figure, and neither is checked in the article. Compare what each counts (${q(a.n.counted!)} and ${q(b.n.counted!)}) and ask who could count independently.` },
        { text: `The more exact-sounding figure is the one to trust, because precise numbers come from careful counts.`, feedback: `Precision is not evidence: anyone can state an exact number. Ask who counted, and how.`, misconception: 'precise-number' },
        official
          ? { text: `${cap(who(official.row.party))}’s figure, because officials are in a position to know how many there were.`, feedback: `Being in a position to know is not the same as being neutral: a party to the events has reasons to count its way.`, misconception: 'official-source' }
          : { text: `${cap(who(b.row.party))}’s figure, because it is given later, in answer to the first.`, feedback: `Answering last is not evidence. A figure given in reply is still one party's claim.` },
        { text: 'Neither, because when two sides give different numbers, the real number can never be known.', feedback: `Disagreement is where checking starts: names, records and independent investigators can settle a count.`, misconception: 'both-sides-unknowable' },
      ];
      const [key, ...rest] = choices;
      const { list, keyAt } = place(key!, rest, out.length + 1);
      const ids = letters(list.length);
      const options = list.map((c, j) => ({ id: ids[j]!, text: c.text, ...tidy(c) }));
      out.push({
        kind: 'compare',
        misconceptions: misconceptionsOf(options),
        item: {
          id: `compare-${a.row.id}-${b.row.id}`,
          type: 'single',
          prompt: `${cap(who(a.row.party))} gives ${q(fa)} (${a.row.id}); ${who(b.row.party)} gives ${q(fb)} (${b.row.id}). What can you conclude from the article alone?`,
          sentences: [a.row.id, b.row.id],
          explanation: `Two figures from two parties are two claims. ${toWrite('what each side counts, and who could count independently')}`,
          shuffle: true,
          options,
          key: ids[keyAt]!,
        },
      });
    }
    return out;
  },
};
