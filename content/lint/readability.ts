// Reading level with kept libraries: syllables from `syllable`, the grade from `flesch-kincaid` (both MIT, wooorm).
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export function gradeLevel(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length === 0) return 0;
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
  const syllables = words.reduce((n, w) => n + (/\d/.test(w) ? 1 : syllable(w)), 0);
  return fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
}
