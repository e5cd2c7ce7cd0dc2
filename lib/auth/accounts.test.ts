// Teachers are invited, not self-made: the setup link makes the admin once, invites make one account each,
// /api/auth/sign-up/email makes none, and disabling a teacher ends their sessions at once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { session, user } from '@/lib/db/schema';
import { useTestDatabase } from '@/test/db';
import { eq } from 'drizzle-orm';
import { emailDomainAllowed, setAllowedDomains } from './email-domains';
import { consumeInvite, createInvite, findOpenInvite, revokeInvite } from './invites';
import { authErrorCode, getAuth } from './server';
import { announceSetupLink, consumeSetupToken, setupTokenValid } from './setup';
import { INVITE_ONLY_CODE } from './sign-up-hooks';
import { withSignUpGrant } from './sign-up-grant';
import { setTeacherDisabled } from './teacher-accounts';

useTestDatabase();
process.env.SETUP_LINK_FILE = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-setup-')), 'setup-link');

const PASSWORD = 'a good long password';
const tokenOf = (url: string, name: string) => new URL(url).searchParams.get(name) ?? '';
const httpSignUp = async (email: string) =>
  (await getAuth()).handler(
    new Request('http://localhost:3000/api/auth/sign-up/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', 'x-forwarded-for': '203.0.113.50' },
      body: JSON.stringify({ name: 'Self made', email, password: PASSWORD }),
    }),
  );

async function signUp(grant: Parameters<typeof withSignUpGrant>[0], email: string) {
  const auth = await getAuth();
  return withSignUpGrant(grant, () => auth.api.signUpEmail({ body: { name: email.split('@')[0] ?? 'T', email, password: PASSWORD } }));
}

describe('teacher accounts', () => {
  it('the first start prints a setup link; it makes the admin once, and then no more links', async () => {
    const url = await announceSetupLink();
    expect(url).toMatch(/\/teacher\/setup\?token=/);
    expect(fs.readFileSync(process.env.SETUP_LINK_FILE!, 'utf8').trim()).toBe(url);
    const token = tokenOf(url!, 'token');
    expect(await setupTokenValid('not-the-token')).toBe(false);
    expect(await consumeSetupToken(token)).toBe(true);
    expect(await consumeSetupToken(token)).toBe(false); // spent: a second visitor cannot become an admin too
    const admin = await signUp({ kind: 'setup' }, 'admin@school.test');
    const db = await getDb();
    expect((await db.select().from(user).where(eq(user.id, admin.user.id)))[0]?.role).toBe('admin');
    expect(await announceSetupLink()).toBeNull();
    expect(fs.existsSync(process.env.SETUP_LINK_FILE!)).toBe(false);
  });

  it('/api/auth/sign-up/email makes no account, and answers the same for a new and a taken email', async () => {
    const fresh = await httpSignUp('stranger@example.test');
    const taken = await httpSignUp('admin@school.test');
    expect(fresh.status).toBe(403);
    expect(taken.status).toBe(403);
    expect(await fresh.json()).toEqual(await taken.json());
    const direct = await (await getAuth()).api.signUpEmail({ body: { name: 'X', email: 'x@example.test', password: PASSWORD } }).catch((e: unknown) => e);
    expect(authErrorCode(direct)).toBe(INVITE_ONLY_CODE);
    const db = await getDb();
    expect(await db.select().from(user).where(eq(user.email, 'stranger@example.test'))).toEqual([]);
  });

  it('an invite makes one account; a used, revoked or expired one makes none', async () => {
    const db = await getDb();
    const [admin] = await db.select().from(user).where(eq(user.email, 'admin@school.test'));
    const { invite, url } = await createInvite({ adminId: admin!.id, days: 7 });
    expect(await findOpenInvite(tokenOf(url, 'invite'))).toMatchObject({ id: invite.id });
    await signUp({ kind: 'invite', inviteId: invite.id }, 'ana@school.test');
    const again = await signUp({ kind: 'invite', inviteId: invite.id }, 'ben@school.test').catch((e: unknown) => e);
    expect(authErrorCode(again)).toBe('INVITE_SPENT');
    expect(await findOpenInvite(tokenOf(url, 'invite'))).toBeNull();

    const revoked = await createInvite({ adminId: admin!.id, days: 1 });
    await revokeInvite({ adminId: admin!.id, inviteId: revoked.invite.id });
    expect(await consumeInvite(revoked.invite.id)).toBe(false);
    const old = await createInvite({ adminId: admin!.id, days: 1, now: new Date(Date.now() - 2 * 86_400_000) });
    expect(await findOpenInvite(tokenOf(old.url, 'invite'))).toBeNull();
    // a teacher who is not the admin cannot invite
    const [ana] = await db.select().from(user).where(eq(user.email, 'ana@school.test'));
    await expect(createInvite({ adminId: ana!.id, days: 7 })).rejects.toMatchObject({ status: 404 });
  });

  it('holds the password rules on better-auth itself, not only in the form', async () => {
    const auth = await getAuth();
    const weak = await withSignUpGrant({ kind: 'domain' }, () =>
      auth.api.signUpEmail({ body: { name: 'R', email: 'rahimi@school.test', password: 'rahimi-password-1' } }),
    ).catch((e: unknown) => e);
    expect(authErrorCode(weak)).toBe('PASSWORD_RULES');
  });

  it('allowed email domains are off until the admin names some', async () => {
    expect(await emailDomainAllowed('t@school.test')).toBe(false);
    await setAllowedDomains(['school.test']);
    expect(await emailDomainAllowed('T@School.test')).toBe(true);
    expect(await emailDomainAllowed('t@evil.test')).toBe(false);
  });

  it('disabling a teacher ends their sessions at once and refuses their sign-in like a wrong password', async () => {
    const auth = await getAuth();
    const db = await getDb();
    const [admin] = await db.select().from(user).where(eq(user.email, 'admin@school.test'));
    const signedIn = await auth.api.signInEmail({ body: { email: 'ana@school.test', password: PASSWORD } });
    const headers = new Headers({ authorization: `Bearer ${signedIn.token}`, cookie: `better-auth.session_token=${signedIn.token}` });
    const ana = signedIn.user.id;
    expect((await db.select().from(session).where(eq(session.userId, ana))).length).toBeGreaterThan(0);
    await setTeacherDisabled({ adminId: admin!.id, teacherId: ana, disabled: true });
    expect(await db.select().from(session).where(eq(session.userId, ana))).toEqual([]);
    expect(await auth.api.getSession({ headers })).toBeNull();
    const refused = await auth.api.signInEmail({ body: { email: 'ana@school.test', password: PASSWORD } }).catch((e: unknown) => e);
    expect(authErrorCode(refused)).toBe('INVALID_EMAIL_OR_PASSWORD');
    await expect(setTeacherDisabled({ adminId: admin!.id, teacherId: admin!.id, disabled: true })).rejects.toMatchObject({ status: 400 });
    await setTeacherDisabled({ adminId: admin!.id, teacherId: ana, disabled: false });
    expect((await auth.api.signInEmail({ body: { email: 'ana@school.test', password: PASSWORD } })).user.id).toBe(ana);
  });
});
