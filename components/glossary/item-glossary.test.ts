import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/content/load';
import { termsIn } from '@/content/glossary';
import { practiceScope } from '@/lib/quiz/id-scope';
import { toPublicQuiz } from '@/lib/quiz/public';
import { itemGlossary } from './item-glossary';
import { publicItemTexts } from './public-item-texts';

const quiz = loadContent(path.resolve(import.meta.dirname, '../../content')).quizzes.get('paktika-practice')!;
const pub = toPublicQuiz(quiz, practiceScope(quiz.id), 'item-glossary-test-secret-item-glossary-0123');

describe('words to know per question, worked out on the server', () => {
  const glossary = itemGlossary(pub);
  const items = pub.sections.flatMap((s) => s.items);

  it('gives each question exactly the terms its own public texts use', () => {
    expect(Object.keys(glossary).length).toBeGreaterThan(0);
    for (const item of items) expect((glossary[item.id] ?? []).map((t) => t.term)).toEqual(termsIn(publicItemTexts(item)).map((t) => t.term));
  });

  it('sends no term a question does not use, so the player never needs the whole glossary', () => {
    for (const [id, terms] of Object.entries(glossary)) {
      expect(items.map((i) => i.id)).toContain(id);
      expect(terms.length).toBeGreaterThan(0);
      // no glossary id reaches the page: one could equal an item's part id (the key-leak scan looks for those)
      for (const t of terms) expect(Object.keys(t).sort()).toEqual(expect.arrayContaining(['definition', 'term']));
      for (const t of terms) expect(t).not.toHaveProperty('id');
    }
  });
});
