import 'server-only';
// Content for the running app: loaded once per process, refused loudly if invalid.
import { formatProblems, type ContentSet } from '@/content/load';
import type { Article, Item, Quiz } from '@/content/schema';
import { loadContentDirs } from './dirs';
import { compareQuizzes } from './quiz-order';

const cache = globalThis as unknown as { claimcheckContent?: ContentSet };

function content(): ContentSet {
  if (!cache.claimcheckContent) {
    const set = loadContentDirs();
    if (set.problems.length > 0) throw new Error(`Invalid content:\n${formatProblems(set.problems)}`);
    cache.claimcheckContent = set;
  }
  return cache.claimcheckContent;
}

export function listQuizzes(): Quiz[] {
  return [...content().quizzes.values()].sort(compareQuizzes);
}

export function getQuiz(id: string): Quiz | undefined {
  return content().quizzes.get(id);
}

export function getArticle(id: string): Article | undefined {
  return content().articles.get(id);
}

export function findItem(quiz: Quiz, itemId: string): Item | undefined {
  for (const section of quiz.sections) {
    const item = section.items.find((i) => i.id === itemId);
    if (item) return item;
  }
  return undefined;
}

export function allItems(quiz: Quiz): Item[] {
  return quiz.sections.flatMap((s) => s.items);
}
