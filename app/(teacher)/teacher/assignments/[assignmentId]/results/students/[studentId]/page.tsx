import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { LocalTime } from '@/components/teacher/local-time';
import { duration, score } from '@/components/teacher/results/format';
import { resultsPath, studentResultsPath } from '@/components/teacher/results/paths';
import { StudentAnswers } from '@/components/teacher/results/student-answers';
import teacherStyles from '@/components/teacher/teacher.module.css';
import { requireTeacher } from '@/lib/auth/session';
import { getQuiz } from '@/lib/content';
import { getStudentReportData } from '@/lib/db/queries/reports';
import { studentRow } from '@/lib/reports/students';
import { isUuid } from '@/lib/validation/ids';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reports'))('student.metaTitle') };
}

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
  const t = await getTranslations('reports');
  return (
    <>
      <p className={teacherStyles.noPrint}>
        <Link href={resultsPath(assignmentId)}>{t('student.back', { name: data.class.name })}</Link>
      </p>
      <h1>
        {data.student.displayName} <span className={teacherStyles.meta}>{quiz.title}</span>
      </h1>
      {!attempt ? (
        <p>{t('student.notStarted', { name: data.student.displayName })}</p>
      ) : (
        <>
          <p>
            {t(`status.${row.status}`)}
            {data.attempts.length > 1 ? ` ${t('student.attemptOf', { n: attempt.number, total: data.attempts.length })}` : ''} ·{' '}
            {t('student.line', {
              score: score(row.score),
              max: row.max,
              answered: row.answered,
              questions: row.questions,
              wrong: row.confidentlyWrong,
              time: duration(row.timeTakenMs, t),
            })}{' '}
            · {t('student.started')} <LocalTime iso={attempt.startedAt.toISOString()} />
            {attempt.submittedAt ? (
              <>
                {' '}
                · {t('student.handedIn')} <LocalTime iso={attempt.submittedAt.toISOString()} />
              </>
            ) : null}
          </p>
          {data.attempts.length > 1 ? (
            <nav aria-label={t('student.attempts')}>
              <ul className={teacherStyles.nav}>
                {data.attempts.map((a) => (
                  <li key={a.id}>
                    <Link href={`${studentResultsPath(assignmentId, studentId)}?attempt=${a.number}`} aria-current={a.id === attempt.id ? 'page' : undefined}>
                      {t('student.attempt', { n: a.number })}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          {row.pending > 0 ? <p>{t('student.pending', { n: row.pending })}</p> : null}
          <ClientMessages namespaces={['teacher']}>
            <StudentAnswers quiz={quiz} attempt={attempt} assignmentId={assignmentId} />
          </ClientMessages>
        </>
      )}
    </>
  );
}
