import 'server-only';
// Who may become a teacher: better-auth's hooks refuse a sign-up that carries no grant (sign-up-grant.ts) and a
// password the rules refuse, whatever path it comes by; the database hook spends the invite or the setup token
// once, so a link makes one account.
import { APIError } from 'better-auth/api';
// better-auth's replies keep English words (its own are English too): the forms show each by its code, translated
import { errorText } from '@/lib/error-text';
import { consumeInvite, recordInviteUser } from './invites';
import { passwordProblem } from './password-rules';
import { currentSignUpGrant } from './sign-up-grant';
import { setRole } from './teacher-accounts';

export const SIGN_UP_PATH = '/sign-up/email';
export const INVITE_ONLY_CODE = 'SIGN_UP_BY_INVITE_ONLY';

const inviteOnly = () =>
  new APIError('FORBIDDEN', { message: errorText('auth.inviteOnly', 'en'), code: INVITE_ONLY_CODE });

export function beforeSignUp(body: unknown): void {
  // /api/auth/sign-up/email runs with no grant: refused before better-auth looks the email up, so it says nothing
  if (!currentSignUpGrant()) throw inviteOnly();
  const { password, email } = (body ?? {}) as { password?: unknown; email?: unknown };
  const problem = typeof password === 'string' ? passwordProblem(password, typeof email === 'string' ? email : undefined) : null;
  if (problem) throw new APIError('BAD_REQUEST', { message: errorText(problem, 'en'), code: 'PASSWORD_RULES' });
}

/** databaseHooks.user.create.before: the grant is spent here, once. */
export async function beforeUserCreate(): Promise<{ role: 'admin' | 'teacher' }> {
  const grant = currentSignUpGrant();
  if (!grant) throw inviteOnly();
  if (grant.kind === 'invite' && !(await consumeInvite(grant.inviteId))) {
    throw new APIError('FORBIDDEN', { message: errorText('auth.inviteSpent', 'en'), code: 'INVITE_SPENT' });
  }
  // the setup token was spent by the action (consumeSetupToken) before the account is made
  return { role: grant.kind === 'setup' ? 'admin' : 'teacher' };
}

export async function afterUserCreate(userId: string): Promise<void> {
  const grant = currentSignUpGrant();
  if (grant?.kind === 'invite') await recordInviteUser(grant.inviteId, userId);
  if (grant?.kind === 'setup') await setRole(userId, 'admin');
}
