import 'server-only';
// The teacher's merge and split of sentences, applied to a whole draft state: the blocks change (lib/authoring's
// pure operations), and everything that names a sentence follows the new ids (the teacher's party and status
// choices, the drafted items' sentence links). A sentence that is new after a split starts from the assistant's
// suggestion; parties the assistant finds anew join the list, the teacher's own stay as they are.
import { mergeWithNext, splitAt, allSentences, type DraftBlock } from '@/lib/authoring';
import { z } from 'zod';
import { say, type Translate } from '@/lib/authoring/messages';
import { annotate, assistantView } from './assistant';
import type { AssistantView } from './hints';
import type { DraftState } from './state';

export const editOpSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('merge'), sentence: z.string().max(64) }),
  z.strictObject({ op: z.literal('split'), sentence: z.string().max(64), offset: z.number().int().min(0).max(20_000) }),
]);
export type EditOp = z.infer<typeof editOpSchema>;

export type EditOutcome = { ok: true; state: DraftState; assistant: AssistantView } | { ok: false; message: string };

/** `t` is the `authoring` namespace in the teacher's language: a refusal and the assistant's reasons come back as text. */
export function applyEdit(state: DraftState, op: EditOp, t: Translate): EditOutcome {
  const blocks = state.blocks as DraftBlock[];
  const result = op.op === 'merge' ? mergeWithNext(blocks, op.sentence) : splitAt(blocks, op.sentence, op.offset);
  if (!result.ok) return { ok: false, message: say(t, [result.message]) };
  const annotation = annotate(result.blocks);
  const renamed = (id: string) => result.renamed[id] ?? id;
  // the teacher's choice for each new id: that of the old sentence now bearing it (the earlier one, after a merge)
  const chosen = new Map<string, DraftState['sentences'][number]>();
  for (const s of state.sentences) {
    const now = renamed(s.id);
    if (!chosen.has(now) || now === s.id) chosen.set(now, { ...s, id: now });
  }
  const live = new Set(allSentences(result.blocks).map((s) => s.id));
  const fresh = new Map(annotation.sentences.map((s) => [s.id, s]));
  const sentences = allSentences(result.blocks).map((s) => {
    const kept = chosen.get(s.id);
    // after a split, the new second half (no old sentence maps onto it) takes the assistant's suggestion
    const isNew = !state.sentences.some((old) => renamed(old.id) === s.id);
    if (kept && !isNew) return kept;
    const a = fresh.get(s.id)!;
    return { id: s.id, claim: true, party: a.party, status: a.suggestion.status };
  });
  const known = new Set(state.parties.map((p) => p.id));
  const parties = [
    ...state.parties,
    ...annotation.parties.filter((p) => !known.has(p.id)).map(({ id, name, role }) => ({ id, name, role })),
  ];
  const follow = (x: unknown) =>
    [...new Set((Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string') : []).map(renamed))].filter((id) => live.has(id));
  const items = state.items.map((d) => ({ ...d, item: { ...d.item, sentences: follow(d.item.sentences) } }));
  const layout = state.layout && {
    ...state.layout,
    uncovered: follow(state.layout.uncovered),
    // the claim map of a quiz opened from the library names sentences too
    claimMap: state.layout.claimMap.map((party) => ({
      ...party,
      claims: Array.isArray(party.claims) ? (party.claims as Array<Record<string, unknown>>).map((c) => ({ ...c, sentences: follow(c.sentences) })) : party.claims,
    })),
  };
  const next = { ...state, blocks: result.blocks, sentences, parties, items, ...(layout && { layout }) };
  return { ok: true, state: next, assistant: assistantView(annotation, t) };
}
