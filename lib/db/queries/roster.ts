import 'server-only';
// Class rosters: the teacher's list of students, each with a personal code. In a roster class a student joins by
// picking their name and typing their code; unknown names cannot join, and the same student on another device (or
// weeks later) continues as themselves: the new device gets a new token, and the old one no longer works.
import crypto from 'node:crypto';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { AppError, errorMessage } from '@/lib/errors';
import { keyed } from '@/lib/error-message';
import { chooseDisplayName, nameKey } from '@/lib/students/display-name';
import { generatePersonalCode, parseRoster } from '@/lib/students/roster';
import { isUuid } from '@/lib/validation/ids';
import { getDb } from '../client';
import { classes, students, type Assignment, type JoinMode } from '../schema';
import { getOpenAssignmentByCode } from './assignments';
import { ownedClass } from './shared';
import { hashDeviceToken, toStudentDTO, type StudentDTO } from './students';

/** A token no device holds: a rostered student's row before their first join. */
const unheldTokenHash = () => hashDeviceToken(`unheld:${crypto.randomBytes(32).toString('base64url')}`);

/** Adds the names to the class's roster and makes it a roster class. All or nothing: bad rows are reported by line. */
export async function importRoster({ teacherId, classId, text }: { teacherId: string; classId: string; text: string }): Promise<{ added: number }> {
  const parsed = parseRoster(text);
  if (!parsed.ok) {
    const message = { list: parsed.problems.slice(0, 10).map((p) => errorMessage('roster.line', { line: p.line, problem: keyed(p.message) })) };
    throw new AppError('bad_request:roster', 'roster.notImported', { fields: { roster: message } });
  }
  const db = await getDb();
  return db.transaction(async (tx) => {
    await ownedClass(tx, teacherId, classId);
    const existing = await tx.select({ displayName: students.displayName }).from(students).where(eq(students.classId, classId));
    const taken = new Set(existing.map((s) => nameKey(s.displayName)));
    const clash = parsed.names.filter((n) => taken.has(nameKey(n)));
    if (clash.length > 0) {
      const message = errorMessage('roster.alreadyInClass', { names: clash.slice(0, 5).join(', ') });
      throw new AppError('bad_request:roster', 'roster.notImported', { fields: { roster: message } });
    }
    const names = parsed.names.map((n) => chooseDisplayName(n, existing.map((s) => s.displayName)));
    await tx.insert(students).values(
      names.map((displayName) => ({ classId, displayName, nameKey: nameKey(displayName), tokenHash: unheldTokenHash(), personalCode: generatePersonalCode() })),
    );
    await tx.update(classes).set({ joinMode: 'roster' }).where(eq(classes.id, classId));
    return { added: names.length };
  });
}

export async function setJoinMode({ teacherId, classId, mode }: { teacherId: string; classId: string; mode: JoinMode }): Promise<void> {
  const db = await getDb();
  await ownedClass(db, teacherId, classId);
  await db.update(classes).set({ joinMode: mode }).where(eq(classes.id, classId));
}

/** The names a student may pick on the join page of a roster class (ids and names only, never codes). */
export async function rosterNames(classId: string): Promise<{ id: string; displayName: string }[]> {
  const db = await getDb();
  return db
    .select({ id: students.id, displayName: students.displayName })
    .from(students)
    .where(and(eq(students.classId, classId), isNotNull(students.personalCode)))
    .orderBy(asc(students.nameKey));
}

const WRONG = 'student.wrongPersonalCode';

/** Joins a roster class as the student picked, if the code is theirs; the device token replaces any earlier one. */
export async function rosterJoin({
  code,
  studentId,
  personalCode,
}: {
  code: string;
  studentId: string;
  personalCode: string;
}): Promise<{ student: StudentDTO; token: string; assignment: Assignment; className: string }> {
  const found = await getOpenAssignmentByCode({ code });
  if (!found) {
    throw new AppError('not_found:join_code', 'student.joinCodeUnknown', {
      fields: { code: 'student.joinCodeUnknown' },
    });
  }
  const typed = personalCode.toUpperCase().replace(/[\s-]+/g, '');
  const db = await getDb();
  const [row] = isUuid(studentId) ? await db.select().from(students).where(eq(students.id, studentId)) : [];
  const matches =
    row !== undefined &&
    row.classId === found.class.id &&
    row.personalCode !== null &&
    row.personalCode.length === typed.length &&
    crypto.timingSafeEqual(Buffer.from(row.personalCode), Buffer.from(typed));
  if (!matches) throw new AppError('bad_request:personal_code', WRONG, { fields: { personalCode: WRONG } });
  const token = crypto.randomBytes(32).toString('base64url');
  const [updated] = await db.update(students).set({ tokenHash: hashDeviceToken(token) }).where(eq(students.id, row.id)).returning();
  return { student: toStudentDTO(updated ?? row), token, assignment: found.assignment, className: found.class.name };
}
