'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { clientAddress } from '@/lib/auth/sign-in-limit';
import { consumeRateLimit } from '@/lib/db/queries/rate-limit';
import { joinClass } from '@/lib/db/queries/students';
import { isAppError, toPublicError } from '@/lib/errors';
import { fieldErrorsOf, type FormState } from '@/lib/forms/state';
import { setStudentCookie } from '@/lib/students/device-cookie';

export type JoinField = 'code' | 'displayName';

const joinSchema = z.object({
  code: z.string().trim().min(1, 'Type the code your teacher gave you.').max(20, 'A join code has 6 characters.'),
  displayName: z.string().max(200, 'Use a shorter name (at most 40 characters).'),
});

export async function joinAction(_prev: FormState<JoinField>, form: FormData): Promise<FormState<JoinField>> {
  const raw = { code: String(form.get('code') ?? ''), displayName: String(form.get('displayName') ?? '') };
  const parsed = joinSchema.safeParse(raw);
  if (!parsed.success) return { status: 'error', fieldErrors: fieldErrorsOf<JoinField>(parsed.error.issues), values: raw };
  // guessing codes is the abuse to slow down: a budget per network address
  const limit = await consumeRateLimit({ key: `join:${clientAddress(await headers())}`, max: 30, windowSeconds: 600 });
  if (!limit.allowed) {
    return { status: 'error', message: `Too many tries. Wait ${Math.ceil(limit.retryAfter / 60)} minute(s) and try again.`, values: raw };
  }
  let assignmentId: string;
  try {
    const joined = await joinClass({ code: parsed.data.code, displayName: parsed.data.displayName });
    await setStudentCookie({ classId: joined.assignment.classId, token: joined.token });
    assignmentId = joined.assignment.id;
  } catch (error) {
    const { body } = toPublicError(error, 'joinAction');
    return {
      status: 'error',
      message: isAppError(error) && error.fields ? undefined : body.message,
      fieldErrors: (isAppError(error) ? error.fields : undefined) as FormState<JoinField>['fieldErrors'],
      values: raw,
    };
  }
  redirect(`/a/${assignmentId}`);
}
