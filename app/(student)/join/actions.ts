'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { clientAddress } from '@/lib/http/client-address';
import { getOpenAssignmentByCode } from '@/lib/db/queries/assignments';
import { rosterJoin } from '@/lib/db/queries/roster';
import { getStudentByToken, joinClass } from '@/lib/db/queries/students';
import { formError, isAppError } from '@/lib/errors';
import { fieldErrorsOf, type FormState } from '@/lib/forms/state';
import { checkJoinAllowed, recordJoinFailure } from '@/lib/security/rate-limits';
import { getAuthSecret } from '@/lib/env';
import { readJoinDeviceId, readStudentToken, renewJoinDeviceId, setStudentCookie } from '@/lib/students/device-cookie';
import { joinKeyFitsDevice } from '@/lib/students/join-key';
import { echo, joinCodeInputSchema } from '@/lib/validation/student';
import { isForm, NOT_A_FORM } from '@/lib/forms/guard';

export type JoinField = 'code' | 'displayName' | 'studentId' | 'personalCode';

const joinSchema = (shorterName: string) =>
  z.object({
    code: joinCodeInputSchema,
    // the name's real rule (1 to 40 characters, tidied) is normalizeDisplayName's; this only bounds the raw input
    displayName: z.string().max(200, shorterName),
    joinKey: z.string().max(200).optional(), // its form and device are checked below, with a message the form shows
  });

/** The student this device already is in the class of this code, if any (an open join under another name is flagged). */
async function studentOnThisDevice(code: string): Promise<string | undefined> {
  const found = await getOpenAssignmentByCode({ code });
  const token = found ? await readStudentToken({ classId: found.class.id }) : null;
  const student = token && found ? await getStudentByToken({ token, classId: found.class.id }) : null;
  return student?.id;
}

export async function joinAction(_prev: FormState<JoinField>, form: FormData): Promise<FormState<JoinField>> {
  if (!isForm(form)) return NOT_A_FORM;
  const raw = { code: String(form.get('code') ?? ''), displayName: String(form.get('displayName') ?? '') };
  const picked = form.get('studentId');
  const values = {
    code: echo(raw.code, 20),
    displayName: echo(raw.displayName, 200),
    ...(typeof picked === 'string' && picked ? { studentId: echo(picked, 40) } : {}),
  };
  const joinKey = form.get('joinKey');
  const t = await getTranslations('join.errors');
  const parsed = joinSchema(t('shorterName')).safeParse({ ...raw, joinKey: typeof joinKey === 'string' && joinKey ? joinKey : undefined });
  if (!parsed.success) return { status: 'error', fieldErrors: await fieldErrorsOf<JoinField>(parsed.error.issues), values };
  // the key is spent by this device's last join, and means nothing on another device (lib/students/join-key.ts)
  if (parsed.data.joinKey && !joinKeyFitsDevice(getAuthSecret(), parsed.data.joinKey, await readJoinDeviceId())) {
    return { status: 'error', message: t('formSpent'), values };
  }
  // guessing codes is the abuse to slow down: unknown codes per network address, and a generous cap on all joins
  // (a whole school may share one address)
  const ip = clientAddress(await headers());
  let assignmentId: string;
  try {
    await checkJoinAllowed({ ip });
  } catch (error) {
    return { status: 'error', message: (await formError(error, 'joinAction')).message, values };
  }
  try {
    const studentId = form.get('studentId');
    if (form.get('roster') === '1' && !(typeof studentId === 'string' && studentId)) {
      return { status: 'error', fieldErrors: { studentId: t('chooseName') }, values };
    }
    const joined =
      typeof studentId === 'string' && studentId
        ? // a roster class: the name picked and the personal code typed
          await rosterJoin({ code: parsed.data.code, studentId, personalCode: String(form.get('personalCode') ?? '').slice(0, 20) })
        : await joinClass({ ...parsed.data, sameDeviceAs: await studentOnThisDevice(parsed.data.code) });
    await setStudentCookie({ classId: joined.assignment.classId, token: joined.token });
    await renewJoinDeviceId();
    assignmentId = joined.assignment.id;
  } catch (error) {
    // guessing codes, join codes or personal ones, is what the per-address limit slows
    if (isAppError(error) && (error.code === 'not_found:join_code' || error.code === 'bad_request:personal_code')) await recordJoinFailure({ ip });
    const { message, fieldErrors } = await formError(error, 'joinAction');
    return {
      status: 'error',
      message: fieldErrors ? undefined : message,
      fieldErrors: fieldErrors as FormState<JoinField>['fieldErrors'],
      values,
    };
  }
  redirect(`/a/${assignmentId}`);
}
