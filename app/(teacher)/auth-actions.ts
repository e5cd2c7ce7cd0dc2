'use server';
// Teacher account actions: sign up, sign in, sign out, change password. Each parses its form with zod,
// calls better-auth on the server, and answers with a FormState for useActionState.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { emailDomainAllowed } from '@/lib/auth/email-domains';
import { findOpenInvite } from '@/lib/auth/invites';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, newPasswordSchema, passwordIssue, passwordProblem } from '@/lib/auth/password-rules';
import { authErrorCode, getAuth } from '@/lib/auth/server';
import { consumeSetupToken } from '@/lib/auth/setup';
import { INVITE_ONLY_CODE } from '@/lib/auth/sign-up-hooks';
import { withSignUpGrant, type SignUpGrant } from '@/lib/auth/sign-up-grant';
import { isSafeNext, requireTeacher } from '@/lib/auth/session';
import { retryAfterOf, SIGN_IN_LOCKED_CODE } from '@/lib/auth/sign-in-hooks';
import { checkSignInAllowed, recordSignInFailure, tooManyMessage } from '@/lib/auth/sign-in-limit';
import { clientAddress } from '@/lib/http/client-address';
import { errorMessage, formError, toPublicError, translateError, type ErrorMessage } from '@/lib/errors';
import { fieldErrorsOf, textFields, type FormState } from '@/lib/forms/state';
import { limitSignUp } from '@/lib/security/rate-limits';
import { MAX_TEACHER_NAME } from '@/lib/validation/auth-body';
import { hasControlCharacters } from '@/lib/validation/text';
import { isForm, NOT_A_FORM } from '@/lib/forms/guard';

const email = z.email({ error: 'auth.emailFormat' }).trim().toLowerCase().max(254);

const accountSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'auth.nameRequired')
      .max(MAX_TEACHER_NAME, 'auth.nameTooLong')
      .refine((v) => !hasControlCharacters(v), 'auth.nameControl'),
    email,
    password: newPasswordSchema,
  })
  .superRefine((v, ctx) => {
    // the same rules better-auth's hook holds /api/auth/* to (lib/auth/password-rules.ts)
    const problem = passwordProblem(v.password, v.email);
    if (problem) ctx.addIssue(passwordIssue(problem, ['password']));
  });

export type SignUpField = 'name' | 'email' | 'password';

// The same answer whether the email has an account, or the invite was spent a moment ago: nothing tells a
// stranger with a link which addresses have accounts.
const NOT_CREATED = 'auth.notCreated';
const INVITE_ONLY_MESSAGE = 'auth.inviteOnly';
/** The errors the forms show, in the request's locale (better-auth's own replies are read by their code). */
const say = (message: ErrorMessage) => translateError(message);
const FIX_FIELDS = 'request.fixFields';

async function createAccount(
  grant: SignUpGrant,
  body: z.infer<typeof accountSchema>,
  values: Partial<Record<SignUpField, string>>,
): Promise<FormState<SignUpField> | null> {
  try {
    const requestHeaders = await headers();
    await limitSignUp({ ip: clientAddress(requestHeaders) });
    const auth = await getAuth();
    await withSignUpGrant(grant, () => auth.api.signUpEmail({ body, headers: requestHeaders }));
    return null;
  } catch (error) {
    const code = authErrorCode(error);
    if (code === 'USER_ALREADY_EXISTS' || code === 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL' || code === 'INVITE_SPENT') {
      return { status: 'error', message: await say(NOT_CREATED), values };
    }
    if (code === 'PASSWORD_TOO_SHORT' || code === 'PASSWORD_TOO_LONG' || code === 'PASSWORD_RULES') {
      const problem = passwordProblem(body.password, body.email) ?? errorMessage('auth.passwordLength', { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH });
      return { status: 'error', message: await say('auth.choosePassword'), fieldErrors: { password: await say(problem) }, values };
    }
    if (code === 'INVALID_EMAIL') {
      return { status: 'error', message: await say(FIX_FIELDS), fieldErrors: { email: await say('auth.emailInvalid') }, values };
    }
    if (code === INVITE_ONLY_CODE) return { status: 'error', message: await say(INVITE_ONLY_MESSAGE), values };
    return { status: 'error', message: (await formError(error, 'sign-up')).message, values };
  }
}

function readAccountForm(form: FormData) {
  const raw = textFields(form, ['name', 'email', 'password']);
  const values = { name: (raw.name ?? '').slice(0, 200), email: (raw.email ?? '').slice(0, 300) };
  return { parsed: accountSchema.safeParse(raw), values };
}

