// The full-marks answer to an item, in the author's ids: what the demo seed's strong students and the key-secrecy
// tests send. A written item has no key, so the caller gives the text, rated at the top of the rubric.
import type { Item } from '@/content/schema';
import { highlightSpans } from './grade';
import type { Response } from './responses';

export function keyResponse(item: Item, writtenText: string): Response {
  switch (item.type) {
    case 'single':
      return { type: 'single', choice: item.key };
    case 'multiple':
      return { type: 'multiple', choices: [...item.key] };
    case 'classify':
      return { type: 'classify', status: item.key };
    case 'highlight': {
      const { spans } = highlightSpans(item);
      return { type: 'highlight', words: item.targets.flatMap((t) => spans.get(t.id) ?? []) };
    }
    case 'match':
      return { type: 'match', pairs: Object.fromEntries(item.claims.map((c) => [c.id, c.party])) };
    case 'order':
      return { type: 'order', order: [...item.key] };
    case 'scope':
      return { type: 'scope', judgements: Object.fromEntries(item.statements.map((s) => [s.id, s.proves])) };
    case 'written':
      return { type: 'written', text: writtenText, selfRating: 2 };
  }
}
