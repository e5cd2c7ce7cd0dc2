// Answers kept on a device name the part ids the server sent when they were given. Those ids can change: devices
// still hold the author's ids from before public ids, and every id changes with the app secret. On loading, an item
// whose answer, draft, feedback or queued send names an id the item no longer has loses all four (the rest is
// kept), so a stale answer neither breaks the player nor goes back to the server to be refused.
import { clientType } from '@/question-types/client';
import { record } from '@/question-types/shared/read';
import type { PublicItem } from '@/question-types/types';
import type { QuizData } from './quiz-store';

/** The persisted state without whatever names ids its item no longer has. */
export function dropStale(saved: Partial<QuizData>, items: PublicItem[]): Partial<QuizData> {
  const byId = new Map(items.map((item) => {
    const rules = clientType(item.type);
    return [item.id, { rules, shown: new Set(rules.shownIds(item)) }];
  }));
  // whether what was kept for an item names only ids the item has, read with the rules of the item's type
  const fits = (itemId: string, value: unknown, read: 'namedIds' | 'feedbackIds') => {
    const known = byId.get(itemId);
    return known !== undefined && known.rules[read](record(value)).every((id) => known.shown.has(id));
  };
  const stale = new Set<string>();
  for (const [id, draft] of Object.entries(saved.drafts ?? {})) if (!fits(id, draft, 'namedIds')) stale.add(id);
  for (const [id, answer] of Object.entries(saved.answers ?? {})) if (!fits(id, answer?.response, 'namedIds')) stale.add(id);
  for (const [id, f] of Object.entries(saved.feedback ?? {})) if (!fits(id, f, 'feedbackIds')) stale.add(id);
  for (const p of saved.outbox ?? []) if (!fits(p.itemId, p.answer?.response, 'namedIds')) stale.add(p.itemId);
  if (stale.size === 0) return saved;
  const keep = <T>(byItem: Record<string, T> = {}) => Object.fromEntries(Object.entries(byItem).filter(([id]) => !stale.has(id)));
  return {
    ...saved,
    drafts: keep(saved.drafts),
    answers: keep(saved.answers),
    feedback: keep(saved.feedback),
    outbox: (saved.outbox ?? []).filter((p) => !stale.has(p.itemId)),
  };
}
