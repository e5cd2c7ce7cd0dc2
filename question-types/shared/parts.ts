// The parts of an item that carry ids (options, claims and parties, steps, statements, highlight phrases), and the
// table that turns them into the public ids the browser sees (lib/quiz/public-ids.ts). Types only, plus the words
// for each kind in messages.
export type PartKind = 'option' | 'claim' | 'party' | 'step' | 'statement' | 'target' | 'decoy';

/** How a bad id of each kind is named to the student: `"zz" is not an option of this question.` */
export const PART_NAMES: Record<PartKind, string> = {
  option: 'an option',
  claim: 'a claim',
  party: 'a party',
  step: 'a step',
  statement: 'a statement',
  target: 'a phrase',
  decoy: 'a phrase',
};

export interface PartIds {
  /** The public id of an author id (an id the item does not have still gets one, which the item will not know). */
  toPublic(kind: PartKind, authorId: string): string;
  /** The author id behind a public id, or undefined for an id this item never sent. */
  toAuthor(kind: PartKind, publicId: string): string | undefined;
}

/** Translates one part id (author to public, or back). */
export type MapId = (kind: PartKind, id: string) => string;

/** `[kind, id]` pairs for a list of parts. */
export const partsOf = (kind: PartKind, parts: Array<{ id: string }>) => parts.map((p): [PartKind, string] => [kind, p.id]);

/** A record's keys translated, its values kept. */
export const mapKeys = <T>(record: Record<string, T>, kind: PartKind, id: MapId): Record<string, T> =>
  Object.fromEntries(Object.entries(record).map(([k, value]) => [id(kind, k), value]));
