// Per-student rows: progress, score, time taken and confidently wrong answers, one row per student.
import type { Quiz } from '@/content/schema';
import { isPending } from './graded';
import { ITEM_MAX, quizItems } from './questions';
import { round } from './stats';
import type { ReportAttempt, ReportStudent } from './types';
import { versionedItems, type QuizVersions } from './versions';

export type StudentStatus = 'not_started' | 'in_progress' | 'submitted';

export interface StudentRow {
  studentId: string;
  displayName: string;
  /** The name of the student whose device this one joined from, if any (names farmed on one device). */
  sameDeviceAs: string | null;
  status: StudentStatus;
  /** The attempt the row describes (the latest), and how many the student has made. */
  attemptId: string | null;
  attemptNumber: number | null;
  score: number;
  max: number;
  answered: number;
  questions: number;
  pending: number;
  confidentlyWrong: number;
  startedAt: Date | null;
  submittedAt: Date | null;
  lastActivity: Date | null;
  /** Start to submit once submitted; first to last answer before that. */
  timeTakenMs: number | null;
  joinedAt: Date;
}

const maxDate = (dates: Array<Date | null | undefined>): Date | null =>
  dates.reduce<Date | null>((best, d) => (d && (!best || d > best) ? d : best), null);

/** A student's row, their attempt read against its own quiz version where `versions` has it (its questions, its max). */
export function studentRow(quiz: Quiz, student: ReportStudent, attempt: ReportAttempt | undefined, versions?: QuizVersions): StudentRow {
  const items = attempt ? versionedItems(quiz, versions).itemsOf(attempt) : new Map(quizItems(quiz).map(({ item }) => [item.id, item]));
  const answers = (attempt?.answers ?? []).filter((a) => items.has(a.itemId));
  const times = answers.map((a) => a.answeredAt.getTime());
  let timeTakenMs: number | null = null;
  if (attempt?.submittedAt) timeTakenMs = attempt.submittedAt.getTime() - attempt.startedAt.getTime();
  else if (times.length > 0) timeTakenMs = Math.max(...times) - Math.min(...times);
  const marked = answers.filter((a) => {
    const item = items.get(a.itemId);
    return item !== undefined && !isPending(item, a);
  });
  return {
    studentId: student.id,
    displayName: student.displayName,
    sameDeviceAs: null, // a name: studentRows() knows the class
    status: !attempt ? 'not_started' : attempt.submittedAt ? 'submitted' : 'in_progress',
    attemptId: attempt?.id ?? null,
    attemptNumber: attempt?.number ?? null,
    score: round(answers.reduce((sum, a) => sum + a.score, 0)),
    max: items.size * ITEM_MAX,
    answered: answers.length,
    questions: items.size,
    pending: answers.length - marked.length,
    confidentlyWrong: marked.filter((a) => a.score < ITEM_MAX && a.confidence === 'sure').length,
    startedAt: attempt?.startedAt ?? null,
    submittedAt: attempt?.submittedAt ?? null,
    lastActivity: attempt ? maxDate([attempt.startedAt, attempt.submittedAt, ...answers.map((a) => a.answeredAt)]) : null,
    timeTakenMs,
    joinedAt: student.joinedAt,
  };
}

/** One row per student of the class, by name; `attempts` holds at most one attempt per student. */
export function studentRows(quiz: Quiz, students: readonly ReportStudent[], attempts: readonly ReportAttempt[], versions?: QuizVersions): StudentRow[] {
  const byStudent = new Map(attempts.map((a) => [a.studentId, a]));
  const names = new Map(students.map((s) => [s.id, s.displayName]));
  return students
    .map((s) => ({
      ...studentRow(quiz, s, byStudent.get(s.id), versions),
      sameDeviceAs: s.sameDeviceAs ? (names.get(s.sameDeviceAs) ?? 'another student') : null,
    }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, undefined, { sensitivity: 'base' }));
}
