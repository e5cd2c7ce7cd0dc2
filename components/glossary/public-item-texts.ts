import type { PublicItem } from '@/lib/quiz/public';

// Keys whose values are not text a student reads: ids (opaque public ids, article sentence ids), the type name, flags.
const NOT_TEXT = new Set(['id', 'type', 'party', 'shuffle', 'kind', 'sentences']);

function texts(value: unknown, key: string | null, out: string[]): void {
  if (key !== null && NOT_TEXT.has(key)) return;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) {
    for (const v of value) texts(v, null, out);
    // a list of plain words (a highlight passage arrives split into words) is read as one text too, so terms of
    // several words are found across it
    if (value.length > 1 && value.every((v) => typeof v === 'string')) out.push(value.join(' '));
  }
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) texts(v, k, out);
}

/**
 * Every text a student sees on an item before answering: where its glossary terms are looked for. Read off the
 * public view itself, whatever the item's type (its prompt, stimulus, options, statements, steps, words…), so a new
 * question type needs nothing here; the public view holds no key or feedback, so nothing secret is searched.
 */
export function publicItemTexts(item: PublicItem): string[] {
  const out: string[] = [];
  texts(item, null, out);
  return out;
}
