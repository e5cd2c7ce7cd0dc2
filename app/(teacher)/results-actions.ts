'use server';
// Results actions: a teacher's rating of a written answer. Checks the session itself; the data layer checks that
// the attempt is in one of this teacher's classes.
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { idSchema } from '@/content/schema';
import { findItem, getQuiz } from '@/lib/content';
import { requireTeacher } from '@/lib/auth/session';
import { setTeacherRating } from '@/lib/db/queries/answers';
import { getAttemptForTeacher } from '@/lib/db/queries/attempts';
import { formError, isAppError } from '@/lib/errors';
import { fieldErrorsOf, textFields, type FormState } from '@/lib/forms/state';
import { isForm, NOT_A_FORM } from '@/lib/forms/guard';

export type RatingField = 'rating';

/** Its message in the reader's language (`t`: the `reports` namespace). */
const ratingSchema = (t: (key: string) => string) =>
  z.object({
    assignmentId: z.uuid(),
    attemptId: z.uuid(),
    itemId: idSchema,
    rating: z.enum(['0', '1', '2'], { error: t('rating.choose') }).transform(Number),
  });

export async function rateWrittenAnswerAction(_prev: FormState<RatingField>, form: FormData): Promise<FormState<RatingField>> {
  if (!isForm(form)) return NOT_A_FORM;
  const teacher = await requireTeacher();
  const t = await getTranslations('reports');
  const NOT_FOUND: FormState<RatingField> = { status: 'error', message: t('rating.notFound') };
  const parsed = ratingSchema(t).safeParse(textFields(form, ['assignmentId', 'attemptId', 'itemId', 'rating']));
  if (!parsed.success) {
    const fieldErrors = await fieldErrorsOf<RatingField>(parsed.error.issues.filter((i) => i.path[0] === 'rating'));
    return fieldErrors.rating ? { status: 'error', message: fieldErrors.rating, fieldErrors } : NOT_FOUND;
  }
  const { assignmentId, attemptId, itemId, rating } = parsed.data;
  let studentId: string;
  let label: string;
  try {
    const found = await getAttemptForTeacher({ teacherId: teacher.id, attemptId });
    if (!found || found.assignment.id !== assignmentId) return NOT_FOUND;
    const quiz = await getQuiz(found.assignment.quizId, found.attempt.quizVersion);
    const item = quiz ? findItem(quiz, itemId) : undefined;
    if (item?.type !== 'written') return { status: 'error', message: t('rating.writtenOnly') };
    await setTeacherRating({ teacherId: teacher.id, attemptId, itemId, rating });
    studentId = found.attempt.studentId;
    label = item.rubric.find((r) => r.level === rating)?.label ?? '';
  } catch (error) {
    if (isAppError(error) && (error.type === 'not_found' || error.type === 'forbidden')) return NOT_FOUND;
    return { status: 'error', message: (await formError(error, 'rate-written-answer')).message };
  }
  const results = `/teacher/assignments/${assignmentId}/results`;
  revalidatePath(results);
  revalidatePath(`${results}/print`);
  revalidatePath(`${results}/students/${studentId}`);
  return { status: 'success', message: label ? t('rating.savedLabel', { rating, label, counts: rating / 2 }) : t('rating.saved', { rating, counts: rating / 2 }) };
}
