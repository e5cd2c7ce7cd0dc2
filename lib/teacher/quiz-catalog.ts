import 'server-only';
// The quizzes a teacher can assign: every valid quiz under content/ (and EXTRA_CONTENT_DIRS), read once per process.
import { formatProblems } from '@/content/load';
import type { QuizUse } from '@/content/schema';
import { loadContentDirs } from '@/lib/content/dirs';
import { compareQuizzes } from '@/lib/content/quiz-order';

export interface QuizOption {
  id: string;
  title: string;
  summary: string;
  minutes: number;
  itemCount: number;
  use: QuizUse;
}

const cache = globalThis as unknown as { claimcheckQuizOptions?: QuizOption[] };

export function listQuizOptions(): QuizOption[] {
  if (!cache.claimcheckQuizOptions) {
    const { quizzes, problems } = loadContentDirs();
    if (problems.length > 0) console.error(`[content] problems in content/:\n${formatProblems(problems)}`);
    // the order students see (lesson 1 first): the form's default is the first lesson, not the first title
    cache.claimcheckQuizOptions = [...quizzes.values()]
      .sort(compareQuizzes)
      .map((q) => ({
        id: q.id,
        title: q.title,
        summary: q.summary,
        minutes: q.minutes,
        use: q.use,
        itemCount: q.sections.reduce((n, s) => n + s.items.length, 0),
      }));
  }
  return cache.claimcheckQuizOptions;
}

export function quizTitle(id: string): string {
  return listQuizOptions().find((q) => q.id === id)?.title ?? id;
}
