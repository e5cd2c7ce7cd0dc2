// The full-marks answer to an item, in the author's ids: what the demo seed's strong students and the key-secrecy
// tests send. A written item has no key, so the caller gives the text, rated at the top of the rubric.
import type { Item } from '@/content/schema';
import { questionType } from '@/question-types/lookup';
import type { Response } from './responses';

export function keyResponse(item: Item, writtenText: string): Response {
  return questionType(item.type).keyResponse(item, writtenText);
}
