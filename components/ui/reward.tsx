import { Icon } from './icon';
import styles from './reward.module.css';

/** The end of a lesson: a check badge that settles in once (CSS only; still under prefers-reduced-motion). */
export function Reward({ title, text }: { title: string; text: string }) {
  return (
    <div className={styles.reward}>
      <span className={styles.badge}>
        <Icon name="check" />
      </span>
      <div>
        <h2 className={styles.title}>{title}</h2>
        <p className={styles.text}>{text}</p>
      </div>
    </div>
  );
}
