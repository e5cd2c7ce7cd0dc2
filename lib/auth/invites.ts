import 'server-only';
// Invite links: an admin makes one per new teacher. Single use (spent atomically when the account is made),
// expiring, revocable. Only the token's hash is stored; the link is shown to the admin once.
import crypto from 'node:crypto';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { invites, type Invite } from '@/lib/db/schema';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { isAdmin } from './teacher-accounts';

export const INVITE_DAYS = [1, 7, 30] as const;
export const MAX_INVITE_NOTE = 120;

const hash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export function inviteUrl(token: string): string {
  return `${getEnv().appUrl}/teacher/sign-up?invite=${token}`;
}

export async function createInvite({ adminId, note, days, now = new Date() }: { adminId: string; note?: string; days: number; now?: Date }): Promise<{ invite: Invite; url: string }> {
  if (!(await isAdmin(adminId))) throw new AppError('not_found:invite', 'admin.onlyAdminInvites');
  if (!Number.isInteger(days) || days < 1 || days > 30) throw new AppError('bad_request:invite_days', 'admin.inviteDays');
  const token = crypto.randomBytes(24).toString('base64url');
  const db = await getDb();
  const [invite] = await db
    .insert(invites)
    .values({ tokenHash: hash(token), createdBy: adminId, note: note?.slice(0, MAX_INVITE_NOTE) || null, expiresAt: new Date(now.getTime() + days * 86_400_000) })
    .returning();
  if (!invite) throw new Error('insert into invites returned no row');
  return { invite, url: inviteUrl(token) };
}

export type InviteStatus = 'open' | 'used' | 'expired' | 'revoked';

export function inviteStatus(invite: Invite, now = new Date()): InviteStatus {
  if (invite.revokedAt) return 'revoked';
  if (invite.usedAt) return 'used';
  return invite.expiresAt <= now ? 'expired' : 'open';
}

export async function listInvites({ adminId }: { adminId: string }): Promise<Invite[]> {
  if (!(await isAdmin(adminId))) return [];
  const db = await getDb();
  return db.select().from(invites).orderBy(desc(invites.createdAt)).limit(100);
}

export async function revokeInvite({ adminId, inviteId }: { adminId: string; inviteId: string }): Promise<void> {
  if (!(await isAdmin(adminId))) throw new AppError('not_found:invite', 'admin.inviteNotFound');
  const db = await getDb();
  const [row] = await db.update(invites).set({ revokedAt: new Date() }).where(and(eq(invites.id, inviteId), isNull(invites.usedAt))).returning();
  if (!row) throw new AppError('not_found:invite', 'admin.inviteUsed');
}

const usable = (now: Date) => and(isNull(invites.usedAt), isNull(invites.revokedAt), gt(invites.expiresAt, now));

/** The open invite with this token, or null (unknown, used, expired or revoked: all alike). */
export async function findOpenInvite(token: string, now = new Date()): Promise<Invite | null> {
  if (!token || token.length > 100) return null;
  const db = await getDb();
  const [row] = await db.select().from(invites).where(and(eq(invites.tokenHash, hash(token)), usable(now)));
  return row ?? null;
}

/** Spends an invite, once: of two sign-ups with one link at the same moment, one gets the account. */
export async function consumeInvite(inviteId: string, now = new Date()): Promise<boolean> {
  const db = await getDb();
  const rows = await db.update(invites).set({ usedAt: now }).where(and(eq(invites.id, inviteId), usable(now))).returning();
  return rows.length > 0;
}

export async function recordInviteUser(inviteId: string, userId: string): Promise<void> {
  const db = await getDb();
  await db.update(invites).set({ usedBy: userId }).where(eq(invites.id, inviteId));
}
