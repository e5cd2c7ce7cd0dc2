// Every option's feedback for one item, whatever its type, with the misconception each distractor stands for.
import type { Item } from '@/content/schema';
import { MISCONCEPTION_LABELS } from '@/lib/quiz/vocabulary';
import type { GuideTable } from '@/question-types/shared/report';
import styles from './guide.module.css';

// the rows come from the item's type (question-types/<type>/index.ts, `guide`)
export function ItemFeedbackTable({ item, number, table: t }: { item: Item; number: number; table: GuideTable }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className={styles.label}>
          {item.type === 'written' ? `Question ${number}: rubric` : `Question ${number}: feedback for every answer`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.choiceHeading}</th>
            <th scope="col">{t.rightHeading}</th>
            <th scope="col">{item.type === 'written' ? 'What it looks like' : 'Feedback the student sees'}</th>
            {item.type === 'written' ? null : <th scope="col">Misconception</th>}
          </tr>
        </thead>
        <tbody>
          {t.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.choice}</th>
              <td>{r.right}</td>
              <td>{r.feedback}</td>
              {item.type === 'written' ? null : <td>{r.misconception ? MISCONCEPTION_LABELS[r.misconception].label : ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
