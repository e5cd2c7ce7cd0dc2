// The whole report as plain tables, for paper: students, questions, misconceptions.
import type { AssignmentReport } from '@/lib/reports/report';
import { MISCONCEPTION_LABELS } from '@/lib/quiz/vocabulary';
import { decimal, duration, percent, score } from './format';
import { STATUS_TEXT } from './progress-view';
import { DISCRIMINATION_LABEL, LOW_SAMPLE_CAUTION } from './question-view';
import styles from './results.module.css';

export function PrintReport({ report }: { report: AssignmentReport }) {
  const { progress, students, questions, misconceptions, questionCount } = report;
  const lowSample = questions.some((q) => q.lowSample);
  return (
    <div className={styles.printPage}>
      <p>
        {progress.students} joined · {progress.started} started · {progress.submitted} handed in · {progress.answers} answers saved
      </p>

      <h2>Students</h2>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Student</th>
            <th scope="col">Status</th>
            <th scope="col" className={styles.num}>Answered</th>
            <th scope="col" className={styles.num}>Score</th>
            <th scope="col" className={styles.num}>Confidently wrong</th>
            <th scope="col" className={styles.num}>Time taken</th>
          </tr>
        </thead>
        <tbody>
          {students.map((s) => (
            <tr key={s.studentId}>
              <th scope="row">{s.displayName}</th>
              <td>{STATUS_TEXT[s.status]}</td>
              <td className={styles.num}>
                {s.answered} of {questionCount}
              </td>
              <td className={styles.num}>
                {s.status === 'not_started' ? '–' : `${score(s.score)} of ${s.max}`}
                {s.pending > 0 ? ` (${s.pending} to rate)` : ''}
              </td>
              <td className={styles.num}>{s.status === 'not_started' ? '–' : s.confidentlyWrong}</td>
              <td className={styles.num}>{duration(s.timeTakenMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Questions</h2>
      {lowSample ? <p>{LOW_SAMPLE_CAUTION}.</p> : null}
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col" className={styles.num}>Answers</th>
            <th scope="col" className={styles.num}>Facility</th>
            <th scope="col" className={styles.num}>{DISCRIMINATION_LABEL}</th>
            <th scope="col" className={styles.num}>Confidently wrong</th>
            <th scope="col">Most common wrong answer</th>
          </tr>
        </thead>
        <tbody>
          {questions.map((q) => (
            <tr key={q.itemId}>
              <th scope="row">
                {q.number}. {q.prompt}
              </th>
              <td className={styles.num}>{q.attempts}</td>
              <td className={styles.num}>{percent(q.facility)}</td>
              <td className={styles.num}>{decimal(q.discrimination)}</td>
              <td className={styles.num}>{q.confidentlyWrong}</td>
              <td>{q.mostCommonWrong ? `${q.mostCommonWrong.lines.join('; ')} (${q.mostCommonWrong.count})` : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Misconceptions</h2>
      {misconceptions.length === 0 ? (
        <p>None have shown up.</p>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Misconception</th>
              <th scope="col" className={styles.num}>Students</th>
              <th scope="col">Questions (students)</th>
            </tr>
          </thead>
          <tbody>
            {misconceptions.map((m) => (
              <tr key={m.id}>
                <th scope="row">{MISCONCEPTION_LABELS[m.id].label}</th>
                <td className={styles.num}>
                  {m.students} of {progress.started}
                </td>
                <td>{m.items.map((i) => `${i.number} (${i.students})`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
