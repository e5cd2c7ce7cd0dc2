// Every piece of an item's text that must stay on the server until its feedback is due.
import type { Item } from '@/content/schema';

export function secretTexts(item: Item): string[] {
  const texts = [item.explanation];
  if ('options' in item) for (const o of item.options) texts.push(o.feedback);
  if (item.type === 'highlight') {
    texts.push(item.otherFeedback, ...item.targets.map((t) => t.feedback), ...item.decoys.map((d) => d.feedback));
  }
  if (item.type === 'match') texts.push(...item.claims.map((c) => c.feedback));
  if (item.type === 'order') texts.push(...item.steps.map((s) => s.feedback));
  if (item.type === 'scope') texts.push(...item.statements.map((s) => s.feedback));
  if (item.type === 'written') texts.push(item.modelAnswer, ...item.rubric.map((r) => r.description));
  return texts;
}

/** A distinctive stretch of plain characters from a secret, immune to HTML and JSON escaping; null if too short to be telling. */
export function fingerprint(secret: string): string | null {
  const runs = secret.match(/[A-Za-z0-9 ,.;:()-]+/g) ?? [];
  const longest = runs.map((r) => r.trim()).sort((a, b) => b.length - a.length)[0] ?? '';
  return longest.length >= 24 ? longest.slice(0, 60) : null;
}
