import 'server-only';
// Classes: a teacher's groups of students. Every function checks that the teacher owns the class.
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { AppError } from '@/lib/errors';
import { issuesMessage } from '@/lib/error-issues';
import { classNameSchema } from '@/lib/validation/teacher';
import { getDb } from '../client';
import { assignments, classes, students, type Class } from '../schema';
import { orNull, ownedClass } from './shared';

export interface ClassSummary {
  id: string;
  name: string;
  archivedAt: Date | null;
  createdAt: Date;
  studentCount: number;
  openAssignmentCount: number;
}

function parseName(name: string): string {
  const parsed = classNameSchema.safeParse(name);
  if (!parsed.success) {
    const message = issuesMessage(parsed.error.issues, 'class.nameRequired');
    throw new AppError('bad_request:class_name', message, { fields: { name: message } });
  }
  return parsed.data;
}

export async function createClass({ teacherId, name }: { teacherId: string; name: string }): Promise<Class> {
  const db = await getDb();
  const [row] = await db.insert(classes).values({ teacherId, name: parseName(name) }).returning();
  if (!row) throw new Error('insert into classes returned no row');
  return row;
}

export async function renameClass({
  teacherId,
  classId,
  name,
}: {
  teacherId: string;
  classId: string;
  name: string;
}): Promise<Class> {
  const db = await getDb();
  const newName = parseName(name);
  await ownedClass(db, teacherId, classId);
  const [row] = await db.update(classes).set({ name: newName }).where(eq(classes.id, classId)).returning();
  if (!row) throw new AppError('not_found:class', 'class.notFound');
  return row;
}

/** Archives the class and closes its open assignments (freeing their join codes). Idempotent. */
export async function archiveClass({ teacherId, classId }: { teacherId: string; classId: string }): Promise<Class> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const current = await ownedClass(tx, teacherId, classId);
    const now = new Date();
    await tx
      .update(assignments)
      .set({ closedAt: now })
      .where(and(eq(assignments.classId, classId), isNull(assignments.closedAt)));
    if (current.archivedAt) return current;
    const [row] = await tx.update(classes).set({ archivedAt: now }).where(eq(classes.id, classId)).returning();
    return row ?? current;
  });
}

/** Brings an archived class back (its assignments stay closed). Idempotent. */
export async function restoreClass({ teacherId, classId }: { teacherId: string; classId: string }): Promise<Class> {
  const db = await getDb();
  const current = await ownedClass(db, teacherId, classId);
  if (!current.archivedAt) return current;
  const [row] = await db.update(classes).set({ archivedAt: null }).where(eq(classes.id, classId)).returning();
  return row ?? current;
}

/** The teacher's classes, active ones first (newest first), with student and open-assignment counts. */
export async function listClassesForTeacher({
  teacherId,
  includeArchived = true,
}: {
  teacherId: string;
  includeArchived?: boolean;
}): Promise<ClassSummary[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(classes)
    .where(includeArchived ? eq(classes.teacherId, teacherId) : and(eq(classes.teacherId, teacherId), isNull(classes.archivedAt)))
    .orderBy(sql`${classes.archivedAt} asc nulls first`, desc(classes.createdAt));
  if (rows.length === 0) return [];
  const studentCounts = await db
    .select({ classId: students.classId, n: count() })
    .from(students)
    .innerJoin(classes, eq(classes.id, students.classId))
    .where(eq(classes.teacherId, teacherId))
    .groupBy(students.classId);
  const openCounts = await db
    .select({ classId: assignments.classId, n: count() })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .where(and(eq(classes.teacherId, teacherId), isNull(assignments.closedAt)))
    .groupBy(assignments.classId);
  const byClass = (list: { classId: string; n: number }[]) => new Map(list.map((r) => [r.classId, Number(r.n)]));
  const nStudents = byClass(studentCounts);
  const nOpen = byClass(openCounts);
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    archivedAt: c.archivedAt,
    createdAt: c.createdAt,
    studentCount: nStudents.get(c.id) ?? 0,
    openAssignmentCount: nOpen.get(c.id) ?? 0,
  }));
}

/** The class if this teacher owns it, else null (also for ids that are not ours or not ids at all). */
export async function getClassForTeacher({ teacherId, classId }: { teacherId: string; classId: string }): Promise<Class | null> {
  const db = await getDb();
  return orNull(ownedClass(db, teacherId, classId));
}
