import 'server-only';
// What a student's device may reach: only its own student's assignment and attempt, found through the HttpOnly
// device cookie of the assignment's class. Every student page and route starts here.
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { assignments, attempts, classes, students, type Assignment, type Attempt, type Student } from '@/lib/db/schema';
import { readStudentToken } from '@/lib/students/device-cookie';
import { isUuid } from '@/lib/validation/ids';
import { getStudentByToken, hashDeviceToken } from './students';

export interface StudentAssignment {
  assignment: Assignment;
  className: string;
  student: Student | null; // null: this device has not joined the class
}

export async function getAssignmentForDevice({ assignmentId }: { assignmentId: string }): Promise<StudentAssignment | null> {
  if (!isUuid(assignmentId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ assignment: assignments, className: classes.name })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .where(eq(assignments.id, assignmentId));
  if (!row) return null;
  const token = await readStudentToken({ classId: row.assignment.classId });
  const student = token ? await getStudentByToken({ token, classId: row.assignment.classId }) : null;
  return { ...row, student };
}

export interface StudentAttempt {
  attempt: Attempt;
  assignment: Assignment;
  student: Student;
}

/**
 * The attempt if this device's student owns it, else null (a 404 to the caller: no hint that it exists).
 * One query, not three: this runs before each of a student's 38 answer saves. The attempt's own student comes
 * along in the join, and the device cookie of the assignment's class must hash to that student's token hash,
 * which is what looking the student up by token and comparing ids used to establish.
 */
export async function getAttemptForDevice({ attemptId }: { attemptId: string }): Promise<StudentAttempt | null> {
  if (!isUuid(attemptId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ attempt: attempts, assignment: assignments, student: students })
    .from(attempts)
    .innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .innerJoin(students, eq(students.id, attempts.studentId))
    .where(eq(attempts.id, attemptId));
  if (!row || row.student.classId !== row.assignment.classId) return null;
  const token = await readStudentToken({ classId: row.assignment.classId });
  if (!token || token.length > 200 || !sameHash(hashDeviceToken(token), row.student.tokenHash)) return null;
  return row;
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** The student's latest attempt at an assignment, if any. */
export async function latestAttempt({ studentId, assignmentId }: { studentId: string; assignmentId: string }) {
  const db = await getDb();
  const rows = await db
    .select()
    .from(attempts)
    .where(and(eq(attempts.studentId, studentId), eq(attempts.assignmentId, assignmentId)));
  return rows.sort((a, b) => b.number - a.number)[0] ?? null;
}