/** A new teacher, from an invite link (hidden field `invite`) or, if the admin allows it, an email domain. */
export async function signUpAction(_prev: FormState<SignUpField>, form: FormData): Promise<FormState<SignUpField>> {
  if (!isForm(form)) return NOT_A_FORM;
  const { parsed, values } = readAccountForm(form);
  if (!parsed.success) {
    return { status: 'error', message: await say(FIX_FIELDS), fieldErrors: await fieldErrorsOf(parsed.error.issues), values };
  }
  const token = form.get('invite');
  let grant: SignUpGrant;
  try {
    const invite = typeof token === 'string' && token ? await findOpenInvite(token) : null;
    if (invite) grant = { kind: 'invite', inviteId: invite.id };
    else if (typeof token === 'string' && token) return { status: 'error', message: await say(NOT_CREATED), values };
    else if (await emailDomainAllowed(parsed.data.email)) grant = { kind: 'domain' };
    else return { status: 'error', message: await say(INVITE_ONLY_MESSAGE), fieldErrors: { email: await say('auth.emailNotAllowed') }, values };
  } catch (error) {
    return { status: 'error', message: (await formError(error, 'sign-up')).message, values };
  }
  const failed = await createAccount(grant, parsed.data, values);
  if (failed) return failed;
  redirect('/teacher');
}

/** The first account, the admin, from the setup link the server printed at its first start. */
export async function setupAction(_prev: FormState<SignUpField>, form: FormData): Promise<FormState<SignUpField>> {
  if (!isForm(form)) return NOT_A_FORM;
  const { parsed, values } = readAccountForm(form);
  if (!parsed.success) {
    return { status: 'error', message: await say(FIX_FIELDS), fieldErrors: await fieldErrorsOf(parsed.error.issues), values };
  }
  const token = form.get('token');
  try {
    if (typeof token !== 'string' || !(await consumeSetupToken(token))) {
      return { status: 'error', message: await say('auth.setupLinkInvalid'), values };
    }
  } catch (error) {
    return { status: 'error', message: (await formError(error, 'setup')).message, values };
  }
  const failed = await createAccount({ kind: 'setup' }, parsed.data, values);
  if (failed) {
    return { ...failed, message: (await say(errorMessage('auth.setupLinkSpent', { problem: failed.message ?? '' }))).trim() };
  }
  redirect('/teacher/admin?welcome=1');
}

const signInSchema = z.object({
  email,
  password: z.string().min(1, 'auth.passwordRequired').max(MAX_PASSWORD_LENGTH, 'auth.passwordTooLongShort'),
  next: z.string().max(512).optional(),
});

export type SignInField = 'email' | 'password';

export async function signInAction(_prev: FormState<SignInField>, form: FormData): Promise<FormState<SignInField>> {
  if (!isForm(form)) return NOT_A_FORM;
  const raw = textFields(form, ['email', 'password', 'next']);
  const values = { email: (raw.email ?? '').slice(0, 300) };
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) {
    return { status: 'error', message: await say(FIX_FIELDS), fieldErrors: await fieldErrorsOf(parsed.error.issues), values };
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
        return { status: 'error', message: await say('auth.wrongCredentials'), values };
      }
      if (code === SIGN_IN_LOCKED_CODE) return { status: 'error', message: await say(tooManyMessage(retryAfterOf(error))), values };
      throw error;
    }
  } catch (error) {
    return { status: 'error', message: (await formError(error, 'sign-in')).message, values };
  }
  redirect(next && isSafeNext(next) ? next : '/teacher');
}

export async function signOutAction(): Promise<void> {
  try {
    const auth = await getAuth();
    await auth.api.signOut({ headers: await headers() });
  } catch (error) {
    // no session to end is fine; anything else is logged, and the cookie is gone either way
    if (!authErrorCode(error)) await toPublicError(error, 'sign-out');
  }
  redirect('/teacher/sign-in?signed-out=1');
}

const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'auth.currentPasswordRequired').max(MAX_PASSWORD_LENGTH),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(MAX_PASSWORD_LENGTH, 'auth.confirmTooLong'),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'auth.passwordsDiffer' })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], message: 'auth.passwordSame' });

export type ChangePasswordField = 'currentPassword' | 'newPassword' | 'confirmPassword';

export async function changePasswordAction(
  _prev: FormState<ChangePasswordField>,
  form: FormData,
): Promise<FormState<ChangePasswordField>> {
  if (!isForm(form)) return NOT_A_FORM;
  const teacher = await requireTeacher({ next: '/teacher/account' });
  const parsed = changePasswordSchema.safeParse(textFields(form, ['currentPassword', 'newPassword', 'confirmPassword']));
  if (!parsed.success) {
    return { status: 'error', message: await say(FIX_FIELDS), fieldErrors: await fieldErrorsOf<ChangePasswordField>(parsed.error.issues) };
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
        return { status: 'error', message: await say(FIX_FIELDS), fieldErrors: { currentPassword: await say('auth.currentPasswordWrong') } };
      }
      if (code === 'PASSWORD_TOO_SHORT' || code === 'PASSWORD_TOO_LONG') {
        const length = errorMessage('auth.passwordLength', { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH });
        return { status: 'error', message: await say(FIX_FIELDS), fieldErrors: { newPassword: await say(length) } };
      }
      throw error;
    }
  } catch (error) {
    return { status: 'error', message: (await formError(error, 'change-password')).message };
  }
  const t = await getTranslations('account.password');
  return { status: 'success', message: t('changed') };
}
