'use server';
// Teacher account actions: sign up, sign in, sign out, change password. Each parses its form with zod,
// calls better-auth on the server, and answers with a FormState for useActionState.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authErrorCode, getAuth, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/server';
import { isSafeNext, requireTeacher } from '@/lib/auth/session';
import { SIGN_IN_LOCKED_CODE } from '@/lib/auth/sign-in-hooks';
import { checkSignInAllowed, recordSignInFailure } from '@/lib/auth/sign-in-limit';
import { clientAddress } from '@/lib/http/client-address';
import { isAppError, toPublicError } from '@/lib/errors';
import { fieldErrorsOf, textFields, type FormState } from '@/lib/forms/state';
import { limitSignUp } from '@/lib/security/rate-limits';
import { MAX_TEACHER_NAME } from '@/lib/validation/auth-body';
import { hasControlCharacters } from '@/lib/validation/text';
import { isForm, NOT_A_FORM } from '@/lib/forms/guard';

const email = z.email({ error: 'Enter an email address like name@school.org.' }).trim().toLowerCase().max(254);
const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`);

const signUpSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Enter your name as students will see it.')
      .max(MAX_TEACHER_NAME, `Keep your name to ${MAX_TEACHER_NAME} characters or fewer.`)
      .refine((v) => !hasControlCharacters(v), 'Remove the invisible control characters from your name.'),
    email,
    password: newPassword,
  })
  .refine((v) => {
    const local = v.email.split('@')[0] ?? '';
    return local.length < 4 || !v.password.toLowerCase().includes(local);
  }, {
    path: ['password'],
    message: 'Choose a password that does not contain your email address.',
  });

export type SignUpField = 'name' | 'email' | 'password';

export async function signUpAction(_prev: FormState<SignUpField>, form: FormData): Promise<FormState<SignUpField>> {
  if (!isForm(form)) return NOT_A_FORM;
  const raw = textFields(form, ['name', 'email', 'password']);
  const values = { name: (raw.name ?? '').slice(0, 200), email: (raw.email ?? '').slice(0, 300) };
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) {
    return { status: 'error', message: 'Please fix the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  }
  try {
    const requestHeaders = await headers();
    await limitSignUp({ ip: clientAddress(requestHeaders) });
    const auth = await getAuth();
    await auth.api.signUpEmail({ body: parsed.data, headers: requestHeaders });
  } catch (error) {
    const code = authErrorCode(error);
    if (code === 'USER_ALREADY_EXISTS' || code === 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL') {
      return {
        status: 'error',
        message: 'An account with this email already exists.',
        fieldErrors: { email: 'An account with this email already exists. Sign in instead, or use another email.' },
        values,
      };
    }
    if (code === 'PASSWORD_TOO_SHORT' || code === 'PASSWORD_TOO_LONG') {
      return { status: 'error', message: 'Please choose another password.', fieldErrors: { password: `Use ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.` }, values };
    }
    if (code === 'INVALID_EMAIL') {
      return { status: 'error', message: 'Please fix the highlighted fields.', fieldErrors: { email: 'Enter a valid email address.' }, values };
    }
    if (isAppError(error) && error.type === 'rate_limited') return { status: 'error', message: error.message, values };
    return { status: 'error', message: toPublicError(error, 'sign-up').body.message, values };
  }
  redirect('/teacher');
}

const signInSchema = z.object({
  email,
  password: z.string().min(1, 'Enter your password.').max(MAX_PASSWORD_LENGTH, 'That password is too long.'),
  next: z.string().max(512).optional(),
});

export type SignInField = 'email' | 'password';

export async function signInAction(_prev: FormState<SignInField>, form: FormData): Promise<FormState<SignInField>> {
  if (!isForm(form)) return NOT_A_FORM;
  const raw = textFields(form, ['email', 'password', 'next']);
  const values = { email: (raw.email ?? '').slice(0, 300) };
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) {
    return { status: 'error', message: 'Please fix the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  }
  const { email: address, password, next } = parsed.data;
  try {
    const requestHeaders = await headers();
    await checkSignInAllowed({ email: address, ip: clientAddress(requestHeaders) });
    const auth = await getAuth();
    try {
      // better-auth's hooks count a failure against the account, and clear them on success (lib/auth/sign-in-hooks.ts)
      await auth.api.signInEmail({ body: { email: address, password }, headers: requestHeaders });
    } catch (error) {
      const code = authErrorCode(error);
      if (code === 'INVALID_EMAIL_OR_PASSWORD' || code === 'INVALID_PASSWORD' || code === 'CREDENTIAL_ACCOUNT_NOT_FOUND') {
        return { status: 'error', message: 'That email and password do not match an account. Check both and try again.', values };
      }
      if (code === SIGN_IN_LOCKED_CODE) return { status: 'error', message: (error as Error).message, values };
      throw error;
    }
  } catch (error) {
    if (isAppError(error) && error.type === 'rate_limited') return { status: 'error', message: error.message, values };
    return { status: 'error', message: toPublicError(error, 'sign-in').body.message, values };
  }
  redirect(next && isSafeNext(next) ? next : '/teacher');
}

export async function signOutAction(): Promise<void> {
  try {
    const auth = await getAuth();
    await auth.api.signOut({ headers: await headers() });
  } catch (error) {
    // no session to end is fine; anything else is logged, and the cookie is gone either way
    if (!authErrorCode(error)) toPublicError(error, 'sign-out');
  }
  redirect('/teacher/sign-in?signed-out=1');
}

const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(MAX_PASSWORD_LENGTH),
    newPassword,
    confirmPassword: z.string().max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'The two new passwords are not the same.' })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], message: 'Choose a password different from the current one.' });

export type ChangePasswordField = 'currentPassword' | 'newPassword' | 'confirmPassword';

export async function changePasswordAction(
  _prev: FormState<ChangePasswordField>,
  form: FormData,
): Promise<FormState<ChangePasswordField>> {
  if (!isForm(form)) return NOT_A_FORM;
  const teacher = await requireTeacher({ next: '/teacher/account' });
  const parsed = changePasswordSchema.safeParse(textFields(form, ['currentPassword', 'newPassword', 'confirmPassword']));
  if (!parsed.success) {
    return { status: 'error', message: 'Please fix the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error.issues) };
  }
  try {
    const requestHeaders = await headers();
    await checkSignInAllowed({ email: teacher.email, ip: clientAddress(requestHeaders) });
    const auth = await getAuth();
    try {
      await auth.api.changePassword({
        body: { currentPassword: parsed.data.currentPassword, newPassword: parsed.data.newPassword, revokeOtherSessions: true },
        headers: requestHeaders,
      });
    } catch (error) {
      const code = authErrorCode(error);
      if (code === 'INVALID_PASSWORD') {
        await recordSignInFailure({ email: teacher.email });
        return { status: 'error', message: 'Please fix the highlighted fields.', fieldErrors: { currentPassword: 'That is not your current password.' } };
      }
      if (code === 'PASSWORD_TOO_SHORT' || code === 'PASSWORD_TOO_LONG') {
        return { status: 'error', message: 'Please fix the highlighted fields.', fieldErrors: { newPassword: `Use ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.` } };
      }
      throw error;
    }
  } catch (error) {
    if (isAppError(error) && error.type === 'rate_limited') return { status: 'error', message: error.message };
    return { status: 'error', message: toPublicError(error, 'change-password').body.message };
  }
  return { status: 'success', message: 'Your password has been changed. Your other devices have been signed out.' };
}
