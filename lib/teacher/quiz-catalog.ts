import 'server-only';
// The quizzes a teacher can assign: every valid quiz under content/ (and EXTRA_CONTENT_DIRS), read once per process,
// and the published quizzes of the teacher's own and the instance library's (database rows, read per request).
import { formatProblems } from '@/content/load';
import type { Quiz, QuizUse } from '@/content/schema';
import { isRowQuizId } from '@/lib/content/row-ids';
import { getRowQuiz, listAssignableRowQuizzes } from '@/lib/db/queries/content';
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
    cache.claimcheckQuizOptions = [...quizzes.values()].sort(compareQuizzes).map(toOption);
  }
  return cache.claimcheckQuizOptions;
}

function toOption(q: Quiz): QuizOption {
  return { id: q.id, title: q.title, summary: q.summary, minutes: q.minutes, use: q.use, itemCount: q.sections.reduce((n, s) => n + s.items.length, 0) };
}

/** What this teacher may assign: the shipped quizzes, then their own and the library's published ones. */
export async function listAssignableQuizOptions(teacherId: string): Promise<QuizOption[]> {
  const rows = await listAssignableRowQuizzes({ teacherId });
  return [...listQuizOptions(), ...rows.map((r) => toOption(r.quiz))];
}

/** The title of a shipped quiz (sync, cached); for any quiz id, shipped or row, use quizTitleOf. */
export function quizTitle(id: string): string {
  return listQuizOptions().find((q) => q.id === id)?.title ?? id;
}

export async function quizTitleOf(id: string): Promise<string> {
  if (!isRowQuizId(id)) return quizTitle(id);
  return (await getRowQuiz({ quizId: id }))?.quiz.title ?? id;
}
