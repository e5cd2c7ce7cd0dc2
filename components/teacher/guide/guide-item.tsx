// One question in the teacher's guide: prompt, the article sentences, what students see, the key, every option's
// feedback, how a fact-checker reasons, and the misconceptions it targets. Quiz content is marked lang="en".
import { getTranslations } from 'next-intl/server';
import type { Item } from '@/content/schema';
import { describeKey } from '@/lib/reports/describe';
import { MISCONCEPTION_LABELS } from '@/lib/quiz/misconceptions';
import { itemGuide, itemMisconceptions } from '@/lib/teacher/guide';
import { typeLabel } from '@/question-types/lookup';
import styles from './guide.module.css';
import { ItemFeedbackTable } from './item-feedback-table';

export async function GuideItem({ item, number, sentences }: { item: Item; number: number; sentences: Map<string, string> }) {
  const [t, words] = await Promise.all([getTranslations('guide'), getTranslations('items.teacher')]);
  const targets = itemMisconceptions(item);
  const table = itemGuide(item, words);
  return (
    <article id={`item-${item.id}`} className={styles.item} aria-labelledby={`item-${item.id}-heading`}>
      <h3 id={`item-${item.id}-heading`}>
        {t('questionHeading', { n: number })} <span lang="en" dir="ltr">{item.prompt}</span>
      </h3>
      <p className={styles.muted}>
        {typeLabel(item.type, words)} · {t('id')} <code>{item.id}</code>
      </p>
      <p className={styles.label}>{t('inArticle')}</p>
      {item.sentences.map((id) => (
        <blockquote key={id} className={styles.quote}>
          <span className={styles.muted}>{id}:</span> <span lang="en" dir="ltr">{sentences.get(id) ?? t('sentenceMissing')}</span>
        </blockquote>
      ))}
      {(item.stimulus ?? []).map((s, i) => (
        <div key={i} className={styles.simulation}>
          <p className={styles.label}>
            {t('shownWith')} <span lang="en" dir="ltr">{s.title}</span>
            {s.kind === 'simulation' ? ` ${t('simulation')}` : ''}
          </p>
          <p lang="en">{s.body}</p>
        </div>
      ))}
      {table.context ? <p lang="en">{table.context}</p> : null}
      <p className={styles.label}>{item.type === 'written' ? t('modelAnswer') : t('theAnswer')}</p>
      <ul lang="en">
        {describeKey(item, words).map((line, i) => (
          <li key={i} className={item.type === 'written' ? undefined : styles.key}>
            {line}
          </li>
        ))}
      </ul>
      <ItemFeedbackTable item={item} number={number} table={table} />
      <p>
        <span className={styles.label}>{t('reasons')}</span> <span lang="en" dir="ltr">{item.explanation}</span>
      </p>
      {targets.length > 0 ? (
        <>
          <p className={styles.label}>{t('targets')}</p>
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
          {t('itemSources')} <span lang="en" dir="ltr">{item.sources.map((s) => [s.outlet, s.date, s.note].filter(Boolean).join(', ')).join('; ')}</span>
        </p>
      ) : null}
    </article>
  );
}
