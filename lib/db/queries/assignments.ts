import 'server-only';
// Assignments: a quiz set to a class with dates, a feedback mode and a join code.
import { and, desc, eq, isNull } from 'drizzle-orm';
import { generateJoinCode, normalizeJoinCode } from '@/lib/assignments/join-code';
import { AppError } from '@/lib/errors';
import { issueFields } from '@/lib/error-issues';
import { assignmentInputSchema, type AssignmentInput } from '@/lib/validation/teacher';
import { getDb } from '../client';
import { assignments, classes, type Assignment, type Class, type JoinMode } from '../schema';
import { isUniqueViolation, orNull, ownedAssignment, ownedClass } from './shared';

const CODE_ATTEMPTS = 8;

/**
 * Creates an assignment with a fresh join code (retried on the rare collision with another open assignment).
 * `knownQuizIds`, when given, is the set of quiz ids in content/: anything else is refused.
 */
export async function createAssignment({
  teacherId,
  classId,
  input,
  knownQuizIds,
  now = new Date(),
}: {
  teacherId: string;
  classId: string;
  input: AssignmentInput;
  knownQuizIds?: ReadonlySet<string>;
  now?: Date;
}): Promise<Assignment> {
  const parsed = assignmentInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError('bad_request:assignment', 'assignment.settings', { fields: issueFields(parsed.error.issues) });
  }
  const a = parsed.data;
  if (knownQuizIds && !knownQuizIds.has(a.quizId)) {
    throw new AppError('bad_request:quiz', 'assignment.chooseQuiz', { fields: { quizId: 'assignment.chooseQuiz' } });
  }
  if (a.dueAt.getTime() <= now.getTime()) {
    throw new AppError('bad_request:due_at', 'assignment.dueInPast', { fields: { dueAt: 'assignment.dueInPast' } });
  }
  const db = await getDb();
  const klass = await ownedClass(db, teacherId, classId);
  if (klass.archivedAt) throw new AppError('conflict:class_archived', 'class.archived');

  for (let i = 0; i < CODE_ATTEMPTS; i++) {
    try {
      const [row] = await db
        .insert(assignments)
        .values({ classId, ...a, code: generateJoinCode() })
        .returning();
      if (!row) throw new Error('insert into assignments returned no row');
      return row;
    } catch (error) {
      if (!isUniqueViolation(error, 'assignments_open_code_uq')) throw error;
    }
  }
  throw new Error(`no free join code after ${CODE_ATTEMPTS} tries`);
}

/** The class's assignments, newest first; null if the teacher does not own the class. */
export async function listAssignmentsForClass({
  teacherId,
  classId,
}: {
  teacherId: string;
  classId: string;
}): Promise<Assignment[] | null> {
  const db = await getDb();
  const owned = await orNull(ownedClass(db, teacherId, classId));
  if (!owned) return null;
  return db.select().from(assignments).where(eq(assignments.classId, classId)).orderBy(desc(assignments.createdAt));
}

/** The assignment with its class if the teacher owns it, else null. */
export async function getAssignmentForTeacher({
  teacherId,
  assignmentId,
}: {
  teacherId: string;
  assignmentId: string;
}): Promise<{ assignment: Assignment; class: Class } | null> {
  const db = await getDb();
  return orNull(ownedAssignment(db, teacherId, assignmentId));
}

export type AssignmentWindow = 'not_open' | 'open' | 'past_due';

export function assignmentWindow(a: Pick<Assignment, 'opensAt' | 'dueAt'>, now = new Date()): AssignmentWindow {
  if (now < a.opensAt) return 'not_open';
  if (now > a.dueAt) return 'past_due';
  return 'open';
}

/**
 * The open (not closed, class not archived) assignment for a code a student typed, with its class id and name,
 * or null. `window` tells whether it can be started now.
 */
export async function getOpenAssignmentByCode({
  code,
  now = new Date(),
}: {
  code: string;
  now?: Date;
}): Promise<{ assignment: Assignment; class: { id: string; name: string; joinMode: JoinMode }; window: AssignmentWindow } | null> {
  const normalized = normalizeJoinCode(code);
  if (!normalized) return null;
  const db = await getDb();
  const [row] = await db
    .select({ assignment: assignments, class: { id: classes.id, name: classes.name, joinMode: classes.joinMode } })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .where(and(eq(assignments.code, normalized), isNull(assignments.closedAt), isNull(classes.archivedAt)));
  if (!row) return null;
  return { ...row, window: assignmentWindow(row.assignment, now) };
}

/** Closes the assignment: no new attempts, its code is freed. Idempotent. */
export async function closeAssignment({
  teacherId,
  assignmentId,
}: {
  teacherId: string;
  assignmentId: string;
}): Promise<Assignment> {
  const db = await getDb();
  const { assignment } = await ownedAssignment(db, teacherId, assignmentId);
  if (assignment.closedAt) return assignment;
  const [row] = await db
    .update(assignments)
    .set({ closedAt: new Date() })
    .where(and(eq(assignments.id, assignmentId), isNull(assignments.closedAt)))
    .returning();
  return row ?? assignment;
}
