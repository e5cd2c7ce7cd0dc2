import 'server-only';
// Helpers shared by the query modules: ownership loaders (authorization lives in the data layer) and error tests.
// Another teacher's id is answered exactly like an unknown one: "not found", so a refusal confirms nothing.
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors';
import { isUuid } from '@/lib/validation/ids';
import type { Db } from '../client';
import { assignments, attempts, classes, type Assignment, type Attempt, type Class } from '../schema';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

/** The class if this teacher owns it; throws not_found otherwise. */
export async function ownedClass(db: DbOrTx, teacherId: string, classId: string): Promise<Class> {
  if (!isUuid(classId)) throw new AppError('not_found:class', 'class.notFound');
  const [row] = await db.select().from(classes).where(eq(classes.id, classId));
  if (!row) throw new AppError('not_found:class', 'class.notFound');
  if (row.teacherId !== teacherId) throw new AppError('not_found:class', 'class.notFound');
  return row;
}

/** The assignment and its class if this teacher owns the class; throws not_found otherwise. */
export async function ownedAssignment(
  db: DbOrTx,
  teacherId: string,
  assignmentId: string,
): Promise<{ assignment: Assignment; class: Class }> {
  if (!isUuid(assignmentId)) throw new AppError('not_found:assignment', 'assignment.notFound');
  const [row] = await db
    .select({ assignment: assignments, class: classes })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .where(eq(assignments.id, assignmentId));
  if (!row) throw new AppError('not_found:assignment', 'assignment.notFound');
  if (row.class.teacherId !== teacherId) {
    throw new AppError('not_found:assignment', 'assignment.notFound');
  }
  return row;
}

/** The attempt, its assignment and class if this teacher owns the class; throws not_found otherwise. */
export async function ownedAttempt(
  db: DbOrTx,
  teacherId: string,
  attemptId: string,
): Promise<{ attempt: Attempt; assignment: Assignment; class: Class }> {
  if (!isUuid(attemptId)) throw new AppError('not_found:attempt', 'attempt.notFound');
  const [row] = await db
    .select({ attempt: attempts, assignment: assignments, class: classes })
    .from(attempts)
    .innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .where(eq(attempts.id, attemptId));
  if (!row) throw new AppError('not_found:attempt', 'attempt.notFound');
  if (row.class.teacherId !== teacherId) throw new AppError('not_found:attempt', 'attempt.notFound');
  return row;
}

/** For getters: turns not_found / forbidden into null, rethrows anything else. */
export async function orNull<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && (error.type === 'not_found' || error.type === 'forbidden')) return null;
    throw error;
  }
}

/** True for a unique-constraint violation (optionally of the named constraint), from pg or PGlite, wrapped or not. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint: name } = e as { code?: unknown; constraint?: unknown };
    if (code === '23505') return constraint === undefined || name === constraint;
  }
  return false;
}
