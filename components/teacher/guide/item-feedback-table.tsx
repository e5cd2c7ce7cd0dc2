// Every option's feedback for one item, whatever its type, with the misconception each distractor stands for.
import { getTranslations } from 'next-intl/server';
import type { Item } from '@/content/schema';
import { MISCONCEPTION_LABELS } from '@/lib/quiz/misconceptions';
import type { GuideTable } from '@/question-types/shared/report';
import { ScrollTable, stackedTable } from '../scroll-table';
import styles from './guide.module.css';

// the rows come from the item's type (question-types/<type>/index.ts, `guide`)
export async function ItemFeedbackTable({ item, number, table }: { item: Item; number: number; table: GuideTable }) {
  const t = await getTranslations('guide');
  const written = item.type === 'written';
  const caption = written ? t('rubricCaption', { n: number }) : t('feedbackCaption', { n: number });
  const head = [table.choiceHeading, table.rightHeading, written ? t('looksLike') : t('feedbackSeen'), ...(written ? [] : [t('misconception')])];
  return (
    // four wordy columns do not fit a phone: there each answer is a card, each cell under its column's name
    <ScrollTable label={caption} hint={false}>
      <table className={`${styles.table} ${stackedTable}`}>
        <caption className={styles.label}>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" lang="en">
                {r.choice}
              </th>
              <td data-label={head[1]}>{r.right}</td>
              <td data-label={head[2]} lang="en">
                {r.feedback}
              </td>
              {written ? null : <td data-label={head[3]}>{r.misconception ? MISCONCEPTION_LABELS[r.misconception].label : ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
