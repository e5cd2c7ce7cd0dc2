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

/** The results of an assignment this teacher owns, or null (not an id, not theirs, or its quiz is gone). */
export async function loadAssignmentResults({ teacherId, assignmentId }: { teacherId: string; assignmentId: string }): Promise<AssignmentResults | null> {
  if (!isUuid(assignmentId)) return null;
  const data = await getAssignmentReportData({ teacherId, assignmentId });
  if (!data) return null;
  // the current version: every answer's score was stored when it was saved, so a later version changes no score
  const quiz = await getQuiz(data.assignment.quizId);
  if (!quiz) return null;
  const { assignment, class: klass } = data;
  return {
    data,
    quiz,
    report: buildAssignmentReport(quiz, data),
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
