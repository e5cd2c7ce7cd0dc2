import 'server-only';
// Students: no account, no email. Joining with a code gives a device token (kept in an HttpOnly cookie);
// only its SHA-256 is stored.
import crypto from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { getAuthSecret } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { chooseDisplayName, normalizeDisplayName } from '@/lib/students/display-name';
import { isUuid } from '@/lib/validation/ids';
import { timeFactorSchema } from '@/lib/validation/teacher';
import { getDb } from '../client';
import { classes, students, type Assignment, type Student, type TimeFactor } from '../schema';
import { getOpenAssignmentByCode } from './assignments';
import { isUniqueViolation, orNull, ownedClass } from './shared';

/** What a student's own pages may see about them. */
export interface StudentDTO {
  id: string;
  classId: string;
  displayName: string;
  timeFactor: TimeFactor;
}

export function toStudentDTO(s: Student): StudentDTO {
  return { id: s.id, classId: s.classId, displayName: s.displayName, timeFactor: s.timeFactor };
}

/**
 * The device token for a join form's one-time key: derived (keyed with the app secret), so a resent join yields
 * the same token and finds the student the first request made. Without the secret the token cannot be guessed.
 * Tied to the name it was sent with, so a replayed form with another name never lands on an earlier student. The
 * action accepts a key only from the device it was issued to, and only once (lib/students/join-key.ts).
 */
function tokenForJoinKey(classId: string, joinKey: string, nameKey: string): string {
  return crypto.createHmac('sha256', getAuthSecret()).update(`join:${classId}:${joinKey}:${nameKey}`).digest('base64url');
}

export function hashDeviceToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

const NAME_ATTEMPTS = 5;

/**
 * Joins the class of the open assignment with this code. Two students with one name in a class become
 * "Sam" and "Sam (2)". Returns the device token to put in the student's cookie (it is not stored).
 */
export async function joinClass({
  code,
  displayName,
  joinKey,
  sameDeviceAs,
}: {
  code: string;
  displayName: string;
  /** The student this device already is in the class (open join): flagged for the teacher. */
  sameDeviceAs?: string;
  /** One per join form shown, checked against its device by the caller: a resent join gets the same student. */
  joinKey?: string;
}): Promise<{ student: StudentDTO; token: string; assignment: Assignment; className: string }> {
  const name = normalizeDisplayName(displayName);
  if (!name.ok) throw new AppError('bad_request:display_name', name.message, { fields: { displayName: name.message } });
  const found = await getOpenAssignmentByCode({ code });
  if (!found) {
    throw new AppError('not_found:join_code', 'student.joinCodeUnknown', {
      fields: { code: 'student.joinCodeUnknown' },
    });
  }
  if (found.class.joinMode === 'roster') {
    const message = 'student.rosterClass';
    throw new AppError('bad_request:roster_class', message, { fields: { displayName: message } });
  }
  const db = await getDb();
  const classId = found.class.id;
  const token = joinKey ? tokenForJoinKey(classId, joinKey, name.key) : crypto.randomBytes(32).toString('base64url');
  const joined = (row: Student) => ({ student: toStudentDTO(row), token, assignment: found.assignment, className: found.class.name });
  const again = async () => {
    const [row] = await db.select().from(students).where(eq(students.tokenHash, hashDeviceToken(token)));
    return row && row.classId === classId ? row : undefined;
  };
  if (joinKey) {
    const existing = await again();
    if (existing) return joined(existing);
  }
  for (let i = 0; i < NAME_ATTEMPTS; i++) {
    const taken = await db.select({ displayName: students.displayName }).from(students).where(eq(students.classId, classId));
    const chosen = chooseDisplayName(name.name, taken.map((t) => t.displayName));
    try {
      const [row] = await db
        .insert(students)
        .values({ classId, displayName: chosen, nameKey: name.key, tokenHash: hashDeviceToken(token), sameDeviceAs: sameDeviceAs ?? null })
        .returning();
      if (!row) throw new Error('insert into students returned no row');
      return joined(row);
    } catch (error) {
      // the same join sent twice at once: the other request made the student
      if (joinKey && isUniqueViolation(error, 'students_token_hash_uq')) {
        const existing = await again();
        if (existing) return joined(existing);
      }
      // a classmate took the same name at the same moment: look again
      if (!isUniqueViolation(error, 'students_class_display_name_uq')) throw error;
    }
  }
  throw new AppError('conflict:display_name', 'student.joiningBusy');
}

/** The student a device token belongs to (optionally only in this class), or null. */
export async function getStudentByToken({ token, classId }: { token: string; classId?: string }): Promise<Student | null> {
  if (!token || token.length > 200) return null;
  const db = await getDb();
  const [row] = await db.select().from(students).where(eq(students.tokenHash, hashDeviceToken(token)));
  if (!row || (classId !== undefined && row.classId !== classId)) return null;
  return row;
}

/** The class's students by name; null if the teacher does not own the class. */
export async function listStudentsForClass({
  teacherId,
  classId,
}: {
  teacherId: string;
  classId: string;
}): Promise<Student[] | null> {
  const db = await getDb();
  if (!(await orNull(ownedClass(db, teacherId, classId)))) return null;
  return db.select().from(students).where(eq(students.classId, classId)).orderBy(asc(students.nameKey), asc(students.createdAt));
}

/** Sets a student's time allowance (1, 1.5, 2 times the limit, or untimed) for attempts started from now on. */
export async function setStudentTimeFactor({
  teacherId,
  studentId,
  timeFactor,
}: {
  teacherId: string;
  studentId: string;
  timeFactor: TimeFactor;
}): Promise<Student> {
  const factor = timeFactorSchema.safeParse(timeFactor);
  if (!factor.success) throw new AppError('bad_request:time_factor', 'student.timeFactor');
  if (!isUuid(studentId)) throw new AppError('not_found:student', 'student.notFound');
  const db = await getDb();
  const [row] = await db
    .select({ student: students, teacherId: classes.teacherId })
    .from(students)
    .innerJoin(classes, eq(classes.id, students.classId))
    .where(eq(students.id, studentId));
  if (!row) throw new AppError('not_found:student', 'student.notFound');
  if (row.teacherId !== teacherId) throw new AppError('not_found:student', 'student.notFound');
  const [updated] = await db.update(students).set({ timeFactor: factor.data }).where(eq(students.id, studentId)).returning();
  return updated ?? row.student;
}

/** "Not you? Leave this class on this device": the device's token stops working (a copied cookie too). */
export async function forgetDevice({ token, classId }: { token: string; classId: string }): Promise<boolean> {
  const student = await getStudentByToken({ token, classId });
  if (!student) return false;
  const db = await getDb();
  const unheld = hashDeviceToken(`left:${crypto.randomBytes(32).toString('base64url')}`);
  await db.update(students).set({ tokenHash: unheld }).where(eq(students.id, student.id));
  return true;
}
