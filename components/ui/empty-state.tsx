import type { ReactNode } from 'react';
import { Icon, type IconName } from './icon';

/** Nothing here yet, said kindly: an icon, a title, a line of text and, if there is one, the way on. */
export function EmptyState({
  icon,
  title,
  text,
  action,
  tone,
  headingLevel = 2,
}: {
  icon: IconName;
  title: ReactNode;
  text?: ReactNode;
  action?: ReactNode;
  tone?: 'error';
  headingLevel?: 1 | 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={tone === 'error' ? 'empty-state error-page' : 'empty-state'}>
      <span className="empty-state-icon">
        <Icon name={icon} />
      </span>
      <Heading>{title}</Heading>
      {text ? <p>{text}</p> : null}
      {action ? <div className="actions">{action}</div> : null}
    </div>
  );
}
