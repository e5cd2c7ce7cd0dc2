import 'server-only';
// Attempts: one student's go at an assignment. Starting resumes an unfinished attempt; submitting is idempotent.
import crypto from 'node:crypto';
import { and, asc, desc, eq, isNull, sum } from 'drizzle-orm';
import { AppError, errorMessage } from '@/lib/errors';
import { isUuid } from '@/lib/validation/ids';
import { getDb } from '../client';
import { answers, assignments, attempts, students, type Assignment, type Attempt, type Class, type Student } from '../schema';
import { orNull, ownedAssignment, ownedAttempt, type DbOrTx } from './shared';

/** Answers that arrive this long after the deadline still count: they were made in time on a slow connection. */
export const SAVE_GRACE_MS = 2 * 60_000;

const FACTORS: Record<Student['timeFactor'], number | null> = { '1': 1, '1.5': 1.5, '2': 2, untimed: null };

/** The moment an attempt started now must end: the due date, or sooner with a time limit (times the allowance). */
export function attemptDeadline(
  assignment: Pick<Assignment, 'dueAt' | 'timeLimitMinutes'>,
  timeFactor: Student['timeFactor'],
  startedAt: Date,
): Date {
  const factor = FACTORS[timeFactor];
  if (assignment.timeLimitMinutes === null || factor === null) return assignment.dueAt;
  const limitEnd = startedAt.getTime() + assignment.timeLimitMinutes * factor * 60_000;
  return new Date(Math.min(limitEnd, assignment.dueAt.getTime()));
}

/** Sums the answers' scores into the attempt and marks it submitted (if it is not already). */
async function finalize(db: DbOrTx, attemptId: string, now: Date): Promise<Attempt> {
  const [total] = await db.select({ score: sum(answers.score) }).from(answers).where(eq(answers.attemptId, attemptId));
  const [row] = await db
    .update(attempts)
    .set({ submittedAt: now, score: Number(total?.score ?? 0) })
    .where(and(eq(attempts.id, attemptId), isNull(attempts.submittedAt)))
    .returning();
  if (row) return row;
  const [current] = await db.select().from(attempts).where(eq(attempts.id, attemptId));
  if (!current) throw new AppError('not_found:attempt', 'attempt.notFound');
  return current;
}

/** Re-sums a submitted attempt's score (after a teacher rates a written answer). */
export async function recomputeAttemptScore(db: DbOrTx, attemptId: string): Promise<void> {
  const [total] = await db.select({ score: sum(answers.score) }).from(answers).where(eq(answers.attemptId, attemptId));
  await db.update(attempts).set({ score: Number(total?.score ?? 0) }).where(eq(attempts.id, attemptId));
}

/**
 * Resumes the student's unfinished attempt at this assignment, or starts the next one.
 * An unfinished attempt past its deadline (or of a closed assignment) is submitted first.
 * `maxScore` is the quiz's total, known to the caller from content.
 */
