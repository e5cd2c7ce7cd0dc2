// One question in the teacher's guide: prompt, the article sentences, what students see, the key, every option's
// feedback, how a fact-checker reasons, and the misconceptions it targets.
import type { Item } from '@/content/schema';
import { describeKey } from '@/lib/reports/describe';
import { MISCONCEPTION_LABELS } from '@/lib/quiz/vocabulary';
import { itemGuide, itemMisconceptions } from '@/lib/teacher/guide';
import { typeLabel } from '@/question-types/lookup';
import styles from './guide.module.css';
import { ItemFeedbackTable } from './item-feedback-table';

export function GuideItem({ item, number, sentences }: { item: Item; number: number; sentences: Map<string, string> }) {
  const targets = itemMisconceptions(item);
  const table = itemGuide(item);
  return (
    <article id={`item-${item.id}`} className={styles.item} aria-labelledby={`item-${item.id}-heading`}>
      <h3 id={`item-${item.id}-heading`}>
        Question {number}. {item.prompt}
      </h3>
      <p className={styles.muted}>
        {typeLabel(item.type)} · id <code>{item.id}</code>
      </p>
      <p className={styles.label}>In the article:</p>
      {item.sentences.map((id) => (
        <blockquote key={id} className={styles.quote}>
          <span className={styles.muted}>{id}:</span> {sentences.get(id) ?? '(sentence not found)'}
        </blockquote>
      ))}
      {(item.stimulus ?? []).map((s, i) => (
        <div key={i} className={styles.simulation}>
          <p className={styles.label}>
            Shown with the question: {s.title}
            {s.kind === 'simulation' ? ' (a practice simulation, labelled as such on screen)' : ''}
          </p>
          <p>{s.body}</p>
        </div>
      ))}
      {table.context ? <p>{table.context}</p> : null}
      <p className={styles.label}>{item.type === 'written' ? 'Model answer:' : 'The answer:'}</p>
      <ul>
        {describeKey(item).map((line, i) => (
          <li key={i} className={item.type === 'written' ? undefined : styles.key}>
            {line}
          </li>
        ))}
      </ul>
      <ItemFeedbackTable item={item} number={number} table={table} />
      <p>
        <span className={styles.label}>How a fact-checker reasons:</span> {item.explanation}
      </p>
      {targets.length > 0 ? (
        <>
          <p className={styles.label}>Misconceptions this question targets:</p>
          <ul>
            {targets.map((m) => (
              <li key={m}>
                <strong>{MISCONCEPTION_LABELS[m].label}.</strong> {MISCONCEPTION_LABELS[m].explain}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {item.sources && item.sources.length > 0 ? (
        <p className={styles.muted}>
          Sources: {item.sources.map((s) => [s.outlet, s.date, s.note].filter(Boolean).join(', ')).join('; ')}
        </p>
      ) : null}
    </article>
  );
}
