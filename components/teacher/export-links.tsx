// Download links for a quiz's exports: plain links (no script), one per format, with what each is for.
import styles from './teacher.module.css';

const LINKS = [
  { format: 'qti3', label: 'QTI 3.0 package', hint: 'current standard (.zip)' },
  { format: 'qti21', label: 'QTI 2.1 package', hint: 'Canvas, Blackboard and most LMSs (.zip)' },
  { format: 'moodle', label: 'Moodle XML', hint: 'Moodle question bank import (.xml)' },
  { format: 'gift', label: 'GIFT', hint: 'Moodle, plain text (.txt)' },
] as const;

export function ExportLinks({ quizId, quizTitle }: { quizId: string; quizTitle: string }) {
  return (
    <nav aria-label={`Export “${quizTitle}” to your LMS`} className={styles.noPrint}>
      <p className={styles.meta}>Export to your LMS (includes the answer key):</p>
      <ul className={styles.exportLinks}>
        {LINKS.map((l) => (
          <li key={l.format}>
            <a href={`/teacher/guide/${quizId}/export?format=${l.format}`} download>
              {l.label}
            </a>{' '}
            <span className={styles.meta}>{l.hint}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
