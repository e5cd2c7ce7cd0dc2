import 'server-only';
// The shipped library (content/ and EXTRA_CONTENT_DIRS): loaded once per process, refused loudly if invalid. Sync
// and cached, so the hot path (every student page and answer save) costs a map lookup for a shipped quiz.
// Everything outside lib/content and lib/db reads quizzes through lib/content (index.ts), which adds the rows.
import { formatProblems, type ContentSet } from '@/content/load';
import type { Article, Quiz } from '@/content/schema';
import { loadContentDirs } from './dirs';

const cache = globalThis as unknown as { claimcheckContent?: ContentSet };

function content(): ContentSet {
  if (!cache.claimcheckContent) {
    const set = loadContentDirs();
    if (set.problems.length > 0) throw new Error(`Invalid content:\n${formatProblems(set.problems)}`);
    cache.claimcheckContent = set;
  }
  return cache.claimcheckContent;
}

export function listFileQuizzes(): Quiz[] {
  return [...content().quizzes.values()];
}

export function getFileQuiz(id: string): Quiz | undefined {
  return content().quizzes.get(id);
}

export function getFileArticle(id: string): Article | undefined {
  return content().articles.get(id);
}
