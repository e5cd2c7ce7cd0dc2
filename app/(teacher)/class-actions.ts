'use server';
// Class and assignment actions. Each one checks the session itself, and the data layer checks ownership:
// nothing trusts the page that showed the form.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { requireTeacher } from '@/lib/auth/session';
import { closeAssignment, createAssignment } from '@/lib/db/queries/assignments';
import { archiveClass, createClass, renameClass, restoreClass } from '@/lib/db/queries/classes';
import { issuesMessage } from '@/lib/error-issues';
import { formError, translateError } from '@/lib/errors';
import { fieldErrorsOf, textFields, type FormState } from '@/lib/forms/state';
import { listAssignableQuizOptions } from '@/lib/teacher/quiz-catalog';
import { zonedLocalToUtc } from '@/lib/time/zoned';
import { assignmentModeSchema, classNameSchema, type AssignmentInput } from '@/lib/validation/teacher';
import { isForm, NOT_A_FORM } from '@/lib/forms/guard';

/** An action's refusal in the request's locale: an AppError's own message and fields, else the generic one (logged). */
async function failure<F extends string>(error: unknown, where: string, values?: Partial<Record<F, string>>): Promise<FormState<F>> {
  const { message, fieldErrors } = await formError(error, where);
  return { status: 'error', message, ...(fieldErrors && { fieldErrors: fieldErrors as Partial<Record<F, string>> }), ...(values && { values }) };
}

// ---------- classes ----------
export type ClassNameField = 'name';

export async function createClassAction(_prev: FormState<ClassNameField>, form: FormData): Promise<FormState<ClassNameField>> {
  if (!isForm(form)) return NOT_A_FORM;
  const teacher = await requireTeacher();
  const parsed = classNameSchema.safeParse(form.get('name') ?? '');
  const values = { name: String(form.get('name') ?? '').slice(0, 200) };
  const t = await getTranslations('classes');
  if (!parsed.success) return { status: 'error', message: t('actions.fixField'), fieldErrors: { name: await translateError(issuesMessage(parsed.error.issues, 'class.nameRequired')) }, values };
  let classId: string;
  try {
    classId = (await createClass({ teacherId: teacher.id, name: parsed.data })).id;
  } catch (error) {
    return failure(error, 'create-class', values);
  }
  revalidatePath('/teacher');
  redirect(`/teacher/classes/${classId}`);
}

const classIdSchema = z.uuid();

export async function renameClassAction(_prev: FormState<ClassNameField>, form: FormData): Promise<FormState<ClassNameField>> {
  if (!isForm(form)) return NOT_A_FORM;
  const teacher = await requireTeacher();
  const classId = classIdSchema.safeParse(form.get('classId'));
  const name = classNameSchema.safeParse(form.get('name') ?? '');
  const values = { name: String(form.get('name') ?? '').slice(0, 200) };
  const t = await getTranslations('classes');
  if (!classId.success) return { status: 'error', message: t('actions.classNotFound') };
  if (!name.success) return { status: 'error', message: t('actions.fixField'), fieldErrors: { name: await translateError(issuesMessage(name.error.issues, 'class.nameRequired')) }, values };
  try {
    const renamed = await renameClass({ teacherId: teacher.id, classId: classId.data, name: name.data });
    revalidatePath('/teacher');
    revalidatePath(`/teacher/classes/${renamed.id}`);
    return { status: 'success', message: t('actions.renamed', { name: renamed.name }), values: { name: renamed.name } };
  } catch (error) {
    return failure(error, 'rename-class', values);
  }
}

export type SimpleState = FormState<never>;

export async function archiveClassAction(_prev: SimpleState, form: FormData): Promise<SimpleState> {
  if (!isForm(form)) return NOT_A_FORM;
  const teacher = await requireTeacher();
  const classId = classIdSchema.safeParse(form.get('classId'));
  const t = await getTranslations('classes');
  if (!classId.success) return { status: 'error', message: t('actions.classNotFound') };
  const restore = form.get('restore') === '1';
  try {
    if (restore) await restoreClass({ teacherId: teacher.id, classId: classId.data });
    else await archiveClass({ teacherId: teacher.id, classId: classId.data });
  } catch (error) {
    return failure(error, 'archive-class');
  }
  revalidatePath('/teacher');
  revalidatePath(`/teacher/classes/${classId.data}`);
  return {
    status: 'success',
    message: restore ? t('actions.restored') : t('actions.archived'),
  };
}

