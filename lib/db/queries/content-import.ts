import 'server-only';
// The server side of YAML export and import (the format: lib/content/yaml.ts). An import is parsed, validated and
// linted before anything is saved; a failure names every problem and saves nothing.
import { exportQuizYaml, parseQuizYaml } from '@/lib/content/yaml';
import { loadQuizForTeacher } from '@/lib/content';
import { isRowArticleId } from '@/lib/content/row-ids';
import { getFileArticle } from '@/lib/content/files';
import { AppError } from '@/lib/errors';
import { ContentCheckError, createQuiz, saveArticle, type RowQuiz } from './content';

/** A quiz this teacher may open (shipped, theirs, or the library's) as a YAML file, or not_found. */
export async function exportQuizForTeacher({ teacherId, quizId }: { teacherId: string; quizId: string }): Promise<string> {
  const loaded = await loadQuizForTeacher(teacherId, quizId);
  if (!loaded) throw new AppError('not_found:quiz', 'quiz.notFound');
  return exportQuizYaml(loaded.quiz, loaded.article);
}

/**
 * Imports an exported file as a new private draft of this teacher's. A shipped article the instance has (same id,
 * same content) is reused; any other article becomes one of the teacher's own.
 */
export async function importQuizYaml({ ownerId, text }: { ownerId: string; text: string }): Promise<RowQuiz> {
  const checked = parseQuizYaml(text);
  if (!checked.ok) throw new ContentCheckError(checked.problems);
  const shipped = isRowArticleId(checked.article.id) ? undefined : getFileArticle(checked.article.id);
  const sameAsShipped = shipped !== undefined && JSON.stringify(shipped) === JSON.stringify(checked.article);
  const articleId = sameAsShipped ? checked.article.id : (await saveArticle({ ownerId, article: checked.article })).id;
  return createQuiz({ ownerId, quiz: { ...checked.quiz, article: articleId } });
}
