import 'server-only';
// The ids the browser sees for the parts of an item (options, steps, statements, claims, parties, highlight
// phrases). Authors write `key: a` and list steps in order, so their own ids would give the answer away to anyone
// reading the page source. A public id is an HMAC of scope (practice or one assignment, id-scope.ts), item, kind
// and author id keyed with the app secret:
// the same after a restart and on every instance sharing the secret (answers kept on a device stay valid), and
// meaningless without the secret.
import crypto from 'node:crypto';
import type { Item } from '@/content/schema';
import { getAuthSecret } from '@/lib/env';
import type { PartIds, PartKind } from '@/question-types/shared/parts';
import type { IdScope } from './id-scope';
import { itemParts } from './parts';

export type { PartIds, PartKind } from '@/question-types/shared/parts';

// Lowercase hex, so a public id is still a valid id for the response schema (`idSchema`); 8 characters are 32
// bits (unique within an item is all it must be; without the secret no length helps), lengthened on a collision.
const MIN_LENGTH = 8;

function digest(secret: string, scope: string, itemId: string, kind: PartKind, authorId: string): string {
  return crypto.createHmac('sha256', secret).update(`${scope}:${itemId}:${kind}:${authorId}`).digest('hex');
}

function build(scope: string, item: Item, secret: string): PartIds {
  const parts = itemParts(item).map(([kind, id]) => ({ kind, id, full: digest(secret, scope, item.id, kind, id) }));
  let length = MIN_LENGTH;
  // duplicate author ids (refused by content:check) would collide at any length: stop at the whole digest
  while (length < 64 && new Set(parts.map((p) => p.full.slice(0, length))).size < parts.length) length += 4;
  const out = new Map(parts.map((p) => [`${p.kind}:${p.id}`, p.full.slice(0, length)]));
  const back = new Map(parts.map((p) => [`${p.kind}:${p.full.slice(0, length)}`, p.id]));
  return {
    toPublic: (kind, authorId) => out.get(`${kind}:${authorId}`) ?? digest(secret, scope, item.id, kind, authorId).slice(0, length),
    toAuthor: (kind, publicId) => back.get(`${kind}:${publicId}`),
  };
}

// Content is loaded once per process, so each item object gets its table once per scope and secret.
const cache = new WeakMap<Item, Map<string, PartIds>>();

/**
 * The public ids of one item's parts in a scope (`practiceScope(quizId)` or `assignmentScope(assignment)`). Pass
 * the secret when translating many items, to read it once.
 */
export function partIds(scope: IdScope, item: Item, secret: string = getAuthSecret()): PartIds {
  let byKey = cache.get(item);
  if (!byKey) cache.set(item, (byKey = new Map()));
  const key = `${scope}\n${secret}`;
  const found = byKey.get(key);
  if (found) return found;
  const made = build(scope, item, secret);
  byKey.set(key, made);
  return made;
}
