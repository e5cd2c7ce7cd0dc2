// Download links for a quiz's exports: plain links (no script), one per format, with what each is for.
import { getTranslations } from 'next-intl/server';
import styles from './teacher.module.css';

const FORMATS = ['qti3', 'qti21', 'moodle', 'gift'] as const;

export async function ExportLinks({ quizId, quizTitle }: { quizId: string; quizTitle: string }) {
  const t = await getTranslations('guide');
  return (
    <nav aria-label={t('export.label', { title: quizTitle })} className={styles.noPrint}>
      <p className={styles.meta}>{t('export.intro')}</p>
      <ul className={styles.exportLinks}>
        {FORMATS.map((format) => (
          <li key={format}>
            <a href={`/teacher/guide/${quizId}/export?format=${format}`} download>
              {t(`export.${format}.label`)}
            </a>{' '}
            <span className={styles.meta}>{t(`export.${format}.hint`)}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
