// Progress: who joined, how far each student is, handed in or not, and when they were last active.
import Link from 'next/link';
import { LineChart } from '@/components/charts/line-chart';
import { progressOverTime } from '@/lib/reports/charts/progress-over-time';
import type { AssignmentReport } from '@/lib/reports/report';
import type { StudentStatus } from '@/lib/reports/students';
import { LocalTime } from '../local-time';
import { duration, plural, score } from './format';
import { studentResultsPath } from './paths';
import styles from './results.module.css';

export const STATUS_TEXT: Record<StudentStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  submitted: 'Handed in',
};

export function ProgressView({ assignmentId, report }: { assignmentId: string; report: AssignmentReport }) {
  const { progress, students, questionCount } = report;
  const toRate = students.reduce((n, s) => n + s.pending, 0);
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">Progress</h2>
      <dl className={styles.summary}>
        <div>
          <dt>Joined</dt>
          <dd>{progress.students}</dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>{progress.started}</dd>
        </div>
        <div>
          <dt>Handed in</dt>
          <dd>{progress.submitted}</dd>
        </div>
        <div>
          <dt>Answers saved</dt>
          <dd>{progress.answers}</dd>
        </div>
        <div>
          <dt>Last activity</dt>
          <dd>{progress.lastActivity ? <LocalTime iso={progress.lastActivity.toISOString()} /> : '–'}</dd>
        </div>
      </dl>
      {progress.started > 0 ? <LineChart id="chart-progress" title="The class over time" data={progressOverTime(students)} /> : null}
      {toRate > 0 ? (
        <p>
          {plural(toRate, 'written answer has', 'written answers have')} no rating yet: open a student to rate it.
        </p>
      ) : null}
      {students.length === 0 ? (
        <p>No students have joined yet. Share the code, and they will appear here as they join.</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>Students ({students.length}), by name</caption>
            <thead>
              <tr>
                <th scope="col">Student</th>
                <th scope="col">Status</th>
                <th scope="col" className={styles.num}>
                  Answered
                </th>
                <th scope="col" className={styles.num}>
                  Score
                </th>
                <th scope="col" className={styles.num}>
                  Confidently wrong
                </th>
                <th scope="col" className={styles.num}>
                  Time taken
                </th>
                <th scope="col">Last activity</th>
              </tr>
            </thead>
            <tbody>
              {students.map((s) => (
                <tr key={s.studentId}>
                  <th scope="row">
                    {s.status === 'not_started' ? s.displayName : <Link href={studentResultsPath(assignmentId, s.studentId)}>{s.displayName}</Link>}
                    {s.sameDeviceAs ? (
                      // open join lets one device take several names: a teacher should know before trusting the marks
                      <small className={styles.flag}>Joined on the device of {s.sameDeviceAs}</small>
                    ) : null}
                  </th>
                  <td>
                    {STATUS_TEXT[s.status]}
                    {s.attemptNumber && s.attemptNumber > 1 ? ` (attempt ${s.attemptNumber})` : ''}
                  </td>
                  <td className={styles.num}>
                    {s.answered} of {questionCount}
                  </td>
                  <td className={styles.num}>
                    {s.status === 'not_started' ? '–' : `${score(s.score)} of ${s.max}`}
                    {s.pending > 0 ? <span className={styles.muted}> ({s.pending} to rate)</span> : null}
                  </td>
                  <td className={styles.num}>{s.status === 'not_started' ? '–' : s.confidentlyWrong}</td>
                  <td className={styles.num}>{duration(s.timeTakenMs)}</td>
                  <td>{s.lastActivity ? <LocalTime iso={s.lastActivity.toISOString()} /> : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
