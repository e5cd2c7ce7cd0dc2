// The e2e tests read the same content files the app serves, so they know each item's key.
import path from 'node:path';
import { loadContent } from '../../content/load';
import type { Article, Item, Quiz } from '../../content/schema';

const content = loadContent(path.resolve(__dirname, '../../content'));

export function quiz(id = 'paktika-practice'): Quiz {
  const q = content.quizzes.get(id);
  if (!q) throw new Error(`no quiz ${id}`);
  return q;
}

export function items(q: Quiz = quiz()): Item[] {
  return q.sections.flatMap((s) => s.items);
}

export const allQuizzes = () => [...content.quizzes.values()];

export const article = (id: string): Article | undefined => content.articles.get(id);
