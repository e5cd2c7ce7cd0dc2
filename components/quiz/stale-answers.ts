// Answers kept on a device name the part ids the server sent when they were given. Those ids can change: devices
// still hold the author's ids from before public ids, and every id changes with the app secret. On loading, an item
// whose answer, draft, feedback or queued send names an id the item no longer has loses all four (the rest is
// kept), so a stale answer neither breaks the player nor goes back to the server to be refused.
import type { ItemFeedback } from '@/lib/quiz/feedback';
import { shownPartIds } from '@/lib/quiz/parts';
import type { PublicItem } from '@/lib/quiz/public';
import type { QuizData } from './quiz-store';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** The part ids a draft or a response names: the two share their field names. */
function namedIds(value: unknown): string[] {
  const v = record(value);
  const pairs = record(v.pairs);
  return [
    ...(typeof v.choice === 'string' ? [v.choice] : []),
    ...strings(v.choices),
    ...strings(v.order),
    ...Object.keys(record(v.judgements)),
    ...Object.keys(pairs),
    ...strings(Object.values(pairs)),
  ];
}

/**
 * The part ids feedback names (classify statuses and highlight phrases are not ids the item was sent). Read with
 * care: feedback kept by an older version may lack a field.
 */
function feedbackIds(f: ItemFeedback): string[] {
  const v = record(f);
  const list = (field: string) => (Array.isArray(v[field]) ? (v[field] as unknown[]).map(record) : []);
  switch (f.type) {
    case 'single':
    case 'multiple':
    case 'scope':
      return strings(list(f.type === 'scope' ? 'statements' : 'options').map((o) => o.id));
    case 'match':
      return strings(list('claims').flatMap((c) => [c.id, c.party, c.chosen]));
    case 'order':
      return [...strings(v.key), ...strings(v.order), ...strings(list('steps').map((s) => s.id))];
    default:
      return [];
  }
}

/** The persisted state without whatever names ids its item no longer has. */
export function dropStale(saved: Partial<QuizData>, items: PublicItem[]): Partial<QuizData> {
  const known = new Map(items.map((item) => [item.id, new Set(shownPartIds(item))]));
  const fits = (itemId: string, ids: string[]) => {
    const ok = known.get(itemId);
    return ok !== undefined && ids.every((id) => ok.has(id));
  };
  const stale = new Set<string>();
  for (const [id, draft] of Object.entries(saved.drafts ?? {})) if (!fits(id, namedIds(draft))) stale.add(id);
  for (const [id, answer] of Object.entries(saved.answers ?? {})) if (!fits(id, namedIds(answer?.response))) stale.add(id);
  for (const [id, f] of Object.entries(saved.feedback ?? {})) if (!fits(id, feedbackIds(f))) stale.add(id);
  for (const p of saved.outbox ?? []) if (!fits(p.itemId, namedIds(p.answer?.response))) stale.add(p.itemId);
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
