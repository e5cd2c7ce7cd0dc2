// How often each option (each status word) was chosen: a table with the numbers as text, bars as decoration.
import type { OptionCount } from '@/lib/reports/questions';
import { MISCONCEPTION_LABELS } from '@/lib/quiz/vocabulary';
import styles from './results.module.css';

export function OptionTable({ options, answered, number }: { options: OptionCount[]; answered: number; number: number }) {
  const most = Math.max(1, ...options.map((o) => o.count));
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>Question {number}: how often each answer was chosen</caption>
        <thead>
          <tr>
            <th scope="col">Answer</th>
            <th scope="col" className={styles.barCell}>
              Chosen by
            </th>
            <th scope="col">Misconception this distractor stands for</th>
          </tr>
        </thead>
        <tbody>
          {options.map((o) => (
            <tr key={o.id}>
              <th scope="row">
                {o.isKey ? <span className={styles.key}>✓ Right answer: </span> : null}
                {o.text}
              </th>
              <td className={styles.barCell}>
                {o.count} {answered > 0 ? `(${Math.round((o.count / answered) * 100)}%)` : ''}
                <span aria-hidden="true" className={`${styles.bar} ${o.isKey ? styles.keyBar : ''}`} style={{ width: `${(o.count / most) * 100}%` }} />
              </td>
              <td>{o.isKey ? '' : o.misconception ? MISCONCEPTION_LABELS[o.misconception].label : <span className={styles.muted}>none named</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
