// One student's attempt, question by question: the prompt, their answer in words, the mark, their confidence and
// when they answered; written answers with the student's own rating and the teacher's rating form.
import type { Item, Quiz } from '@/content/schema';
import { describeKey, describeResponse } from '@/lib/reports/describe';
import { isPending, misconceptionsOf, parseStoredResponse } from '@/lib/reports/graded';
import type { ReportAnswer, ReportAttempt } from '@/lib/reports/types';
import { CONFIDENCE_LABELS, MISCONCEPTION_LABELS } from '@/lib/quiz/vocabulary';
import { LocalTime } from '../local-time';
import { score } from './format';
import { RatingForm } from './rating-form';
import styles from './results.module.css';

function Mark({ item, answer }: { item: Item; answer: ReportAnswer }) {
  if (isPending(item, answer)) return <span className={styles.partly}>Not rated yet</span>;
  const text = `${score(answer.score)} of 1`;
  if (answer.score >= 1) return <span className={styles.key}>Right ({text})</span>;
  if (answer.score > 0) return <span className={styles.partly}>Partly right ({text})</span>;
  return <span className={styles.wrong}>Wrong ({text})</span>;
}

function WrittenDetails({ item, answer, assignmentId, attemptId, number }: {
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
      <p className={styles.written}>{response?.type === 'written' ? response.text : '(unreadable answer)'}</p>
      <p>
        Student’s own rating: {self === null ? 'none yet' : `${self} of 2 (${rubricLabel(self)})`}
        <br />
        Your rating: {answer.teacherRating === null ? 'none yet' : `${answer.teacherRating} of 2 (${rubricLabel(answer.teacherRating)})`}
      </p>
      <details>
        <summary>Model answer</summary>
        <p>{item.modelAnswer}</p>
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

export function StudentAnswers({ quiz, attempt, assignmentId }: { quiz: Quiz; attempt: ReportAttempt; assignmentId: string }) {
  const answers = new Map(attempt.answers.map((a) => [a.itemId, a]));
  // numbered through the whole quiz, across sections
  const numberOf = new Map(quiz.sections.flatMap((s) => s.items).map((item, i) => [item.id, i + 1]));
  return (
    <>
      {quiz.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>{section.title}</h2>
          {section.items.map((item) => {
            const n = numberOf.get(item.id) ?? 0;
            const answer = answers.get(item.id);
            const response = answer ? parseStoredResponse(item, answer.response) : null;
            const shown = answer ? misconceptionsOf(item, answer.response) : [];
            return (
              <article key={item.id} id={`item-${item.id}`} className={styles.question} aria-labelledby={`q-${item.id}`}>
                <h3 id={`q-${item.id}`}>
                  Question {n}. {item.prompt}
                </h3>
                {item.type === 'classify' ? <p className={styles.muted}>Statement: “{item.statement}”</p> : null}
                {!answer ? (
                  <p>
                    <em>Not answered.</em>
                  </p>
                ) : (
                  <>
                    <dl className={styles.figures}>
                      <div>
                        <dt>Mark</dt>
                        <dd>
                          <Mark item={item} answer={answer} />
                        </dd>
                      </div>
                      {item.type !== 'written' ? (
                        <div>
                          <dt>Confidence</dt>
                          <dd>{answer.confidence ? CONFIDENCE_LABELS[answer.confidence] : 'not given'}</dd>
                        </div>
                      ) : null}
                      <div>
                        <dt>Answered</dt>
                        <dd>
                          <LocalTime iso={answer.answeredAt.toISOString()} />
                        </dd>
                      </div>
                    </dl>
                    {item.type === 'written' ? (
                      <WrittenDetails item={item} answer={answer} assignmentId={assignmentId} attemptId={attempt.id} number={n} />
                    ) : (
                      <>
                        <p>Their answer:</p>
                        <ul className={styles.answerLines}>
                          {(response ? describeResponse(item, response) : ['(unreadable answer)']).map((line, i) => (
                            <li key={i}>{line}</li>
                          ))}
                        </ul>
                        {shown.length > 0 ? (
                          <p>
                            Misconception shown: {shown.map((m) => MISCONCEPTION_LABELS[m].label).join('; ')}
                          </p>
                        ) : null}
                        {answer.score < 1 ? (
                          <details>
                            <summary>Right answer</summary>
                            <ul className={styles.answerLines}>
                              {describeKey(item).map((line, i) => (
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
