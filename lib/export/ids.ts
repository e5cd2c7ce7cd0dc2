// Opaque identifiers for QTI choices and hottexts: a hash of item, role and author id. Stable across exports (an
// LMS re-import matches them) and they give nothing away: author ids like "a" or "true-verified" spell the key.
import { createHash } from 'node:crypto';
import type { IdMaker } from './mapping';

export function idMaker(itemId: string): IdMaker {
  const seen = new Map<string, string>();
  return (role, authorId) => {
    const key = `${role}\u0000${authorId}`;
    let id = seen.get(key);
    if (!id) {
      id = `${role.slice(0, 1).toUpperCase()}${createHash('sha256').update(`${itemId}\u0000${key}`).digest('hex').slice(0, 10)}`;
      seen.set(key, id);
    }
    return id;
  };
}

/** A QTI identifier for an item or section: author ids may start with a digit, which QTI identifiers may not. */
export const qtiId = (prefix: string, id: string) => `${prefix}-${id}`;