// ---------- assignments ----------
export type AssignmentField = 'quizId' | 'opensAt' | 'dueAt' | 'mode' | 'attemptsAllowed' | 'timeLimitMinutes' | 'shuffle';

const FIELDS = ['classId', 'quizId', 'opensAt', 'dueAt', 'tz', 'mode', 'attemptsAllowed', 'timeLimitMinutes', 'shuffle'] as const;

const wholeNumber = (message: string) => z.string().trim().regex(/^\d{1,4}$/, message).transform(Number);

/** Its messages in the reader's language (`t`: the `assignments` namespace). */
const assignmentFormSchema = (t: (key: string) => string) =>
  z.object({
    classId: z.uuid(),
    quizId: z.string({ error: t('errors.chooseQuiz') }).min(1, t('errors.chooseQuiz')).max(100, t('errors.quizFromList')),
    opensAt: z.string().max(40, t('errors.opensAt')).optional(),
    dueAt: z.string({ error: t('errors.chooseDue') }).min(1, t('errors.chooseDue')).max(40, t('errors.dueAt')),
    tz: z.string().max(64).optional(),
    mode: assignmentModeSchema,
    attemptsAllowed: wholeNumber(t('errors.attempts')),
    timeLimitMinutes: z.union([z.literal('').transform(() => null), wholeNumber(t('errors.timeLimit'))]),
    shuffle: z.string().max(10).optional(),
  });

export async function createAssignmentAction(_prev: FormState<AssignmentField>, form: FormData): Promise<FormState<AssignmentField>> {
  if (!isForm(form)) return NOT_A_FORM;
  const teacher = await requireTeacher();
  const raw = textFields(form, FIELDS);
  const values: Partial<Record<AssignmentField, string>> = {
    quizId: raw.quizId ?? '',
    opensAt: raw.opensAt ?? '',
    dueAt: raw.dueAt ?? '',
    mode: raw.mode ?? '',
    attemptsAllowed: raw.attemptsAllowed ?? '',
    timeLimitMinutes: raw.timeLimitMinutes ?? '',
    shuffle: raw.shuffle ? 'on' : '',
  };
  const t = await getTranslations('assignments');
  const parsed = assignmentFormSchema(t).safeParse({ ...raw, timeLimitMinutes: raw.timeLimitMinutes ?? '' });
  if (!parsed.success) {
    return { status: 'error', message: t('errors.summary'), fieldErrors: await fieldErrorsOf(parsed.error.issues), values };
  }
  const f = parsed.data;
  const tz = f.tz || 'UTC';
  const opensAt = f.opensAt ? zonedLocalToUtc(f.opensAt, tz) : new Date();
  const dueAt = zonedLocalToUtc(f.dueAt, tz);
  const dateErrors: Partial<Record<AssignmentField, string>> = {};
  if (!opensAt) dateErrors.opensAt = t('errors.opensAtOrEmpty');
  if (!dueAt) dateErrors.dueAt = t('errors.dueAt');
  if (!opensAt || !dueAt) return { status: 'error', message: t('errors.summary'), fieldErrors: dateErrors, values };

  const input: AssignmentInput = {
    quizId: f.quizId,
    opensAt,
    dueAt,
    mode: f.mode,
    attemptsAllowed: f.attemptsAllowed,
    timeLimitMinutes: f.timeLimitMinutes,
    shuffle: f.shuffle === 'on',
  };
  let assignmentId: string;
  try {
    const knownQuizIds = new Set((await listAssignableQuizOptions(teacher.id)).map((q) => q.id));
    assignmentId = (await createAssignment({ teacherId: teacher.id, classId: f.classId, input, knownQuizIds })).id;
  } catch (error) {
    return failure(error, 'create-assignment', values);
  }
  revalidatePath(`/teacher/classes/${f.classId}`);
  redirect(`/teacher/assignments/${assignmentId}/share`);
}

export async function closeAssignmentAction(_prev: SimpleState, form: FormData): Promise<SimpleState> {
  if (!isForm(form)) return NOT_A_FORM;
  const teacher = await requireTeacher();
  const assignmentId = z.uuid().safeParse(form.get('assignmentId'));
  const t = await getTranslations('assignments');
  if (!assignmentId.success) return { status: 'error', message: t('errors.notFound') };
  try {
    const closed = await closeAssignment({ teacherId: teacher.id, assignmentId: assignmentId.data });
    revalidatePath(`/teacher/classes/${closed.classId}`);
    revalidatePath(`/teacher/assignments/${closed.id}/share`);
  } catch (error) {
    return failure(error, 'close-assignment');
  }
  return { status: 'success', message: t('closed') };
}
