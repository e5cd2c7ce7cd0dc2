import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LocalTime } from '@/components/teacher/local-time';
import { duration, score } from '@/components/teacher/results/format';
import { resultsPath, studentResultsPath } from '@/components/teacher/results/paths';
import { STATUS_TEXT } from '@/components/teacher/results/progress-view';
import { StudentAnswers } from '@/components/teacher/results/student-answers';
import teacherStyles from '@/components/teacher/teacher.module.css';
import { requireTeacher } from '@/lib/auth/session';
import { getQuiz } from '@/lib/content';
import { getStudentReportData } from '@/lib/db/queries/reports';
import { studentRow } from '@/lib/reports/students';
import { isUuid } from '@/lib/validation/ids';

export const metadata: Metadata = { title: 'Student results' };

export default async function StudentResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ assignmentId: string; studentId: string }>;
  searchParams: Promise<{ attempt?: string | string[] }>;
}) {
  const { assignmentId, studentId } = await params;
  const teacher = await requireTeacher({ next: studentResultsPath(assignmentId, studentId) });
  if (!isUuid(assignmentId) || !isUuid(studentId)) notFound();
  const data = await getStudentReportData({ teacherId: teacher.id, assignmentId, studentId });
  if (!data) notFound();
  const wanted = Number((await searchParams).attempt);
  const attempt = data.attempts.find((a) => a.number === wanted) ?? data.attempts[data.attempts.length - 1];
  // the quiz as this attempt saw it (a teacher's quiz edited since has a newer version)
  const quiz = await getQuiz(data.assignment.quizId, attempt?.quizVersion);
  if (!quiz) notFound();
  const row = studentRow(quiz, data.student, attempt);
  return (
    <>
      <p className={teacherStyles.noPrint}>
        <Link href={resultsPath(assignmentId)}>← Back to the results of {data.class.name}</Link>
      </p>
      <h1>
        {data.student.displayName} <span className={teacherStyles.meta}>{quiz.title}</span>
      </h1>
      {!attempt ? (
        <p>{data.student.displayName} has joined the class but has not started this assignment.</p>
      ) : (
        <>
          <p>
            {STATUS_TEXT[row.status]}
            {data.attempts.length > 1 ? ` (attempt ${attempt.number} of ${data.attempts.length})` : ''} · score {score(row.score)} of {row.max} ·{' '}
            answered {row.answered} of {row.questions} · confidently wrong {row.confidentlyWrong} · time taken {duration(row.timeTakenMs)} · started{' '}
            <LocalTime iso={attempt.startedAt.toISOString()} />
            {attempt.submittedAt ? (
              <>
                {' '}
                · handed in <LocalTime iso={attempt.submittedAt.toISOString()} />
              </>
            ) : null}
          </p>
          {data.attempts.length > 1 ? (
            <nav aria-label="Attempts">
              <ul className={teacherStyles.nav}>
                {data.attempts.map((a) => (
                  <li key={a.id}>
                    <Link href={`${studentResultsPath(assignmentId, studentId)}?attempt=${a.number}`} aria-current={a.id === attempt.id ? 'page' : undefined}>
                      Attempt {a.number}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          {row.pending > 0 ? <p>{row.pending === 1 ? 'One written answer needs' : `${row.pending} written answers need`} your rating.</p> : null}
          <StudentAnswers quiz={quiz} attempt={attempt} assignmentId={assignmentId} />
        </>
      )}
    </>
  );
}
