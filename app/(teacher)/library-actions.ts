'use server';
// The quiz library's actions: share to the library or take back, publish or unpublish, open in the editor (owner
// only), and duplicate any quiz this teacher may see into a new private draft of their own. Each one checks the session itself, and the
// data layer checks ownership: another teacher's private quiz is "not found", as an unknown one.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { idSchema } from '@/content/schema';
import { requireTeacher } from '@/lib/auth/session';
import { openQuizDraft } from '@/lib/authoring/editor/open';
import { ContentCheckError, duplicateQuiz, setQuizVisibility } from '@/lib/db/queries/content';
import { publishQuiz, unpublishQuiz } from '@/lib/db/queries/content-publish';
import { errorMessage, formError, translateError } from '@/lib/errors';
import { isForm, NOT_A_FORM } from '@/lib/forms/guard';
import type { FormState } from '@/lib/forms/state';

export type LibraryState = FormState<never> & { problems?: string[] };

const shareSchema = z.object({ quizId: idSchema, visibility: z.enum(['private', 'library']) });
const publishSchema = z.object({ quizId: idSchema, status: z.enum(['draft', 'published']) });
const duplicateSchema = z.object({ quizId: idSchema });

const notFound = async (): Promise<LibraryState> => ({ status: 'error', message: await translateError('quiz.notFound') });

async function failure(error: unknown, where: string): Promise<LibraryState> {
  if (error instanceof ContentCheckError) {
    const message = await translateError(errorMessage('quiz.cannotPublish', { count: error.problems.length }));
    return { status: 'error', message, problems: error.problems.map((p) => `${p.file} ${p.path}: ${p.message}`) };
  }
  return { status: 'error', message: (await formError(error, where)).message };
}

/** The steps every library action shares: a form, a signed-in teacher, zod on the fields, then the change. */
async function attempt<S extends z.ZodType<Record<string, string>>, T>(
  form: unknown,
  schema: S,
  where: string,
  change: (teacherId: string, input: z.infer<S>) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; state: LibraryState }> {
  if (!isForm(form)) return { ok: false, state: NOT_A_FORM };
  const teacher = await requireTeacher();
  const parsed = schema.safeParse(Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')));
  if (!parsed.success) return { ok: false, state: await notFound() };
  try {
    return { ok: true, value: await change(teacher.id, parsed.data) };
  } catch (error) {
    return { ok: false, state: await failure(error, where) };
  }
}

async function run<S extends z.ZodType<Record<string, string>>>(
  form: unknown,
  schema: S,
  where: string,
  change: (teacherId: string, input: z.infer<S>) => Promise<string>,
): Promise<LibraryState> {
  const done = await attempt(form, schema, where, change);
  if (!done.ok) return done.state;
  revalidatePath('/teacher/quizzes');
  return { status: 'success', message: done.value };
}

export async function shareQuizAction(_prev: LibraryState, form: FormData): Promise<LibraryState> {
  return run(form, shareSchema, 'share-quiz', async (ownerId, { quizId, visibility }) => {
    await setQuizVisibility({ ownerId, quizId, visibility });
    const t = await getTranslations('library.actions');
    return visibility === 'library' ? t('shared') : t('takenBack');
  });
}

export async function publishQuizAction(_prev: LibraryState, form: FormData): Promise<LibraryState> {
  return run(form, publishSchema, 'publish-quiz', async (ownerId, { quizId, status }) => {
    const t = await getTranslations('library.actions');
    if (status === 'published') {
      await publishQuiz({ ownerId, quizId });
      return t('published');
    }
    await unpublishQuiz({ ownerId, quizId });
    return t('unpublished');
  });
}

export async function duplicateQuizAction(_prev: LibraryState, form: FormData): Promise<LibraryState> {
  return run(form, duplicateSchema, 'duplicate-quiz', async (teacherId, { quizId }) => {
    const copy = await duplicateQuiz({ teacherId, sourceId: quizId });
    return (await getTranslations('library.actions'))('copied', { title: copy.quiz.title });
  });
}

/** Edit: the owner's row quiz opens in the editor (its open draft, or a new one built from it); anyone else's is not found. */
export async function editQuizAction(_prev: LibraryState, form: FormData): Promise<LibraryState> {
  const done = await attempt(form, duplicateSchema, 'edit-quiz', (ownerId, { quizId }) => openQuizDraft({ ownerId, quizId }));
  if (!done.ok) return done.state;
  redirect(`/teacher/drafts/${done.value.id}`);
}
