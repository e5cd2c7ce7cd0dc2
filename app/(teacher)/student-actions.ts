'use server';
// A student's time allowance (extra time for a timed assignment). Checks the session here and ownership in the
// data layer.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireTeacher } from '@/lib/auth/session';
import { setStudentTimeFactor } from '@/lib/db/queries/students';
import { issuesMessage } from '@/lib/error-issues';
import { formError, translateError } from '@/lib/errors';
import type { FormState } from '@/lib/forms/state';
import { timeFactorSchema } from '@/lib/validation/teacher';
import { isForm, NOT_A_FORM } from '@/lib/forms/guard';

const schema = z.object({ studentId: z.uuid('Unknown student.'), classId: z.uuid('Unknown class.'), timeFactor: timeFactorSchema });

export async function setTimeFactorAction(_prev: FormState<'timeFactor'>, form: FormData): Promise<FormState<'timeFactor'>> {
  if (!isForm(form)) return NOT_A_FORM;
  const teacher = await requireTeacher();
  const parsed = schema.safeParse({ studentId: form.get('studentId'), classId: form.get('classId'), timeFactor: form.get('timeFactor') });
  if (!parsed.success) return { status: 'error', message: await translateError(issuesMessage(parsed.error.issues, 'student.timeFactor')) };
  try {
    await setStudentTimeFactor({ teacherId: teacher.id, studentId: parsed.data.studentId, timeFactor: parsed.data.timeFactor });
  } catch (error) {
    return { status: 'error', message: (await formError(error, 'set-time-factor')).message };
  }
  revalidatePath(`/teacher/classes/${parsed.data.classId}`);
  return { status: 'success', message: 'Saved.' };
}
