// The whole report as plain tables, for paper: students, questions, misconceptions.
import { getTranslations } from 'next-intl/server';
import type { AssignmentReport } from '@/lib/reports/report';
import { MISCONCEPTION_LABELS } from '@/lib/quiz/misconceptions';
import { ScrollTable } from '../scroll-table';
import { decimal, duration, percent, score } from './format';
import styles from './results.module.css';

export async function PrintReport({ report }: { report: AssignmentReport }) {
  const t = await getTranslations('reports');
  const { progress, students, questions, misconceptions, questionCount } = report;
  const lowSample = questions.some((q) => q.lowSample);
  return (
    <div className={styles.printPage}>
      <p>{t('print.counts', { joined: progress.students, started: progress.started, submitted: progress.submitted, answers: progress.answers })}</p>

      <h2>{t('print.students')}</h2>
      <ScrollTable label={t('print.students')}>
        <table className={`${styles.table} ${styles.printTable}`}>
          <thead>
            <tr>
              <th scope="col">{t('col.student')}</th>
              <th scope="col">{t('col.status')}</th>
              <th scope="col" className={styles.num}>{t('col.answered')}</th>
              <th scope="col" className={styles.num}>{t('col.score')}</th>
              <th scope="col" className={styles.num}>{t('col.confidentlyWrong')}</th>
              <th scope="col" className={styles.num}>{t('col.timeTaken')}</th>
            </tr>
          </thead>
          <tbody>
            {students.map((s) => (
              <tr key={s.studentId}>
                <th scope="row">{s.displayName}</th>
                <td>{t(`status.${s.status}`)}</td>
                <td className={styles.num}>{t('ofTotal', { n: s.answered, total: questionCount })}</td>
                <td className={styles.num}>
                  {s.status === 'not_started' ? '–' : t('ofTotal', { n: score(s.score), total: s.max })}
                  {s.pending > 0 ? ` ${t('progress.pending', { n: s.pending })}` : ''}
                </td>
                <td className={styles.num}>{s.status === 'not_started' ? '–' : s.confidentlyWrong}</td>
                <td className={styles.num}>{duration(s.timeTakenMs, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>

      <h2>{t('print.questions')}</h2>
      {lowSample ? <p>{t('questions.lowSample')}</p> : null}
      <ScrollTable label={t('print.questions')}>
        <table className={`${styles.table} ${styles.printTable}`}>
          <thead>
            <tr>
              <th scope="col">{t('col.question')}</th>
              <th scope="col" className={styles.num}>{t('col.answers')}</th>
              <th scope="col" className={styles.num}>{t('col.facility')}</th>
              <th scope="col" className={styles.num}>{t('questions.discriminationLong')}</th>
              <th scope="col" className={styles.num}>{t('col.confidentlyWrong')}</th>
              <th scope="col">{t('questions.mostCommonWrong')}</th>
            </tr>
          </thead>
          <tbody>
            {questions.map((q) => (
              <tr key={q.itemId}>
                <th scope="row">
                  {q.number}. <span lang="en" dir="ltr">{q.prompt}</span>
                </th>
                <td className={styles.num}>{q.attempts}</td>
                <td className={styles.num}>{percent(q.facility)}</td>
                <td className={styles.num}>{decimal(q.discrimination)}</td>
                <td className={styles.num}>{q.confidentlyWrong}</td>
                <td>{q.mostCommonWrong ? <><span lang="en" dir="ltr">{q.mostCommonWrong.lines.join('; ')}</span> ({q.mostCommonWrong.count})</> : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>

      <h2>{t('views.misconceptions')}</h2>
      {misconceptions.length === 0 ? (
        <p>{t('print.noMisconceptions')}</p>
      ) : (
        <ScrollTable label={t('views.misconceptions')} hint={false}>
          <table className={`${styles.table} ${styles.printTable}`}>
            <thead>
              <tr>
                <th scope="col">{t('col.misconception')}</th>
                <th scope="col" className={styles.num}>{t('col.students')}</th>
                <th scope="col">{t('print.questionsStudents')}</th>
              </tr>
            </thead>
            <tbody>
              {misconceptions.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{MISCONCEPTION_LABELS[m.id].label}</th>
                  <td className={styles.num}>{t('ofTotal', { n: m.students, total: progress.started })}</td>
                  <td>{m.items.map((i) => `${i.number} (${i.students})`).join(t('misconceptions.separator'))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </div>
  );
}
