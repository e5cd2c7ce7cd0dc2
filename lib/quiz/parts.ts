// The parts of an item that carry ids: options, claims and parties, steps, statements, highlight phrases (classify
// options are the status words, the same for every item). These are the ids a key refers to. No server code here:
// the id codec, the player and the tests all read it.
import type { Item } from '@/content/schema';
import type { PublicItem } from './public';

export type PartKind = 'option' | 'claim' | 'party' | 'step' | 'statement' | 'target' | 'decoy';

/** Every part of an item, as the author wrote it, with its kind. */
export function itemParts(item: Item): Array<[PartKind, string]> {
  const of = (kind: PartKind, parts: Array<{ id: string }>) => parts.map((p): [PartKind, string] => [kind, p.id]);
  switch (item.type) {
    case 'single':
    case 'multiple':
      return of('option', item.options);
    case 'highlight':
      return [...of('target', item.targets), ...of('decoy', item.decoys)];
    case 'match':
      return [...of('claim', item.claims), ...of('party', item.parties)];
    case 'order':
      return of('step', item.steps);
    case 'scope':
      return of('statement', item.statements);
    case 'classify':
    case 'written':
      return [];
  }
}

/** The part ids the browser was given for an item (highlight phrases are not sent before feedback). */
export function shownPartIds(item: PublicItem): string[] {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return item.options.map((o) => o.id);
    case 'match':
      return [...item.claims.map((c) => c.id), ...item.parties.map((p) => p.id)];
    case 'order':
      return item.steps.map((s) => s.id);
    case 'scope':
      return item.statements.map((s) => s.id);
    case 'classify':
    case 'highlight':
    case 'written':
      return [];
  }
}
