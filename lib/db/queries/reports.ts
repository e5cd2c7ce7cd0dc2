import 'server-only';
// Results for teachers: an assignment's students, attempts and answers, loaded in one go for the report
// functions in lib/reports. Ownership is checked here; another teacher's assignment is simply not found (null).
import { and, asc, eq } from 'drizzle-orm';
import type { ReportAttempt, ReportStudent } from '@/lib/reports/types';
import { isUuid } from '@/lib/validation/ids';
import { getDb } from '../client';
import { answers, attempts, students, type Assignment, type Class } from '../schema';
import { orNull, ownedAssignment, type DbOrTx } from './shared';

export interface AssignmentReportData {
  assignment: Assignment;
  class: Class;
  students: ReportStudent[];
  attempts: ReportAttempt[];
}

export interface StudentReportData {
  assignment: Assignment;
  class: Class;
  student: ReportStudent;
  /** Every attempt of this student at the assignment, oldest first. */
  attempts: ReportAttempt[];
}

const studentColumns = { id: students.id, displayName: students.displayName, joinedAt: students.createdAt, sameDeviceAs: students.sameDeviceAs };

// attempts left-joined with their answers: one row per answer, or one row for an attempt with none
async function loadAttempts(db: DbOrTx, assignmentId: string, studentId?: string): Promise<ReportAttempt[]> {
  const rows = await db
    .select({
      attempt: {
        id: attempts.id,
        studentId: attempts.studentId,
        number: attempts.number,
        startedAt: attempts.startedAt,
        submittedAt: attempts.submittedAt,
        quizVersion: attempts.quizVersion,
      },
      answer: {
        itemId: answers.itemId,
        response: answers.response,
        score: answers.score,
        confidence: answers.confidence,
        answeredAt: answers.answeredAt,
        selfRating: answers.selfRating,
        teacherRating: answers.teacherRating,
      },
    })
    .from(attempts)
    .leftJoin(answers, eq(answers.attemptId, attempts.id))
    .where(studentId ? and(eq(attempts.assignmentId, assignmentId), eq(attempts.studentId, studentId)) : eq(attempts.assignmentId, assignmentId))
    .orderBy(asc(attempts.startedAt), asc(attempts.number), asc(answers.answeredAt));
  const byId = new Map<string, ReportAttempt>();
  for (const { attempt, answer } of rows) {
    let entry = byId.get(attempt.id);
    if (!entry) {
      entry = { ...attempt, answers: [] };
      byId.set(attempt.id, entry);
    }
    if (answer) entry.answers.push(answer);
  }
  return [...byId.values()];
}

/** Everything the results report needs for one assignment; null if this teacher does not own it. */
export async function getAssignmentReportData({
  teacherId,
  assignmentId,
}: {
  teacherId: string;
  assignmentId: string;
}): Promise<AssignmentReportData | null> {
  const db = await getDb();
  const owned = await orNull(ownedAssignment(db, teacherId, assignmentId));
  if (!owned) return null;
  const [classStudents, classAttempts] = await Promise.all([
    db.select(studentColumns).from(students).where(eq(students.classId, owned.class.id)).orderBy(asc(students.nameKey), asc(students.createdAt)),
    loadAttempts(db, assignmentId),
  ]);
  return { ...owned, students: classStudents, attempts: classAttempts };
}

/** One student's attempts and answers at the assignment; null unless this teacher owns it and the student is in its class. */
export async function getStudentReportData({
  teacherId,
  assignmentId,
  studentId,
}: {
  teacherId: string;
  assignmentId: string;
  studentId: string;
}): Promise<StudentReportData | null> {
  if (!isUuid(studentId)) return null;
  const db = await getDb();
  const owned = await orNull(ownedAssignment(db, teacherId, assignmentId));
  if (!owned) return null;
  const [[student], studentAttempts] = await Promise.all([
    db.select(studentColumns).from(students).where(and(eq(students.id, studentId), eq(students.classId, owned.class.id))),
    loadAttempts(db, assignmentId, studentId),
  ]);
  if (!student) return null;
  return { ...owned, student, attempts: studentAttempts };
}
