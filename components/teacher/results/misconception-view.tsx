// Misconceptions: ranked by how many different students each tripped, each linked to its questions.
import Link from 'next/link';
import { BarChart } from '@/components/charts/bar-chart';
import { MatrixChart } from '@/components/charts/matrix-chart';
import { misconceptionBars } from '@/lib/reports/charts/misconception-bars';
import type { MatrixData } from '@/lib/reports/charts/types';
import type { MisconceptionRank } from '@/lib/reports/misconceptions';
import { MISCONCEPTION_LABELS } from '@/lib/quiz/vocabulary';
import { plural } from './format';
import { resultsPath } from './paths';
import styles from './results.module.css';

export function MisconceptionView({
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
  return (
    <section aria-labelledby="misconceptions-heading">
      <h2 id="misconceptions-heading">Misconceptions</h2>
      <p>
        Each wrong answer that stands for a known misconception counts once per student, worked out again from the quiz for every answer.
        The most widespread come first.
      </p>
      {misconceptions.length === 0 ? (
        <p>No misconceptions have shown up yet.</p>
      ) : (
        <>
          <BarChart
            id="chart-misconceptions"
            title="Misconceptions ranked"
            data={misconceptionBars(misconceptions, started)}
            tableCaption="Misconceptions ranked: students who showed each, of those who started"
            head={['Misconception', 'Students', 'Answers']}
          />
          <ol className={styles.ranked}>
            {misconceptions.map((m) => (
              <li key={m.id}>
                <h3>{MISCONCEPTION_LABELS[m.id].label}</h3>
                <p>
                  <strong>
                    {plural(m.students, 'student', 'students')} of {started}
                  </strong>{' '}
                  who started ({plural(m.occurrences, 'answer', 'answers')} in all). {MISCONCEPTION_LABELS[m.id].explain}
                </p>
                <p>
                  Showed on:{' '}
                  {m.items.map((it, i) => (
                    <span key={it.itemId}>
                      {i > 0 ? ', ' : ''}
                      <Link href={`${resultsPath(assignmentId)}?view=questions#item-${it.itemId}`}>question {it.number}</Link> (
                      {plural(it.students, 'student', 'students')})
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      <MatrixChart id="chart-calibration" title="Confidence against correctness" data={calibration} />
    </section>
  );
}
