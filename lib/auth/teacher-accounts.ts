import 'server-only';
// Teacher accounts as the admin sees them: who they are, their role, and disabling one (which ends their sessions
// at once: sessions live in the database and every page looks its session up).
import { and, asc, count, eq, isNull, ne } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { session, user, type TeacherRole } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';

export interface TeacherAccount {
  id: string;
  name: string;
  email: string;
  role: TeacherRole;
  createdAt: Date;
  disabledAt: Date | null;
}

export async function countAccounts(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(user);
  return row?.n ?? 0;
}

export async function listTeacherAccounts(): Promise<TeacherAccount[]> {
  const db = await getDb();
  return db
    .select({ id: user.id, name: user.name, email: user.email, role: user.role, createdAt: user.createdAt, disabledAt: user.disabledAt })
    .from(user)
    .orderBy(asc(user.createdAt));
}

export async function isAdmin(userId: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ role: user.role, disabledAt: user.disabledAt }).from(user).where(eq(user.id, userId));
  return row?.role === 'admin' && row.disabledAt === null;
}

/** True if an account with this email exists and is disabled. */
export async function isDisabledEmail(email: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ disabledAt: user.disabledAt }).from(user).where(eq(user.email, email.trim().toLowerCase()));
  return row?.disabledAt != null;
}

export async function isDisabledUser(userId: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ disabledAt: user.disabledAt }).from(user).where(eq(user.id, userId));
  return row?.disabledAt != null;
}

export async function setRole(userId: string, role: TeacherRole): Promise<void> {
  const db = await getDb();
  await db.update(user).set({ role }).where(eq(user.id, userId));
}

/** Disables (and signs out everywhere) or enables a teacher. An admin cannot disable themself. */
export async function setTeacherDisabled({ adminId, teacherId, disabled }: { adminId: string; teacherId: string; disabled: boolean }): Promise<TeacherAccount> {
  if (!(await isAdmin(adminId))) throw new AppError('not_found:teacher', 'admin.teacherNotFound');
  if (teacherId === adminId) throw new AppError('bad_request:teacher', 'admin.cannotDisableSelf');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(user)
      .set({ disabledAt: disabled ? new Date() : null })
      .where(and(eq(user.id, teacherId), disabled ? isNull(user.disabledAt) : ne(user.role, 'admin')))
      .returning();
    const found = row ?? (await tx.select().from(user).where(eq(user.id, teacherId)))[0];
    if (!found) throw new AppError('not_found:teacher', 'admin.teacherNotFound');
    if (disabled) await tx.delete(session).where(eq(session.userId, teacherId));
    return { id: found.id, name: found.name, email: found.email, role: found.role, createdAt: found.createdAt, disabledAt: found.disabledAt };
  });
}
