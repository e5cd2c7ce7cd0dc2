// By question: an overview table, then each question with facility, discrimination, option counts, the misconception
// behind each distractor, confidently wrong answers and the most common wrong answer.
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { BarTable } from '@/components/charts/bar-table';
import { ScatterChart } from '@/components/charts/scatter-chart';
import { itemMap, LOW_DISCRIMINATION, TOO_EASY, TOO_HARD } from '@/lib/reports/charts/item-map';
import { optionBars } from '@/lib/reports/charts/option-bars';
import type { QuestionStats } from '@/lib/reports/questions';
import { typeLabel } from '@/question-types/lookup';
import { ScrollTable } from '../scroll-table';
import { decimal, discriminationWord, percent } from './format';
import styles from './results.module.css';

const bold = (chunks: ReactNode) => <strong>{chunks}</strong>;

const short = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

type T = Awaited<ReturnType<typeof getTranslations>>;

function QuestionCard({ q, t, tc, words }: { q: QuestionStats; t: T; tc: T; words: T }) {
  return (
    <article id={`item-${q.itemId}`} className={styles.question} aria-labelledby={`item-${q.itemId}-heading`}>
      <h3 id={`item-${q.itemId}-heading`}>
        {t('questions.heading', { n: q.number })} <span lang="en" dir="ltr">{q.prompt}</span>
      </h3>
      <p className={styles.muted}>
        {q.sectionTitle} · {typeLabel(q.type, words)} · {t('questions.answers', { n: q.attempts })}
        {q.pending > 0 ? ` ${t('questions.pending', { n: q.pending })}` : ''}
      </p>
      <dl className={styles.figures}>
        <div>
          <dt>{t('questions.facilityLong')}</dt>
          <dd>{percent(q.facility)}</dd>
        </div>
        <div>
          <dt>{t('questions.discriminationLong')}</dt>
          <dd>
            {decimal(q.discrimination)} <span className={styles.muted}>({discriminationWord(q.discrimination, t)})</span>
          </dd>
        </div>
        <div>
          <dt>{t('questions.confidentlyWrongLong')}</dt>
          <dd>{q.confidentlyWrong}</dd>
        </div>
      </dl>
      {q.lowSample ? <p className={styles.caution}>{t('questions.lowSampleSoFar', { n: q.submittedAttempts })}</p> : null}
      {q.options ? (
        <BarTable
          id={`chart-options-${q.itemId}`}
          title={t('questions.optionsTitle', { n: q.number })}
          data={optionBars(q.options, q.attempts, tc)}
          tableCaption={t('questions.optionsCaption', { n: q.number })}
          head={[t('questions.optionsAnswer'), t('questions.optionsChosen'), t('questions.optionsMisconception')]}
        />
      ) : null}
      {q.mostCommonWrong ? (
        <div>
          <p>
            <strong>{t('questions.mostCommonWrong')}</strong>{' '}
            {q.mostCommonWrong.count === 1
              ? t('questions.noTwoSame')
              : q.mostCommonWrong.lines.length > 1
                ? t('questions.sameAnswerParts', { n: q.mostCommonWrong.count })
                : t('questions.sameAnswer', { n: q.mostCommonWrong.count })}
          </p>
          <ul className={styles.answerLines} lang="en">
            {q.mostCommonWrong.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      ) : q.type !== 'written' && q.attempts > 0 ? (
        <p>{t('questions.noWrong')}</p>
      ) : null}
    </article>
  );
}

export async function QuestionView({ questions }: { questions: QuestionStats[] }) {
  const [t, tc, words] = await Promise.all([getTranslations('reports'), getTranslations('charts'), getTranslations('items.teacher')]);
  return (
    <section aria-labelledby="questions-heading">
      <h2 id="questions-heading">{t('views.questions')}</h2>
      <p>
        {t.rich('questions.intro', { b: bold })}
      </p>
      <ScatterChart
        id="chart-item-map"
        title={t('questions.mapTitle')}
        data={itemMap(questions, tc)}
        zones={{ xLow: TOO_HARD, xHigh: TOO_EASY, yLow: LOW_DISCRIMINATION }}
      />
      <ScrollTable label={t('questions.overviewCaption')}>
        <table className={styles.table}>
          <caption>{t('questions.overviewCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.question')}</th>
              <th scope="col" className={styles.num}>
                {t('col.answers')}
              </th>
              <th scope="col" className={styles.num}>
                {t('col.facility')}
              </th>
              <th scope="col" className={styles.num}>
                {t('col.discrimination')}
              </th>
              <th scope="col" className={styles.num}>
                {t('col.confidentlyWrong')}
              </th>
            </tr>
          </thead>
          <tbody>
            {questions.map((q) => (
              <tr key={q.itemId}>
                <th scope="row">
                  <a href={`#item-${q.itemId}`}>
                    {q.number}. <span lang="en" dir="ltr">{short(q.prompt)}</span>
                  </a>
                </th>
                <td className={styles.num}>{q.attempts}</td>
                <td className={styles.num}>{percent(q.facility)}</td>
                <td className={styles.num}>{decimal(q.discrimination)}</td>
                <td className={styles.num}>{q.confidentlyWrong}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {questions.map((q) => (
        <QuestionCard key={q.itemId} q={q} t={t} tc={tc} words={words} />
      ))}
    </section>
  );
}
