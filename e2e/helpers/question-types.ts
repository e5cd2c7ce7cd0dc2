// Each question type's e2e parts (how the student answers it, how Cito's player is driven), from its own folder:
// question-types/<type>/e2e.ts exports `e2e`. Found by the item's type, the folder's name, so a new type needs no
// line here or in any registry; question-types/registry.test.ts checks that every registered type has the file.
// Loaded on demand (and not through the server registry, whose modules are not all loadable outside the app).
import type { Item, ItemType } from '@/content/schema';
import type { Response } from '@/lib/quiz/responses';
import type { E2eType } from '@/question-types/shared/e2e';

/** The e2e parts of a type, with its own types erased (callers pass an item of that type). */
export function e2eType(type: ItemType): E2eType<Item, Response> {
  // a require, not an import: the folder is named by the type, known only at run time
  const mod = require(`../../question-types/${type}/e2e`) as { e2e?: E2eType<Item, Response> };
  if (!mod.e2e) throw new Error(`question-types/${type}/e2e.ts must export its parts as \`e2e\``);
  return mod.e2e;
}
