'use server';
// "Not you? Leave this class on this device": the device stops being this student (its token is voided on the
// server and the cookie deleted). The page sends the unsent answers first and clears the device's copy after.
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { forgetDevice } from '@/lib/db/queries/students';
import { formError } from '@/lib/errors';
import { isForm, NOT_A_FORM } from '@/lib/forms/guard';
import type { FormState } from '@/lib/forms/state';
import { clearStudentCookie, readStudentToken } from '@/lib/students/device-cookie';

export async function leaveClassAction(_prev: FormState<never>, form: FormData): Promise<FormState<never>> {
  if (!isForm(form)) return NOT_A_FORM;
  const t = await getTranslations('join.leave');
  const classId = z.uuid().safeParse(form.get('classId'));
  if (!classId.success) return { status: 'error', message: t('noClass') };
  try {
    const token = await readStudentToken({ classId: classId.data });
    if (token) await forgetDevice({ token, classId: classId.data });
    await clearStudentCookie({ classId: classId.data });
  } catch (error) {
    return { status: 'error', message: (await formError(error, 'leave-class')).message };
  }
  return { status: 'success', message: t('left') };
}
