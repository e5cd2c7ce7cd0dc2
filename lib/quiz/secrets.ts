// Every piece of an item's text that must stay on the server until its feedback is due.
import type { Item } from '@/content/schema';
import { questionType } from '@/question-types/lookup';

export function secretTexts(item: Item): string[] {
  return [item.explanation, ...questionType(item.type).secretTexts(item)];
}

/** A distinctive stretch of plain characters from a secret, immune to HTML and JSON escaping; null if too short to be telling. */
export function fingerprint(secret: string): string | null {
  const runs = secret.match(/[A-Za-z0-9 ,.;:()-]+/g) ?? [];
  const longest = runs.map((r) => r.trim()).sort((a, b) => b.length - a.length)[0] ?? '';
  return longest.length >= 24 ? longest.slice(0, 60) : null;
}
