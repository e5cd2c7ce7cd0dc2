'use server';
// Roster actions: import names (typed, pasted or a CSV file) and choose how students join. Each checks the session
// itself; the data layer checks ownership.
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { requireTeacher } from '@/lib/auth/session';
import { importRoster, setJoinMode } from '@/lib/db/queries/roster';
import { formError, isAppError } from '@/lib/errors';
import { isForm, NOT_A_FORM } from '@/lib/forms/guard';
import type { FormState } from '@/lib/forms/state';

export type RosterState = FormState<'roster'>;
const MAX_FILE_BYTES = 256 * 1024;

export async function importRosterAction(_prev: RosterState, form: FormData): Promise<RosterState> {
  if (!isForm(form)) return NOT_A_FORM;
  const teacher = await requireTeacher();
  const classId = z.uuid().safeParse(form.get('classId'));
  const t = await getTranslations('classes');
  if (!classId.success) return { status: 'error', message: t('actions.classNotFound') };
  const file = form.get('file');
  let text = String(form.get('roster') ?? '').slice(0, MAX_FILE_BYTES);
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_FILE_BYTES) return { status: 'error', message: t('actions.fileTooLarge'), fieldErrors: { roster: t('actions.fileLimit') } };
    text = new TextDecoder('utf-8').decode(await file.arrayBuffer());
  }
  try {
    const { added } = await importRoster({ teacherId: teacher.id, classId: classId.data, text });
    revalidatePath(`/teacher/classes/${classId.data}`);
    return { status: 'success', message: t('actions.rosterAdded', { n: added }) };
  } catch (error) {
    const { message, fieldErrors } = await formError(error, 'import-roster');
    if (isAppError(error)) return { status: 'error', message, ...(fieldErrors && { fieldErrors }), values: { roster: text.slice(0, 20_000) } };
    return { status: 'error', message };
  }
}

export async function setJoinModeAction(_prev: FormState<never>, form: FormData): Promise<FormState<never>> {
  if (!isForm(form)) return NOT_A_FORM;
  const teacher = await requireTeacher();
  const classId = z.uuid().safeParse(form.get('classId'));
  const mode = z.enum(['open', 'roster']).safeParse(form.get('mode'));
  const t = await getTranslations('classes');
  if (!classId.success || !mode.success) return { status: 'error', message: t('actions.classNotFound') };
  try {
    await setJoinMode({ teacherId: teacher.id, classId: classId.data, mode: mode.data });
  } catch (error) {
    return { status: 'error', message: (await formError(error, 'join-mode')).message };
  }
  revalidatePath(`/teacher/classes/${classId.data}`);
  return { status: 'success', message: mode.data === 'roster' ? t('actions.joinRoster') : t('actions.joinOpen') };
}
