// Who is the source: the sentence's party is the key, the article's other parties the distractors.
import { explanation, letters, misconceptionsOf, place, q, tidy, type DraftContext, type Drafter, type PartyRef, type Row } from '../draft-context';
import type { Choice } from '../feedback';

function sourceFeedback(key: Row, option: PartyRef, ctx: DraftContext): Choice {
  const sp = key.ann.speaker;
  if (option.id === key.party.id) {
    if (key.party.role === 'writer') {
      const hedge = key.ann.hedges[0];
      return { feedback: `Yes. Nobody is named${hedge ? `: ${q(hedge.text)} passes it on without saying who said it` : ''}. Treat it as a claim and look for whom the writer relies on.` };
    }
    const pointer = sp && !sp.pronoun ? `The words ${q(sp.phrase)} and ${q(sp.verb.text)} point` : key.ann.inheritedFrom ? `The quotation, whose speaker is named in ${key.ann.inheritedFrom}, points` : 'The attribution points';
    return { feedback: `Yes. ${pointer} to ${key.party.name}. Next ask what they gain from it, and who else could check it.` };
  }
  if (option.role === 'reporter') {
    return { feedback: `${option.name} only reports what others say: reporting a statement is not standing behind it.`, misconception: 'agency-vouches' };
  }
  if (option.role === 'writer') {
    return { feedback: `The writer passes it on, but the sentence names who is speaking: ${key.party.name}.` };
  }
  if (key.party.role === 'writer') {
    return { feedback: `${option.name} speaks elsewhere in the article, but this sentence names no source. Assuming who said it is a guess, not a reading.` };
  }
  const elsewhere = ctx.rows.find((r) => r.party.id === option.id);
  return { feedback: `No. ${option.name} is another party in this article${elsewhere ? ` (${elsewhere.id})` : ''}; this statement comes from ${key.party.name}.` };
}

export const sourceDrafter: Drafter = {
  kind: 'source',
  draft(ctx) {
    const picked: Row[] = [];
    for (const party of ctx.parties) {
      const mine = ctx.rows.filter((r) => r.party.id === party.id);
      // a quotation whose speaker is in another sentence, or an unsourced line, makes the question worth asking
      const row = mine.find((r) => r.ann.inheritedFrom || r.ann.speaker?.pronoun || r.ann.hedges.length) ?? mine[0];
      if (row) picked.push(row);
    }
    return picked.flatMap((row, turn) => {
      const others = ctx.parties.filter((p) => p.id !== row.party.id);
      const distractors = [...others.filter((p) => p.role === 'speaker'), ...others.filter((p) => p.role !== 'speaker')].slice(0, 3);
      if (distractors.length === 0) return [];
      const { list, keyAt } = place(row.party, distractors, turn);
      const ids = letters(list.length);
      const options = list.map((p, i) => ({
        id: ids[i]!,
        text: p.role === 'writer' ? 'No one named' : p.name,
        ...tidy(sourceFeedback(row, p, ctx)),
      }));
      return [
        {
          kind: 'source' as const,
          misconceptions: misconceptionsOf(options),
          item: {
            id: `source-${row.id}`,
            type: 'single' as const,
            prompt: `Who is the source of the statement in ${row.id}? ${row.text}`,
            sentences: [row.id],
            explanation: explanation(row, 'what this source gains from the statement, and who else could check it'),
            shuffle: true,
            options,
            key: ids[keyAt]!,
          },
        },
      ];
    });
  },
};
