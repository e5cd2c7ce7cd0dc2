// The glossary terms on each question's screen, worked out on the server: the player gets only the few terms its
// items use, not the whole glossary and its matcher in the browser bundle (the question page has a 150 KiB budget).
import { termsIn } from '@/content/glossary';
import type { PublicQuiz } from '@/lib/quiz/public';
import type { GlossaryEntry } from './glossary-list';
import { publicItemTexts } from './public-item-texts';

/** Item id → the terms its public texts use (items with none are left out), without the glossary's own ids. */
export function itemGlossary(quiz: PublicQuiz): Record<string, GlossaryEntry[]> {
  const out: Record<string, GlossaryEntry[]> = {};
  for (const item of quiz.sections.flatMap((s) => s.items)) {
    const terms = termsIn(publicItemTexts(item));
    if (terms.length > 0) out[item.id] = terms.map(({ term, definition, sources }) => ({ term, definition, ...(sources ? { sources } : {}) }));
  }
  return out;
}
