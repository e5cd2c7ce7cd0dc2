import 'server-only';
// A teacher tidies their class list: rename a student, merge two who are one person (answers kept; of two answers
// to the same question in the same attempt, the newer wins), remove one (with their attempts).
import { and, eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors';
import { nameKey, normalizeDisplayName } from '@/lib/students/display-name';
import { isUuid } from '@/lib/validation/ids';
import { getDb } from '../client';
import { answers, attempts, classes, students, type Student } from '../schema';
import { isUniqueViolation, type DbOrTx } from './shared';

const notFound = () => new AppError('not_found:student', 'student.notFound');

async function ownedStudent(db: DbOrTx, teacherId: string, studentId: string): Promise<Student> {
  if (!isUuid(studentId)) throw notFound();
  const [row] = await db
    .select({ student: students, teacherId: classes.teacherId })
    .from(students)
    .innerJoin(classes, eq(classes.id, students.classId))
    .where(eq(students.id, studentId));
  if (!row || row.teacherId !== teacherId) throw notFound();
  return row.student;
}

export async function renameStudent({ teacherId, studentId, name }: { teacherId: string; studentId: string; name: string }): Promise<Student> {
  const tidy = normalizeDisplayName(name);
  if (!tidy.ok) throw new AppError('bad_request:display_name', tidy.message, { fields: { name: tidy.message } });
  const db = await getDb();
  await ownedStudent(db, teacherId, studentId);
  try {
    const [row] = await db.update(students).set({ displayName: tidy.name, nameKey: nameKey(tidy.name) }).where(eq(students.id, studentId)).returning();
    if (!row) throw notFound();
    return row;
  } catch (error) {
    if (isUniqueViolation(error, 'students_class_display_name_uq')) {
      throw new AppError('conflict:display_name', 'student.nameTaken', { fields: { name: 'student.nameTaken' } });
    }
    throw error;
  }
}

export async function removeStudent({ teacherId, studentId }: { teacherId: string; studentId: string }): Promise<void> {
  const db = await getDb();
  await ownedStudent(db, teacherId, studentId);
  await db.delete(students).where(eq(students.id, studentId)); // attempts and answers go with them (cascade)
}

/** Moves `fromId`'s attempts and answers to `intoId` (same class) and removes `fromId`. */
export async function mergeStudents({ teacherId, fromId, intoId }: { teacherId: string; fromId: string; intoId: string }): Promise<Student> {
  if (fromId === intoId) throw new AppError('bad_request:merge', 'student.mergeSame');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const from = await ownedStudent(tx, teacherId, fromId);
    const into = await ownedStudent(tx, teacherId, intoId);
    if (from.classId !== into.classId) throw new AppError('bad_request:merge', 'student.mergeOtherClass');
    const theirs = await tx.select().from(attempts).where(eq(attempts.studentId, from.id));
    for (const attempt of theirs) {
      const [same] = await tx
        .select()
        .from(attempts)
        .where(and(eq(attempts.studentId, into.id), eq(attempts.assignmentId, attempt.assignmentId), eq(attempts.number, attempt.number)));
      if (!same) {
        await tx.update(attempts).set({ studentId: into.id }).where(eq(attempts.id, attempt.id));
        continue;
      }
      // the same attempt of the same assignment: per question, the newer answer wins
      const mine = new Map((await tx.select().from(answers).where(eq(answers.attemptId, same.id))).map((a) => [a.itemId, a]));
      for (const answer of await tx.select().from(answers).where(eq(answers.attemptId, attempt.id))) {
        const kept = mine.get(answer.itemId);
        if (kept && kept.answeredAt >= answer.answeredAt) continue;
        if (kept) await tx.delete(answers).where(and(eq(answers.attemptId, same.id), eq(answers.itemId, answer.itemId)));
        await tx.insert(answers).values({ ...answer, attemptId: same.id });
      }
      const total = await tx.select({ score: answers.score }).from(answers).where(eq(answers.attemptId, same.id));
      await tx
        .update(attempts)
        .set({
          score: total.reduce((n, a) => n + a.score, 0),
          submittedAt: same.submittedAt ?? attempt.submittedAt,
        })
        .where(eq(attempts.id, same.id));
      await tx.delete(attempts).where(eq(attempts.id, attempt.id));
    }
    await tx.delete(students).where(eq(students.id, from.id));
    return into;
  });
}
