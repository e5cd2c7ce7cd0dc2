import 'server-only';
// "Draft items": the teacher's annotations (party and status per sentence) and the assistant's detections become
// items of several types, each with feedback for every option and an explanation skeleton to finish.
import { draftItems, type DraftBlock, type Party } from '@/lib/authoring';
import { annotate } from './assistant';
import type { DraftState, DraftStateItem } from './state';

export function draftedItems(state: DraftState): DraftStateItem[] {
  const blocks = state.blocks as DraftBlock[];
  const drafts = draftItems({
    blocks,
    assistant: annotate(blocks),
    parties: state.parties as Array<Pick<Party, 'id' | 'name' | 'role'>>,
    sentences: state.sentences,
  });
  return drafts.map((d) => ({ kind: d.kind, item: d.item as unknown as Record<string, unknown> }));
}
