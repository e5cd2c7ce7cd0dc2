// Misconceptions: ranked by how many different students each tripped, each linked to its questions.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { BarChart } from '@/components/charts/bar-chart';
import { MatrixChart } from '@/components/charts/matrix-chart';
import { misconceptionBars } from '@/lib/reports/charts/misconception-bars';
import type { MatrixData } from '@/lib/reports/charts/types';
import type { MisconceptionRank } from '@/lib/reports/misconceptions';
import { MISCONCEPTION_LABELS } from '@/lib/quiz/misconceptions';
import { resultsPath } from './paths';
import styles from './results.module.css';

export async function MisconceptionView({
  assignmentId,
  misconceptions,
  started,
  calibration,
}: {
  assignmentId: string;
  misconceptions: MisconceptionRank[];
  started: number;
  /** Confidence against correctness, from lib/reports/charts/calibration.ts. */
  calibration: MatrixData;
}) {
  const [t, tc] = await Promise.all([getTranslations('reports'), getTranslations('charts')]);
  return (
    <section aria-labelledby="misconceptions-heading">
      <h2 id="misconceptions-heading">{t('views.misconceptions')}</h2>
      <p>{t('misconceptions.intro')}</p>
      {misconceptions.length === 0 ? (
        <p>{tc('misconceptions.none')}</p>
      ) : (
        <>
          <BarChart
            id="chart-misconceptions"
            title={t('misconceptions.chartTitle')}
            data={misconceptionBars(misconceptions, started, tc)}
            tableCaption={t('misconceptions.tableCaption')}
            head={[t('col.misconception'), t('col.students'), t('col.answers')]}
          />
          <ol className={styles.ranked}>
            {misconceptions.map((m) => (
              <li key={m.id}>
                <h3>{MISCONCEPTION_LABELS[m.id].label}</h3>
                <p>
                  <strong>{t('misconceptions.students', { n: m.students, total: started })}</strong>{' '}
                  {t('misconceptions.whoStarted', { answers: m.occurrences })} {MISCONCEPTION_LABELS[m.id].explain}
                </p>
                <p>
                  {t('misconceptions.showedOn')}{' '}
                  {m.items.map((it, i) => (
                    <span key={it.itemId}>
                      {i > 0 ? t('misconceptions.separator') : ''}
                      <Link href={`${resultsPath(assignmentId)}?view=questions#item-${it.itemId}`}>{t('misconceptions.question', { n: it.number })}</Link>{' '}
                      {t('misconceptions.itemStudents', { n: it.students })}
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      <MatrixChart id="chart-calibration" title={t('misconceptions.calibrationTitle')} data={calibration} />
    </section>
  );
}
