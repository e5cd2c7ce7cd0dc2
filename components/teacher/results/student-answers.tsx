// One student's attempt, question by question: the prompt, their answer in words, the mark, their confidence and
// when they answered; written answers with the student's own rating and the teacher's rating form.
import { getTranslations } from 'next-intl/server';
import type { Item, Quiz } from '@/content/schema';
import { describeKey, describeResponse } from '@/lib/reports/describe';
import { isPending, misconceptionsOf, parseStoredResponse } from '@/lib/reports/graded';
import type { ReportAnswer, ReportAttempt } from '@/lib/reports/types';
import { CONFIDENCE_LABELS } from '@/lib/quiz/vocabulary';
import { MISCONCEPTION_LABELS } from '@/lib/quiz/misconceptions';
import { LocalTime } from '../local-time';
import { score } from './format';
import { RatingForm } from './rating-form';
import styles from './results.module.css';

type T = Awaited<ReturnType<typeof getTranslations>>;

function Mark({ item, answer, t }: { item: Item; answer: ReportAnswer; t: T }) {
  if (isPending(item, answer)) return <span className={styles.partly}>{t('student.notRated')}</span>;
  const n = score(answer.score);
  if (answer.score >= 1) return <span className={styles.key}>{t('student.markRight', { n })}</span>;
  if (answer.score > 0) return <span className={styles.partly}>{t('student.markPartly', { n })}</span>;
  return <span className={styles.wrong}>{t('student.markWrong', { n })}</span>;
}

function WrittenDetails({ item, answer, assignmentId, attemptId, number, t }: {
  t: T;
  item: Extract<Item, { type: 'written' }>;
  answer: ReportAnswer;
  assignmentId: string;
  attemptId: string;
  number: number;
}) {
  const response = parseStoredResponse(item, answer.response);
  const self = answer.selfRating ?? (response?.type === 'written' ? (response.selfRating ?? null) : null);
  const rubricLabel = (level: number | null) => (level === null ? null : item.rubric.find((r) => r.level === level)?.label);
  return (
    <>
      <p className={styles.written}>{response?.type === 'written' ? response.text : t('student.unreadable')}</p>
      <p>
        {t('student.selfRating')} {self === null ? t('student.noneYet') : t('student.ratingOf', { n: self, label: rubricLabel(self) ?? '' })}
        <br />
        {t('student.yourRating')}{' '}
        {answer.teacherRating === null ? t('student.noneYet') : t('student.ratingOf', { n: answer.teacherRating, label: rubricLabel(answer.teacherRating) ?? '' })}
      </p>
      <details>
        <summary>{t('student.modelAnswer')}</summary>
        <p lang="en">{item.modelAnswer}</p>
      </details>
      <RatingForm
        assignmentId={assignmentId}
        attemptId={attemptId}
        itemId={item.id}
        questionNumber={number}
        rubric={item.rubric}
        current={answer.teacherRating}
      />
    </>
  );
}

export async function StudentAnswers({ quiz, attempt, assignmentId }: { quiz: Quiz; attempt: ReportAttempt; assignmentId: string }) {
  const [t, words] = await Promise.all([getTranslations('reports'), getTranslations('items.teacher')]);
  const answers = new Map(attempt.answers.map((a) => [a.itemId, a]));
  // numbered through the whole quiz, across sections
  const numberOf = new Map(quiz.sections.flatMap((s) => s.items).map((item, i) => [item.id, i + 1]));
  return (
    <>
      {quiz.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`} lang="en">
            {section.title}
          </h2>
          {section.items.map((item) => {
            const n = numberOf.get(item.id) ?? 0;
            const answer = answers.get(item.id);
            const response = answer ? parseStoredResponse(item, answer.response) : null;
            const shown = answer ? misconceptionsOf(item, answer.response) : [];
            return (
              <article key={item.id} id={`item-${item.id}`} className={styles.question} aria-labelledby={`q-${item.id}`}>
                <h3 id={`q-${item.id}`}>
                  {t('questions.heading', { n })} <span lang="en" dir="ltr">{item.prompt}</span>
                </h3>
                {item.type === 'classify' ? (
                  <p className={styles.muted}>
                    {t('student.statement')} <span lang="en" dir="ltr">“{item.statement}”</span>
                  </p>
                ) : null}
                {!answer ? (
                  <p>
                    <em>{t('student.notAnswered')}</em>
                  </p>
                ) : (
                  <>
                    <dl className={styles.figures}>
                      <div>
                        <dt>{t('student.mark')}</dt>
                        <dd>
                          <Mark item={item} answer={answer} t={t} />
                        </dd>
                      </div>
                      {item.type !== 'written' ? (
                        <div>
                          <dt>{t('student.confidence')}</dt>
                          <dd>{answer.confidence ? CONFIDENCE_LABELS[answer.confidence] : t('student.notGiven')}</dd>
                        </div>
                      ) : null}
                      <div>
                        <dt>{t('student.answered')}</dt>
                        <dd>
                          <LocalTime iso={answer.answeredAt.toISOString()} />
                        </dd>
                      </div>
                    </dl>
                    {item.type === 'written' ? (
                      <WrittenDetails item={item} answer={answer} assignmentId={assignmentId} attemptId={attempt.id} number={n} t={t} />
                    ) : (
                      <>
                        <p>{t('student.theirAnswer')}</p>
                        <ul className={styles.answerLines} lang="en">
                          {(response ? describeResponse(item, response, words) : [t('student.unreadable')]).map((line, i) => (
                            <li key={i}>{line}</li>
                          ))}
                        </ul>
                        {shown.length > 0 ? (
                          <p>
                            {t('student.misconceptionShown')} {shown.map((m) => MISCONCEPTION_LABELS[m].label).join(t('misconceptions.separator'))}
                          </p>
                        ) : null}
                        {answer.score < 1 ? (
                          <details>
                            <summary>{t('student.rightAnswer')}</summary>
                            <ul className={styles.answerLines} lang="en">
                              {describeKey(item, words).map((line, i) => (
                                <li key={i}>{line}</li>
                              ))}
                            </ul>
                          </details>
                        ) : null}
                      </>
                    )}
                  </>
                )}
              </article>
            );
          })}
        </section>
      ))}
    </>
  );
}
