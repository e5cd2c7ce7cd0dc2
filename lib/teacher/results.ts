import 'server-only';
// Loads an assignment's results for the teacher's pages and CSV routes: the rows (ownership checked in the query),
// the quiz from content, and the report built from both.
import type { Quiz } from '@/content/schema';
import { getQuiz } from '@/lib/content';
import { SAVE_GRACE_MS } from '@/lib/db/queries/attempts';
import { assignmentWindow } from '@/lib/db/queries/assignments';
import { getAssignmentReportData, type AssignmentReportData } from '@/lib/db/queries/reports';
import type { Assignment } from '@/lib/db/schema';
import { buildAssignmentReport, type AssignmentReport } from '@/lib/reports/report';
import type { ReportAttempt } from '@/lib/reports/types';
import type { QuizVersions } from '@/lib/reports/versions';
import { isUuid } from '@/lib/validation/ids';

export type AssignmentState = 'open' | 'not_open' | 'past_due' | 'closed';

export function assignmentState(a: Pick<Assignment, 'opensAt' | 'dueAt' | 'closedAt'>, now = new Date()): AssignmentState {
  return a.closedAt ? 'closed' : assignmentWindow(a, now);
}

/** Whether answers can still arrive: not closed, and not past the due date plus the grace for slow connections. */
export function stillChanging(a: Pick<Assignment, 'dueAt' | 'closedAt'>, now = new Date()): boolean {
  return a.closedAt === null && now.getTime() <= a.dueAt.getTime() + SAVE_GRACE_MS;
}

export interface AssignmentResults {
  data: AssignmentReportData;
  quiz: Quiz;
  /** The quiz at each version an attempt started on: each attempt is reported against its own (lib/reports/versions.ts). */
  versions: QuizVersions;
  report: AssignmentReport;
  header: {
    assignmentId: string;
    classId: string;
    className: string;
    quizId: string;
    quizTitle: string;
    code: string;
    dueAt: string;
    state: AssignmentState;
  };
}

async function attemptVersions(quizId: string, attempts: readonly ReportAttempt[]): Promise<QuizVersions> {
  const numbers = [...new Set(attempts.map((a) => a.quizVersion).filter((v): v is number => v !== undefined))];
  const loaded = await Promise.all(numbers.map(async (v) => [v, await getQuiz(quizId, v)] as const));
  return new Map(loaded.filter((e): e is readonly [number, Quiz] => e[1] !== undefined));
}

/** The results of an assignment this teacher owns, or null (not an id, not theirs, or its quiz is gone). */
export async function loadAssignmentResults({ teacherId, assignmentId }: { teacherId: string; assignmentId: string }): Promise<AssignmentResults | null> {
  if (!isUuid(assignmentId)) return null;
  const data = await getAssignmentReportData({ teacherId, assignmentId });
  if (!data) return null;
  // the current version lists the questions; each attempt is read against the version it started on, so a version
  // saved since changes nothing the report says of older attempts (scores were stored with each answer anyway)
  const quiz = await getQuiz(data.assignment.quizId);
  if (!quiz) return null;
  const versions = await attemptVersions(data.assignment.quizId, data.attempts);
  const { assignment, class: klass } = data;
  return {
    data,
    quiz,
    versions,
    report: buildAssignmentReport(quiz, data, versions),
    header: {
      assignmentId: assignment.id,
      classId: klass.id,
      className: klass.name,
      quizId: quiz.id,
      quizTitle: quiz.title,
      code: assignment.code,
      dueAt: assignment.dueAt.toISOString(),
      state: assignmentState(assignment),
    },
  };
}
