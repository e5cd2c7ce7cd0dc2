// The teacher's guide to a quiz: goals, time, every question with its key and feedback, discussion prompts,
// the claim map and the outside sources. Teachers only: it holds the whole answer key.
import type { Article, Quiz } from '@/content/schema';
import { STATUS_LABELS } from '@/lib/quiz/vocabulary';
import { quizSources } from '@/lib/teacher/guide';
import { PrintButton } from '../print-button';
import teacherStyles from '../teacher.module.css';
import { GuideItem } from './guide-item';
import { GuideLint } from './guide-lint';
import { formatSources } from '@/components/glossary/format-sources';
import { lintReport } from '@/lib/content/lint-report';
import styles from './guide.module.css';

function sentenceTexts(article: Article | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of article?.blocks ?? []) {
    if (block.kind === 'paragraph') for (const s of block.sentences) map.set(s.id, s.text);
  }
  return map;
}

export function QuizGuide({ quiz, article }: { quiz: Quiz; article: Article | undefined }) {
  const sentences = sentenceTexts(article);
  const sources = quizSources(quiz);
  const questionCount = quiz.sections.reduce((n, s) => n + s.items.length, 0);
  const numbers = new Map(quiz.sections.flatMap((s) => s.items).map((item, i) => [item.id, i + 1]));
  return (
    <div className={styles.guide}>
      <h1>Teacher’s guide: {quiz.title}</h1>
      <p>{quiz.summary}</p>
      <p>
        <strong>Time needed:</strong> about {quiz.minutes} minutes for {questionCount} questions
        {article ? (
          <>
            {' '}
            · <strong>Article:</strong> {article.title} ({article.outlet}, {article.dateline})
          </>
        ) : null}
      </p>
      <p className={teacherStyles.noPrint}>
        This guide contains the answer key. Keep it away from students. <PrintButton />
      </p>

      <nav aria-labelledby="contents-heading" className={teacherStyles.noPrint}>
        <h2 id="contents-heading">Contents</h2>
        <ul>
          <li>
            <a href="#goals">Learning goals</a>
          </li>
          {quiz.sections.map((s) => (
            <li key={s.id}>
              <a href={`#section-${s.id}`}>{s.title}</a>
            </li>
          ))}
          <li>
            <a href="#discussion">Discussion prompts</a>
          </li>
          <li>
            <a href="#claim-map">Claim map</a>
          </li>
          <li>
            <a href="#sources">Sources of outside facts</a>
          </li>
          <li>
            <a href="#quality">Item-quality check</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="goals">
        <h2 id="goals">Learning goals</h2>
        {quiz.goals.length > 0 ? (
          <ul>
            {quiz.goals.map((g, i) => (
              <li key={i}>{g}</li>
            ))}
          </ul>
        ) : (
          <p>This quiz lists no learning goals.</p>
        )}
        <p>The status words students use:</p>
        <dl>
          {Object.values(STATUS_LABELS).map((s) => (
            <div key={s.label}>
              <dt className={styles.label}>{s.label}</dt>
              <dd>{s.definition}</dd>
            </div>
          ))}
        </dl>
      </section>

      {quiz.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>{section.title}</h2>
          {section.intro ? <p>{section.intro}</p> : null}
          {section.method ? (
            <p>
              <strong>Method: {section.method.name}.</strong> {section.method.how}{' '}
              <span className={styles.muted}>(Source: {formatSources(section.method.sources)})</span>
            </p>
          ) : null}
          {section.items.map((item) => (
            <GuideItem key={item.id} item={item} number={numbers.get(item.id) ?? 0} sentences={sentences} />
          ))}
        </section>
      ))}

      <section aria-labelledby="discussion">
        <h2 id="discussion">Discussion prompts</h2>
        {quiz.discussion.length > 0 ? (
          <ol>
            {quiz.discussion.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ol>
        ) : (
          <p>This quiz has no discussion prompts.</p>
        )}
      </section>

      <section aria-labelledby="claim-map">
        <h2 id="claim-map">Claim map: who claims what</h2>
        {quiz.claimMap.length === 0 ? <p>This quiz has no claim map.</p> : null}
        {quiz.claimMap.map((party) => (
          <div key={party.party} className={styles.tableWrap}>
            <table className={styles.table}>
              <caption className={styles.label}>{party.party}</caption>
              <thead>
                <tr>
                  <th scope="col">Claim</th>
                  <th scope="col">Status</th>
                  <th scope="col">What would settle it</th>
                  <th scope="col">Sentences</th>
                </tr>
              </thead>
              <tbody>
                {party.claims.map((c, i) => (
                  <tr key={i}>
                    <th scope="row">{c.text}</th>
                    <td>{STATUS_LABELS[c.status].label}</td>
                    <td>{c.settle}</td>
                    <td>{c.sentences.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>

      <section aria-labelledby="sources">
        <h2 id="sources">Sources of outside facts</h2>
        {sources.length === 0 ? (
          <p>No question cites an outside source.</p>
        ) : (
          <ul>
            {sources.map((s, i) => (
              <li key={i}>
                <strong>{s.outlet}</strong>
                {s.date ? `, ${s.date}` : ''} <span className={styles.muted}>
                  (cited in{' '}
                  {s.items.map((id, j) => (
                    <span key={id}>
                      {j > 0 ? ', ' : ''}
                      <a href={`#item-${id}`}>question {numbers.get(id)}</a>
                    </span>
                  ))}
                  )
                </span>
                {s.notes.length > 0 ? (
                  <ul>
                    {s.notes.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <GuideLint report={lintReport(quiz)} />
    </div>
  );
}
