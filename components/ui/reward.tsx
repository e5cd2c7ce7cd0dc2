import { Icon } from './icon';

/** The end of a lesson: a check badge that settles in once (CSS only; still under prefers-reduced-motion). */
export function Reward({ title, text }: { title: string; text: string }) {
  return (
    <div className="reward">
      <span className="reward-badge">
        <Icon name="check" />
      </span>
      <div>
        <h2 className="reward-title">{title}</h2>
        <p className="reward-text">{text}</p>
      </div>
    </div>
  );
}
