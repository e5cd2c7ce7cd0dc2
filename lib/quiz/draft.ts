// Turns an input's draft into a complete response, or says what is still missing.
import type { PublicItem } from './public';
import { responseSchema, type Response } from './responses';

export function draftToResponse(item: PublicItem, draft: unknown): { response: Response } | { missing: string } {
  const parsed = responseSchema.safeParse(draft);
  const missing = (text: string) => ({ missing: text });
  if (!parsed.success || parsed.data.type !== item.type) {
    return missing(item.type === 'written' ? 'Write your answer first.' : 'Choose an answer first.');
  }
  const r = parsed.data;
  if (r.type === 'multiple' && r.choices.length === 0) return missing('Select at least one option.');
  if (r.type === 'highlight' && r.words.length === 0) return missing('Select at least one word in the passage.');
  if (r.type === 'match' && item.type === 'match' && Object.keys(r.pairs).length < item.claims.length) {
    return missing('Match every claim to a party first.');
  }
  if (r.type === 'scope' && item.type === 'scope' && Object.keys(r.judgements).length < item.statements.length) {
    return missing('Decide for every statement first.');
  }
  if (r.type === 'order' && item.type === 'order' && r.order.length < item.steps.length) {
    return missing('Put every step in order first.');
  }
  return { response: r };
}
