import 'server-only';
// A teacher account is made only with a grant: the setup link (the first account, the admin), an invite, or an
// allowed email domain. The server action that checked one runs better-auth's sign-up inside withSignUpGrant;
// better-auth's hooks (sign-up-hooks.ts) refuse any sign-up without one, so /api/auth/sign-up/email makes no account.
import { AsyncLocalStorage } from 'node:async_hooks';

export type SignUpGrant = { kind: 'setup' } | { kind: 'invite'; inviteId: string } | { kind: 'domain' };

const storage = new AsyncLocalStorage<SignUpGrant>();

export function withSignUpGrant<T>(grant: SignUpGrant, work: () => Promise<T>): Promise<T> {
  return storage.run(grant, work);
}

export function currentSignUpGrant(): SignUpGrant | undefined {
  return storage.getStore();
}
