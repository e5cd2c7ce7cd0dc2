// The whole results report of one assignment, from content and the rows the report query loads.
import type { Quiz } from '@/content/schema';
import { latestAttempts } from './graded';
import { rankMisconceptions, type MisconceptionRank } from './misconceptions';
import { questionStats, type QuestionStats } from './questions';
import { studentRows, type StudentRow } from './students';
import type { ReportAttempt, ReportStudent } from './types';
import type { QuizVersions } from './versions';

export interface AssignmentReport {
  questionCount: number;
  progress: {
    students: number;
    started: number;
    submitted: number;
    answers: number;
    lastActivity: Date | null;
  };
  students: StudentRow[];
  questions: QuestionStats[];
  misconceptions: MisconceptionRank[];
}

export function buildAssignmentReport(
  quiz: Quiz,
  data: { students: readonly ReportStudent[]; attempts: readonly ReportAttempt[] },
  versions?: QuizVersions, // the versions the attempts started on: each attempt is read against its own
): AssignmentReport {
  // each student counts once, with their latest attempt
  const counted = latestAttempts(data.attempts);
  const students = studentRows(quiz, data.students, counted, versions);
  const activity = students.map((s) => s.lastActivity).filter((d): d is Date => d !== null);
  return {
    questionCount: quiz.sections.reduce((n, s) => n + s.items.length, 0),
    progress: {
      students: students.length,
      started: students.filter((s) => s.status !== 'not_started').length,
      submitted: students.filter((s) => s.status === 'submitted').length,
      answers: students.reduce((n, s) => n + s.answered, 0),
      lastActivity: activity.length > 0 ? new Date(Math.max(...activity.map((d) => d.getTime()))) : null,
    },
    students,
    questions: questionStats(quiz, counted, versions),
    misconceptions: rankMisconceptions(quiz, counted, versions),
  };
}
