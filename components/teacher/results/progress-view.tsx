// Progress: who joined, how far each student is, handed in or not, and when they were last active.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LineChart } from '@/components/charts/line-chart';
import { progressOverTime } from '@/lib/reports/charts/progress-over-time';
import type { AssignmentReport } from '@/lib/reports/report';
import { LocalTime } from '../local-time';
import { ScrollTable, stackedTable } from '../scroll-table';
import { duration, score } from './format';
import { studentResultsPath } from './paths';
import styles from './results.module.css';

export async function ProgressView({ assignmentId, report }: { assignmentId: string; report: AssignmentReport }) {
  const [t, tc] = await Promise.all([getTranslations('reports'), getTranslations('charts')]);
  const { progress, students, questionCount } = report;
  const toRate = students.reduce((n, s) => n + s.pending, 0);
  const col = {
    student: t('col.student'),
    status: t('col.status'),
    answered: t('col.answered'),
    score: t('col.score'),
    confidentlyWrong: t('col.confidentlyWrong'),
    time: t('col.timeTaken'),
    last: t('col.lastActivity'),
  };
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('views.progress')}</h2>
      <dl className={styles.summary}>
        <div>
          <dt>{t('progress.joined')}</dt>
          <dd>{progress.students}</dd>
        </div>
        <div>
          <dt>{t('progress.started')}</dt>
          <dd>{progress.started}</dd>
        </div>
        <div>
          <dt>{t('progress.handedIn')}</dt>
          <dd>{progress.submitted}</dd>
        </div>
        <div>
          <dt>{t('progress.answers')}</dt>
          <dd>{progress.answers}</dd>
        </div>
        <div>
          <dt>{col.last}</dt>
          <dd>{progress.lastActivity ? <LocalTime iso={progress.lastActivity.toISOString()} /> : '–'}</dd>
        </div>
      </dl>
      {progress.started > 0 ? <LineChart id="chart-progress" title={t('progress.chartTitle')} data={progressOverTime(students, tc)} /> : null}
      {toRate > 0 ? <p>{t('progress.toRate', { n: toRate })}</p> : null}
      {students.length === 0 ? (
        <p>{t('progress.noStudents')}</p>
      ) : (
        // seven columns do not fit a phone: there each student is a card, each figure under its name
        <ScrollTable label={t('progress.tableCaption', { n: students.length })} hint={false}>
          <table className={`${styles.table} ${stackedTable}`}>
            <caption>{t('progress.tableCaption', { n: students.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{col.student}</th>
                <th scope="col">{col.status}</th>
                <th scope="col" className={styles.num}>
                  {col.answered}
                </th>
                <th scope="col" className={styles.num}>
                  {col.score}
                </th>
                <th scope="col" className={styles.num}>
                  {col.confidentlyWrong}
                </th>
                <th scope="col" className={styles.num}>
                  {col.time}
                </th>
                <th scope="col">{col.last}</th>
              </tr>
            </thead>
            <tbody>
              {students.map((s) => (
                <tr key={s.studentId}>
                  <th scope="row">
                    {s.status === 'not_started' ? s.displayName : <Link href={studentResultsPath(assignmentId, s.studentId)}>{s.displayName}</Link>}
                    {s.sameDeviceAs ? (
                      // open join lets one device take several names: a teacher should know before trusting the marks
                      <small className={styles.flag}>{t('progress.sameDevice', { name: s.sameDeviceAs })}</small>
                    ) : null}
                  </th>
                  <td data-label={col.status}>
                    {t(`status.${s.status}`)}
                    {s.attemptNumber && s.attemptNumber > 1 ? ` ${t('progress.attempt', { n: s.attemptNumber })}` : ''}
                  </td>
                  <td data-label={col.answered} className={styles.num}>
                    {t('ofTotal', { n: s.answered, total: questionCount })}
                  </td>
                  <td data-label={col.score} className={styles.num}>
                    {s.status === 'not_started' ? '–' : t('ofTotal', { n: score(s.score), total: s.max })}
                    {s.pending > 0 ? <span className={styles.muted}> {t('progress.pending', { n: s.pending })}</span> : null}
                  </td>
                  <td data-label={col.confidentlyWrong} className={styles.num}>
                    {s.status === 'not_started' ? '–' : s.confidentlyWrong}
                  </td>
                  <td data-label={col.time} className={styles.num}>
                    {duration(s.timeTakenMs, t)}
                  </td>
                  <td data-label={col.last}>{s.lastActivity ? <LocalTime iso={s.lastActivity.toISOString()} /> : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}
