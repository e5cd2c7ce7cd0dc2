// A party's id from its name: lowercase ASCII words joined by dashes, at most 40 characters ("party" if nothing is
// left). Pure and free of the language library, so the editor's browser code and the assistant share it.
export const partySlug = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '') || 'party';

/** The name's slug, or the slug with "-2", "-3"… when that id is taken already. */
export function uniquePartyId(name: string, taken: (id: string) => boolean): string {
  const base = partySlug(name);
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}
