// By question: an overview table, then each question with facility, discrimination, option counts, the misconception
// behind each distractor, confidently wrong answers and the most common wrong answer.
import { BarTable } from '@/components/charts/bar-table';
import { ScatterChart } from '@/components/charts/scatter-chart';
import { itemMap, LOW_DISCRIMINATION, TOO_EASY, TOO_HARD } from '@/lib/reports/charts/item-map';
import { optionBars } from '@/lib/reports/charts/option-bars';
import type { QuestionStats } from '@/lib/reports/questions';
import { typeLabel } from '@/question-types/lookup';
import { decimal, discriminationWord, percent, plural } from './format';
import styles from './results.module.css';

export const DISCRIMINATION_LABEL = 'discrimination (item–rest correlation)';
export const LOW_SAMPLE_CAUTION = 'Fewer than 30 attempts: treat discrimination as a rough guide';

const short = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function QuestionCard({ q }: { q: QuestionStats }) {
  return (
    <article id={`item-${q.itemId}`} className={styles.question} aria-labelledby={`item-${q.itemId}-heading`}>
      <h3 id={`item-${q.itemId}-heading`}>
        Question {q.number}. {q.prompt}
      </h3>
      <p className={styles.muted}>
        {q.sectionTitle} · {typeLabel(q.type)} · {plural(q.attempts, 'answer', 'answers')}
        {q.pending > 0 ? ` (${q.pending} not rated yet)` : ''}
      </p>
      <dl className={styles.figures}>
        <div>
          <dt>Facility (share of marks earned)</dt>
          <dd>{percent(q.facility)}</dd>
        </div>
        <div>
          <dt>{DISCRIMINATION_LABEL}</dt>
          <dd>
            {decimal(q.discrimination)} <span className={styles.muted}>({discriminationWord(q.discrimination)})</span>
          </dd>
        </div>
        <div>
          <dt>Confidently wrong (said “sure”)</dt>
          <dd>{q.confidentlyWrong}</dd>
        </div>
      </dl>
      {q.lowSample ? (
        <p className={styles.caution}>
          {LOW_SAMPLE_CAUTION} ({plural(q.submittedAttempts, 'handed-in attempt', 'handed-in attempts')} so far).
        </p>
      ) : null}
      {q.options ? (
        <BarTable
          id={`chart-options-${q.itemId}`}
          title={`Question ${q.number}: each answer's share`}
          data={optionBars(q.options, q.attempts)}
          tableCaption={`Question ${q.number}: how often each answer was chosen`}
          head={['Answer', 'Chosen by', 'Misconception this distractor stands for']}
        />
      ) : null}
      {q.mostCommonWrong ? (
        <div>
          <p>
            <strong>Most common wrong answer</strong>{' '}
            {q.mostCommonWrong.count === 1
              ? '(no two students gave the same wrong answer; one of them):'
              : `(${q.mostCommonWrong.count} students gave exactly this${q.mostCommonWrong.lines.length > 1 ? ', all parts together' : ''}):`}
          </p>
          <ul className={styles.answerLines}>
            {q.mostCommonWrong.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      ) : q.type !== 'written' && q.attempts > 0 ? (
        <p>No wrong answers so far.</p>
      ) : null}
    </article>
  );
}

export function QuestionView({ questions }: { questions: QuestionStats[] }) {
  return (
    <section aria-labelledby="questions-heading">
      <h2 id="questions-heading">By question</h2>
      <p>
        <strong>Facility</strong> is the share of the marks the class earned on a question: low means it was hard. The{' '}
        <strong>{DISCRIMINATION_LABEL}</strong> asks whether students who did well on the rest of the quiz also did
        well on this question: above 0.3 it separates well; near zero or below, look again at the question and its key.
      </p>
      <ScatterChart
        id="chart-item-map"
        title="Facility against discrimination"
        data={itemMap(questions)}
        zones={{ xLow: TOO_HARD, xHigh: TOO_EASY, yLow: LOW_DISCRIMINATION }}
      />
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>Overview: select a question to see its answers</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col" className={styles.num}>
                Answers
              </th>
              <th scope="col" className={styles.num}>
                Facility
              </th>
              <th scope="col" className={styles.num}>
                Discrimination
              </th>
              <th scope="col" className={styles.num}>
                Confidently wrong
              </th>
            </tr>
          </thead>
          <tbody>
            {questions.map((q) => (
              <tr key={q.itemId}>
                <th scope="row">
                  <a href={`#item-${q.itemId}`}>
                    {q.number}. {short(q.prompt)}
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
      </div>
      {questions.map((q) => (
        <QuestionCard key={q.itemId} q={q} />
      ))}
    </section>
  );
}
