import 'server-only';
// The one way the app reads a quiz: the shipped files (content/, cached, no database) and a teacher's rows
// (lib/db/queries/content.ts) behind one async interface, told apart by the id (lib/content/row-ids.ts). A row
// quiz comes with the article saved in its version, so a later edit changes no student's page. Player, grader,
// guide, reports and exports all load through here; ownership checks are the callers' (see loadQuizForTeacher).
import type { Article, Item, Quiz } from '@/content/schema';
import { getRowQuiz, getRowQuizForTeacher } from '@/lib/db/queries/content';
import { getFileArticle, getFileQuiz, listFileQuizzes } from './files';
import { compareQuizzes } from './quiz-order';
import { isRowQuizId } from './row-ids';

export interface LoadedQuiz {
  quiz: Quiz;
  article: Article;
  /** the version loaded: always 1 for a shipped file */
  version: number;
  origin: 'file' | 'row';
}

export const FILE_QUIZ_VERSION = 1;

function fromFile(id: string): LoadedQuiz | undefined {
  const quiz = getFileQuiz(id);
  const article = quiz ? getFileArticle(quiz.article) : undefined;
  return quiz && article ? { quiz, article, version: FILE_QUIZ_VERSION, origin: 'file' } : undefined;
}

/**
 * A quiz and its article, at the given version (an attempt's) or the current one. For pages already past their
 * own check (an assignment the student joined, a teacher's own assignment): a row's privacy is not checked here.
 */
export async function loadQuiz(id: string, version?: number): Promise<LoadedQuiz | undefined> {
  if (!isRowQuizId(id)) return fromFile(id);
  const row = await getRowQuiz({ quizId: id, version });
  return row ? { quiz: row.quiz, article: row.article, version: row.version, origin: 'row' } : undefined;
}

/** A quiz as a teacher may open it outside an assignment (guide, export): shipped, theirs, or shared to the library. */
export async function loadQuizForTeacher(teacherId: string, id: string): Promise<LoadedQuiz | undefined> {
  if (!isRowQuizId(id)) return fromFile(id);
  const row = await getRowQuizForTeacher({ teacherId, quizId: id });
  return row ? { quiz: row.quiz, article: row.article, version: row.version, origin: 'row' } : undefined;
}

export async function getQuiz(id: string, version?: number): Promise<Quiz | undefined> {
  return (await loadQuiz(id, version))?.quiz;
}

/** The shipped quizzes (the public list; a teacher's rows are listed by lib/db/queries/content.ts). */
export function listQuizzes(): Quiz[] {
  return listFileQuizzes().sort(compareQuizzes);
}

/** A shipped article (a row quiz's article comes with it from loadQuiz). */
export function getArticle(id: string): Article | undefined {
  return getFileArticle(id);
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