export async function startOrResumeAttempt({
  studentId,
  assignmentId,
  maxScore,
  quizVersion = 1,
  now = new Date(),
}: {
  studentId: string;
  assignmentId: string;
  maxScore: number;
  /** the quiz version a new attempt starts on (1 for a shipped file); a resumed attempt keeps its own */
  quizVersion?: number;
  now?: Date;
}): Promise<{ attempt: Attempt; resumed: boolean }> {
  if (!isUuid(studentId) || !isUuid(assignmentId)) throw new AppError('not_found:assignment', 'assignment.notFound');
  if (!Number.isFinite(maxScore) || maxScore < 0) throw new AppError('bad_request:max_score', 'assignment.maxScore');
  if (!Number.isInteger(quizVersion) || quizVersion < 1) throw new AppError('bad_request:quiz_version', 'assignment.quizVersion');
  const db = await getDb();
  const [student] = await db.select().from(students).where(eq(students.id, studentId));
  const [assignment] = await db.select().from(assignments).where(eq(assignments.id, assignmentId));
  if (!student || !assignment) throw new AppError('not_found:assignment', 'assignment.notFound');
  if (student.classId !== assignment.classId) {
    throw new AppError('forbidden:assignment', 'assignment.otherClass');
  }

  const [latest] = await db
    .select()
    .from(attempts)
    .where(and(eq(attempts.assignmentId, assignmentId), eq(attempts.studentId, studentId)))
    .orderBy(desc(attempts.number))
    .limit(1);
  if (latest && !latest.submittedAt) {
    const expired =
      assignment.closedAt !== null || (latest.deadlineAt !== null && now.getTime() > latest.deadlineAt.getTime() + SAVE_GRACE_MS);
    if (!expired) return { attempt: latest, resumed: true };
    await finalize(db, latest.id, latest.deadlineAt && latest.deadlineAt < now ? latest.deadlineAt : now);
  }

  if (assignment.closedAt) throw new AppError('forbidden:assignment_closed', 'assignment.closed');
  if (now < assignment.opensAt) throw new AppError('forbidden:assignment_not_open', 'assignment.notOpen');
  if (now > assignment.dueAt) throw new AppError('forbidden:assignment_past_due', 'assignment.pastDue');
  const used = latest?.number ?? 0;
  if (used >= assignment.attemptsAllowed) {
    throw new AppError(
      'forbidden:attempts_used',
      assignment.attemptsAllowed === 1 ? 'assignment.alreadyDone' : errorMessage('assignment.attemptsUsed', { count: assignment.attemptsAllowed }),
    );
  }
  const [created] = await db
    .insert(attempts)
    .values({
      assignmentId,
      studentId,
      number: used + 1,
      seed: crypto.randomInt(2 ** 31 - 1),
      startedAt: now,
      maxScore,
      deadlineAt: attemptDeadline(assignment, student.timeFactor, now),
      quizVersion,
    })
    .onConflictDoNothing()
    .returning();
  if (created) return { attempt: created, resumed: false };
  // the same student started from two tabs at once: both get the one attempt
  const [other] = await db
    .select()
    .from(attempts)
    .where(and(eq(attempts.assignmentId, assignmentId), eq(attempts.studentId, studentId), eq(attempts.number, used + 1)));
  if (!other) throw new Error('attempt insert conflicted but no attempt found');
  return { attempt: other, resumed: true };
}

/** The attempt if it is this student's, else null. */
export async function getAttemptForStudent({ studentId, attemptId }: { studentId: string; attemptId: string }): Promise<Attempt | null> {
  if (!isUuid(studentId) || !isUuid(attemptId)) return null;
  const db = await getDb();
  const [row] = await db.select().from(attempts).where(and(eq(attempts.id, attemptId), eq(attempts.studentId, studentId)));
  return row ?? null;
}

/** Submits the student's attempt and totals its score. Submitting again returns the same result. */
export async function submitAttempt({
  studentId,
  attemptId,
  now = new Date(),
}: {
  studentId: string;
  attemptId: string;
  now?: Date;
}): Promise<Attempt> {
  if (!isUuid(studentId) || !isUuid(attemptId)) throw new AppError('not_found:attempt', 'attempt.notFound');
  const db = await getDb();
  return db.transaction(async (tx) => {
    // row lock: a save for this attempt waits for the submit, and then sees it submitted
    const [attempt] = await tx.select().from(attempts).where(eq(attempts.id, attemptId)).for('update');
    if (!attempt) throw new AppError('not_found:attempt', 'attempt.notFound');
    if (attempt.studentId !== studentId) throw new AppError('forbidden:attempt', 'attempt.notYours');
    if (attempt.submittedAt) return attempt;
    return finalize(tx, attemptId, now);
  });
}

/** The attempt with its assignment and class if the teacher owns the class, else null. */
export async function getAttemptForTeacher({
  teacherId,
  attemptId,
}: {
  teacherId: string;
  attemptId: string;
}): Promise<{ attempt: Attempt; assignment: Assignment; class: Class } | null> {
  const db = await getDb();
  return orNull(ownedAttempt(db, teacherId, attemptId));
}

export interface AttemptRow {
  attempt: Attempt;
  student: { id: string; displayName: string; timeFactor: Student['timeFactor'] };
}

/** Every attempt at the assignment with its student's name; null if the teacher does not own it. */
export async function listAttemptsForAssignment({
  teacherId,
  assignmentId,
}: {
  teacherId: string;
  assignmentId: string;
}): Promise<AttemptRow[] | null> {
  const db = await getDb();
  if (!(await orNull(ownedAssignment(db, teacherId, assignmentId)))) return null;
  return db
    .select({
      attempt: attempts,
      student: { id: students.id, displayName: students.displayName, timeFactor: students.timeFactor },
    })
    .from(attempts)
    .innerJoin(students, eq(students.id, attempts.studentId))
    .where(eq(attempts.assignmentId, assignmentId))
    .orderBy(asc(students.nameKey), asc(attempts.number));
}
