'use server';
// Tidying a class list: rename a student, merge two who are one person, remove one. The session is checked here,
// ownership in the data layer (lib/db/queries/student-admin.ts).
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { requireTeacher } from '@/lib/auth/session';
import { mergeStudents, removeStudent, renameStudent } from '@/lib/db/queries/student-admin';
import { formError } from '@/lib/errors';
import { isForm, NOT_A_FORM } from '@/lib/forms/guard';
import type { FormState } from '@/lib/forms/state';

export type StudentListState = FormState<'name' | 'intoId'>;

const schema = z.object({
  op: z.enum(['rename', 'merge', 'remove']),
  classId: z.uuid(),
  studentId: z.uuid(),
  name: z.string().max(200).optional(),
  intoId: z.string().max(100).optional(),
});

export async function studentListAction(_prev: StudentListState, form: FormData): Promise<StudentListState> {
  if (!isForm(form)) return NOT_A_FORM;
  const teacher = await requireTeacher();
  const parsed = schema.safeParse(Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')));
  const t = await getTranslations('classes');
  if (!parsed.success) return { status: 'error', message: t('actions.studentNotFound') };
  const { op, classId, studentId, name, intoId } = parsed.data;
  let message: string;
  try {
    if (op === 'rename') message = t('actions.studentRenamed', { name: (await renameStudent({ teacherId: teacher.id, studentId, name: name ?? '' })).displayName });
    else if (op === 'merge') message = t('actions.studentMerged', { name: (await mergeStudents({ teacherId: teacher.id, fromId: studentId, intoId: intoId ?? '' })).displayName });
    else {
      await removeStudent({ teacherId: teacher.id, studentId });
      message = t('actions.studentRemoved');
    }
  } catch (error) {
    const refused = await formError(error, `student-${op}`);
    return { status: 'error', message: refused.message, ...(refused.fieldErrors && { fieldErrors: refused.fieldErrors }) };
  }
  revalidatePath(`/teacher/classes/${classId}`);
  return { status: 'success', message };
}
